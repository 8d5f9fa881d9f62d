package compare

import (
	"slices"
	"strings"

	"github.com/parallax-news/parallax/internal/nlp"
)

// The named subject of a figure (h/rows69, issue 15). A number row says
// "these outlets give this quantity", yet rows joined tolls of two
// countries ("Kestin has recorded 3,312 deaths", "Varnia has over
// 3,800"), the containment of two fires ("The Camp Fire remained 30
// percent contained", "The Woolsey Fire was 30 percent contained") and a
// town's jobless rate beside the nation's: the figures counted one thing
// of two named subjects. A figure's named subject is the name its clause
// opens with, or a name in the possessive right before it; two figures
// whose named subjects differ are two quantities, unless one sentence
// names the other's subject too.

// noSubject marks a figure whose clause names no subject.
const noSubject = -1

// nationSubject is the subject of a figure said of the whole country
// ("the nation's jobless rate", "nationwide").
const nationSubject = -2

// nationWords give a figure the whole country as its subject.
var nationWords = map[string]bool{"nation's": true, "nation’s": true, "national": true, "nationwide": true, "nationally": true, "country's": true, "country’s": true}

// figureSubject returns the named subject of the figure at tokens
// first..last of s and the word that tells its name apart
// (subjectNameWord): a mention of ms (the sentence's mentions, persons
// left out: a person is the figure's subject as personsOf reads it)
// that opens the figure's clause
// ("The Woolsey Fire was 30 percent contained", "Kestin has recorded
// 3,312 deaths"; "the" before it allowed), or that stands in the
// possessive within five tokens before the figure ("Kestin's jobless
// rate is 8 percent"); else nationSubject for "the nation's",
// "national" or "nationwide" among the six tokens of its clause before
// it. A name followed by a verb of saying (creditVerbs) is the figure's
// source, not its subject, unless a pronoun of it or "to" follows the
// verb (sourceIsSubject). It returns noSubject, "" when none.
func figureSubject(ms []mention, persons []int, s nlp.Sentence, first, last int) (int, string) {
	ts := s.Tokens
	lo, _ := clauseOf(s, first, last)
	open := lo
	if open < first && ts[open].Norm == "the" {
		open++
	}
	for _, m := range ms {
		if m.end > ts[first].Start || m.start < ts[lo].Start || slices.Contains(persons, m.entity) {
			continue
		}
		if e := tokenEnding(ts, m.end); e+2 < first && creditVerbs[ts[e+1].Norm] && !sourceIsSubject[ts[e+2].Norm] {
			continue // a source ("The Millbrook Council says his firm saved $52,000"), not the subject (h/numbers71)
		}
		if m.start == ts[open].Start || possessiveAt(ts, m.end) && first-tokenEnding(ts, m.end) <= 5 {
			return m.entity, subjectNameWord(ts, m.start, m.end)
		}
	}
	for i := max(lo, first-6); i < first; i++ {
		if nationWords[ts[i].Norm] || (ts[i].Norm == "nation" || ts[i].Norm == "country") && possessiveAt(ts, ts[i].End) {
			return nationSubject, "nation"
		}
	}
	return noSubject, ""
}

// sourceIsSubject are the words after a source's verb of saying that make
// the source the subject of what it says too: "Canada said it is
// expelling four diplomats", "The group claims to have 2.3 million
// members".
var sourceIsSubject = map[string]bool{"it": true, "its": true, "they": true, "their": true, "we": true, "our": true, "he": true, "she": true, "to": true}

// tokenEnding returns the index of the token of ts that ends at byte
// offset end, or len(ts).
func tokenEnding(ts []nlp.Token, end int) int {
	for i, t := range ts {
		if t.End == end {
			return i
		}
	}
	return len(ts)
}

// subjectNameWord returns the lower-cased first word of the name at byte
// offsets start..end of ts other than "the", less a possessive ending:
// the word that tells one name from another ("woolsey" of "the Woolsey
// Fire", not "fire").
func subjectNameWord(ts []nlp.Token, start, end int) string {
	for _, t := range ts {
		if t.Start < start || t.End > end || t.Norm == "the" || t.Kind != nlp.KindWord {
			continue
		}
		return strings.TrimSuffix(strings.TrimSuffix(t.Norm, "'s"), "’s")
	}
	return ""
}

// subjectApart reports whether two figures are said of two named
// subjects: each names one, they differ, and neither figure's sentence
// names the other's ("Kestin has recorded 3,312 deaths", "Varnia has
// over 3,800 deaths").
func subjectApart(a, b numItem) bool {
	if a.namedSubject == noSubject || b.namedSubject == noSubject || a.namedSubject == b.namedSubject {
		return false
	}
	return !b.words[a.subjectWord] && !a.words[b.subjectWord] && !b.near[a.subjectWord] && !a.near[b.subjectWord]
}
