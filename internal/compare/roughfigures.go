package compare

import (
	"math"
	"strings"

	"github.com/parallax-news/parallax/internal/nlp"
)

// Rough figures of one count (session 58, h/numbers58; issue 15). A row
// may hold "about 850 jobs" and "nearly 1,000 jobs" of one deal: the
// figures share a row (rowValue takes in a rough figure within a
// quarter) but sameValue lets a rough figure agree with any value, so
// the outlets at odds were never marked. Writers round by a tenth at
// most ("about 1,000" for 1,100 is the same count), so two figures of
// one counted thing, one of them rough, further apart than roughGap are
// two accounts of the count.

// roughGap is how far apart, as a share of the larger, two figures of
// one count must lie, one of them rough, to be at odds: more than a
// writer's rounding of a tenth.
const roughGap = 0.12

// creditWords credit a figure to someone else's count: "media reports
// suggested", "according to", "sources said".
var creditWords = map[string]bool{"according": true, "reports": true, "reported": true, "sources": true}

// creditedFigure reports whether the sentence of the figure starting at
// token first credits what it tells to another's reports, before the
// figure ("Media reports suggested that the firm would keep about 850
// jobs", "according to the fire department, 6,000 people").
func creditedFigure(s nlp.Sentence, first int) bool {
	for i, t := range s.Tokens[:first] {
		if creditWords[t.Norm] && (t.Norm != "according" || i+1 < len(s.Tokens) && s.Tokens[i+1].Norm == "to") {
			return true
		}
	}
	for i := first; i+1 < len(s.Tokens); i++ {
		if s.Tokens[i].Norm == "according" && s.Tokens[i+1].Norm == "to" {
			return true
		}
	}
	return false
}

// roughFigure reports whether a figure is given roughly ("about 850",
// "some 40", "nearly 1,000") rather than as a bound or a vague word.
func roughFigure(it numItem) bool {
	return it.n.Approx && !vague(it.n) && !it.lower && (!it.upper || it.nearly)
}

// roughApart reports whether two counts of one counted thing, at least
// one of them rough, lie further apart than a writer's rounding (more
// than roughGap of the larger, not farApart): "about 850 jobs" against
// "nearly 1,000 jobs" of one deal. Both must name the same counted
// thing or be margins of votes (votegaps.go), no toll nor share (a share of a poll or of a budget has its
// date and base; a toll meets tolls of other places in a row) and no
// unit of measure (a distance is measured from somewhere), neither a
// range, a bound or a vague word, in one frame (rowScope). A figure
// whose article counts the thing again with a close value (variesNear) or
// whose clause projects ("would keep") is no account of the count
// unless the writer credits it to others' reports: "media reports
// suggested it would keep about 850" is another count passed on.
func roughApart(a, b numItem) bool {
	if a.n.Kind != nlp.NumCount || b.n.Kind != nlp.NumCount || !roughFigure(a) && !roughFigure(b) {
		return false
	}
	if a.thing == "" || a.thing != b.thing || !strings.HasPrefix(a.thing, "h:") && !isGap(a.thing) || genericThings[a.thing] || convertUnits[strings.ToLower(a.n.Counts)] {
		return false
	}
	for _, it := range [2]numItem{a, b} {
		if it.n.High != nil || it.lower || it.asMany || it.upper && !it.nearly || vague(it.n) || it.running || it.projected && !it.credited {
			return false
		}
		if (it.variesNear || it.clauseProjected) && !it.credited {
			return false
		}
	}
	if !rowScope(a, b) {
		return false
	}
	lo, hi := math.Min(a.n.Value, b.n.Value), math.Max(a.n.Value, b.n.Value)
	return lo > 0 && hi-lo > roughGap*hi && !farApart(lo, hi) && !roundingApart(lo, hi)
}

// asManyAs reports whether the number starting at token first is said
// "as many as" or "as much as": a ceiling, which agrees with any
// figure under it ("as many as 5 million" and "some 4 million").
func asManyAs(ts []nlp.Token, first int) bool {
	if first < 3 || ts[first-1].Norm != "as" || ts[first-3].Norm != "as" {
		return false
	}
	w := ts[first-2].Norm
	return w == "many" || w == "much"
}

// creditSource returns who a figure's sentence credits it to, for the
// reader ("media reports", "the Tulsa fire department"), or "" when the
// sentence credits it to no one it names: the words before "reports"
// or "sources" (up to two, no article or joining word), or up to six
// words after "according to", to the next punctuation. ms are the
// sentence's entity mentions: a name that opens the sentence keeps its
// capital ("CNN reports", not "cNN reports"; see sentenceCapital).
func creditSource(s nlp.Sentence, first int, ms []mention) string {
	ts := s.Tokens
	words := func(lo, hi int) string {
		var out []string
		for i := lo; i < hi; i++ {
			w := ts[i].Surface
			if i == 0 && sentenceCapital(ts[0], ms) {
				w = strings.ToLower(w[:1]) + w[1:]
			}
			out = append(out, w)
		}
		return strings.Join(out, " ")
	}
	for i := 0; i+1 < len(ts); i++ {
		if ts[i].Norm == "according" && ts[i+1].Norm == "to" {
			j := i + 2
			for j < len(ts) && j < i+8 && isWord(ts[j].Surface) {
				j++
			}
			if j > i+2 {
				j = max(j, nameEnd(ms, ts, j-1)) // a name is not cut (h/numbers71)
			}
			if j > i+2 && (i >= first || j <= first) {
				return words(i+2, j)
			}
		}
	}
	for i := 0; i < first && i < len(ts); i++ {
		if ts[i].Norm != "reports" && ts[i].Norm != "sources" {
			continue
		}
		lo := i
		for lo > 0 && lo > i-2 && isWord(ts[lo-1].Surface) && !creditStops[ts[lo-1].Norm] {
			lo--
		}
		return words(lo, i+1)
	}
	return ""
}

// sentenceCapital reports whether token t, a sentence's first word,
// is capitalised only as the sentence's first word: an ASCII capital
// and then small letters alone, and no entity mention of ms starts at
// it unless it is a pronoun ("Media", "His", not "CNN", "Reuters" or
// "Orvik Post"), so that another sentence writes it in small letters.
func sentenceCapital(t nlp.Token, ms []mention) bool {
	w := t.Surface
	if w == "" || w[0] < 'A' || w[0] > 'Z' || strings.ToLower(w[1:]) != w[1:] {
		return false
	}
	if pronounSubjects[t.Norm] {
		return true // "His", "Their": a mention, but no name
	}
	for _, m := range ms {
		if m.start == t.Start {
			return false
		}
	}
	return true
}

// creditStops are words that end the phrase before "reports": articles,
// joining words, verbs of saying, and verbs that deny, confirm or cite
// the reports ("Lund denied reports that …", "officials dismissed media
// reports": the source is the reports, not "denied reports").
var creditStops = map[string]bool{"the": true, "a": true, "an": true, "and": true, "or": true, "that": true, "but": true,
	"said": true, "says": true, "to": true, "in": true, "of": true, "by": true, "with": true,
	"denied": true, "denies": true, "deny": true, "dismissed": true, "dismisses": true, "rejected": true, "rejects": true,
	"disputed": true, "disputes": true, "refuted": true, "confirmed": true, "confirms": true, "cited": true, "citing": true,
	"cites": true, "on": true, "about": true, "amid": true, "after": true, "despite": true}

// isWord reports whether a token is a word of letters (apostrophes,
// hyphens and dots inside allowed), not punctuation or a figure.
func isWord(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '\'' || r == '-' || r == '.' || r == '’') {
			return false
		}
	}
	return w != "." && w != "-"
}
