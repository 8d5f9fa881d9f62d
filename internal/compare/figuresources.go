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

// saidSource returns the name sentence s credits the figure at tokens
// first..last to with a verb of saying: the name that opens the
// sentence before the figure (openingSource, "The FBI says ...") or,
// failing that, one after a comma that follows it (trailingSource,
// "..., the FBI said"); "" when none. ms are the sentence's mentions.
func saidSource(ms []mention, s nlp.Sentence, first, last int) string {
	if src := openingSource(ms, s, first); src != "" {
		return src
	}
	return trailingSource(ms, s, last)
}

// openingSource returns the name that opens sentence s ("the" before it
// allowed) when a verb of saying (creditVerbs) follows it before the
// figure starting at token first: "the FBI" of "The FBI says" before a
// sum; "" when none. ms are the sentence's mentions.
func openingSource(ms []mention, s nlp.Sentence, first int) string {
	ts := s.Tokens
	if src, end := nameAt(ms, ts, 0); src != "" && end < first && creditVerbs[ts[end].Norm] {
		return src
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

// trailingSource returns the name a comma after the figure ending at
// token last credits it to (session 72, h/numbers72): "..., the Bureau
// said." or "..., said the Bureau" ("the" kept lower-case, closing
// quotation marks after the comma allowed); "" when none, when the
// credit is a pronoun ("..., he said") or when the verb opens what the
// source says ("..., the Bureau said that ..."). ms are the sentence's
// mentions.
func trailingSource(ms []mention, s nlp.Sentence, last int) string {
	ts := s.Tokens
	for i := last + 1; i < len(ts); i++ {
		if ts[i].Surface != "," {
			continue
		}
		j := i + 1
		for j < len(ts) && ts[j].Kind == nlp.KindPunct && isQuoteMark(ts[j].Surface) {
			j++
		}
		if j < len(ts) && creditVerbs[ts[j].Norm] {
			if src, _ := nameAt(ms, ts, j+1); src != "" {
				return src // "..., said the Bureau"
			}
			continue
		}
		if src, end := titledName(ms, ts, j); src != "" {
			if end < len(ts) && creditVerbs[ts[end].Norm] && (end+1 == len(ts) || !openingWhat[ts[end+1].Norm]) {
				return src // "..., the Bureau said", "..., Vale County Sheriff Ada Roe said"
			}
		}
	}
	return ""
}

// openingWhat are the words after a verb of saying that open what is
// said, so that the verb credits what follows, not the figure before.
var openingWhat = map[string]bool{"that": true, "it": true, "the": true, "a": true, "an": true}

// nameAt returns the words of the name of ms that starts at token j of
// ts, or after a "the" there (written lower-case), and the index of the
// token after it; "" when none does.
func nameAt(ms []mention, ts []nlp.Token, j int) (string, int) {
	open := j
	if open < len(ts) && ts[open].Norm == "the" {
		open++
	}
	if open >= len(ts) {
		return "", j
	}
	for _, m := range ms {
		if m.start != ts[open].Start {
			continue
		}
		end := tokenEnding(ts, m.end)
		if end >= len(ts) {
			return "", j
		}
		words := make([]string, 0, end-j+1)
		for k := j; k <= end; k++ {
			w := ts[k].Surface
			if k < open {
				w = "the"
			}
			words = append(words, w)
		}
		return strings.Join(words, " "), end + 1
	}
	return "", j
}

// maxTitledName is the most tokens a source's title and name may span.
const maxTitledName = 8

// titledName returns the words from token j of ts to the end of a name
// of ms when every token between is a capitalised word or a joining
// word ("the", "of") and a name ends the run: "the Bureau of Inquiry",
// "Vale County Sheriff Ada Roe" (a place, a title, then the person); it
// returns the index of the token after it too, "" when none ends there.
func titledName(ms []mention, ts []nlp.Token, j int) (string, int) {
	end := -1
	for k := j; k < len(ts) && k < j+maxTitledName; k++ {
		t := ts[k]
		if t.Kind != nlp.KindWord || !(capitalised(t.Surface) || t.Norm == "the" || t.Norm == "of") {
			break
		}
		for _, m := range ms {
			if m.end == t.End && m.start >= ts[j].Start {
				end = k
			}
		}
	}
	if end < 0 {
		return "", j
	}
	words := make([]string, 0, end-j+1)
	for k := j; k <= end; k++ {
		w := ts[k].Surface
		if ts[k].Norm == "the" {
			w = "the"
		}
		words = append(words, w)
	}
	return strings.Join(words, " "), end + 1
}
