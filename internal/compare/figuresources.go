package compare

import (
	"strings"

	"github.com/parallax-news/parallax/internal/nlp"
)

// Whom a figure at odds is credited to, for the reader (session 71,
// h/numbers71). A discrepancy is worth most with each side's source:
// fresh54's two sums of losses avoided were the FBI's (a sentence that
// opens "The FBI says") and the SEC's (credited "according to" its
// complaint, the commission named in full). creditSource read
// only "according to" and "reports" (the first cut after six words, in
// the middle of the commission's name); saidSource reads the name that
// opens a sentence before a verb of saying, and creditSource finishes a
// name it would cut.

// saidSource returns the name that opens sentence s ("the" before it
// allowed) when a verb of saying (creditVerbs) follows it before the
// figure starting at token first: "the FBI" of "The FBI says" before a
// sum; "" when none. ms are the sentence's mentions.
func saidSource(ms []mention, s nlp.Sentence, first int) string {
	ts := s.Tokens
	if len(ts) == 0 {
		return ""
	}
	open := 0
	if ts[0].Norm == "the" {
		open = 1
	}
	for _, m := range ms {
		if open >= len(ts) || m.start != ts[open].Start {
			continue
		}
		end := tokenEnding(ts, m.end)
		if end+1 >= first || !creditVerbs[ts[end+1].Norm] {
			continue
		}
		words := make([]string, 0, end+1)
		for i := 0; i <= end; i++ {
			w := ts[i].Surface
			if i == 0 && open == 1 {
				w = "the"
			}
			words = append(words, w)
		}
		return strings.Join(words, " ")
	}
	return ""
}

// nameEnd returns the index after the last token of the name of ms that
// token k of ts lies in, or k+1 when it lies in none: a source cut at k
// is finished to the name's end.
func nameEnd(ms []mention, ts []nlp.Token, k int) int {
	for _, m := range ms {
		if m.start <= ts[k].Start && ts[k].End < m.end {
			if e := tokenEnding(ts, m.end); e < len(ts) {
				return e + 1
			}
		}
	}
	return k + 1
}
