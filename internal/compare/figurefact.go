package compare

import (
	"strings"

	"github.com/parallax-news/parallax/internal/nlp"
)

// Figure facts. The central fact of a story is often a figure each
// outlet gives in a sentence of its own (one writes that the economy
// added 196,000 jobs in March after 33,000 in February, the other that
// hiring came back as employers added 196,000 jobs). Such a pair matches
// (match: the figure and its phrase are two specific things), but
// the words around the figure are each outlet's, so what the two say
// is far apart (saidCosine 0.16 on that pair), the act ("added") is no
// news act of actClasses, and propositions released the pair: the blind
// sets fresh50 and fresh51 found none of their ledes' figures grouped.
//
// A pair that matches states one proposition, for propositions, when
// both give one figure in the writer's own words (outside quotation
// marks) with the same value, kind and unit (actFigureKeyOf), measured
// alike (figureMeasure), counting the same thing (thingOf: "196,000
// jobs"; or the noun after "per": "$390 per vial") and told with the
// same word of the act right before it ("added 196,000", qualifiers such
// as "more than" skipped). Both are needed. Read on 208 ABP stories
// (session 68, README of testdata/abpjudged): a shared figure with the
// same counted thing or the same act word alone grouped 14 pairs, about
// half of them two facts that share a background figure ("the 11
// million illegal immigrants … should face a tough path" beside "There
// are roughly 11 million illegal immigrants"; a crash's toll in a
// sentence on groundings and in one on the flight recorders) or one
// fact beside another main clause on each side; with both, three pairs,
// all one fact. Small counts (below minFigureCount), dates, ordinals,
// durations, ages and figures written in words ("thousands") are too
// common to tie two sentences.

// minFigureCount is the least count that can tie two sentences to one
// fact: "two brothers", "four justices" are in many sentences of many
// stories.
const minFigureCount = 10

// figureFact is a figure a sentence gives in the writer's words, with
// what tells what it measures.
type figureFact struct {
	key actFigureKey
	// thing is what the figure counts (thingOf), or "per:" and the
	// noun after "per" ("$390 per vial"), or "".
	thing string
	// lead is the stem of the content word right before the figure,
	// qualifiers skipped ("added", "collect"), or "".
	lead string
	// measure is figureMeasure's reading of a percentage.
	measure string
}

// figureQualifiers are the words between an act and its figure that say
// how exact the figure is, not what it measures ("added nearly 200",
// "killing all 176", "spent at least $25 million", "no more than 300").
var figureQualifiers = map[string]bool{
	"more": true, "than": true, "least": true, "at": true, "about": true, "approximately": true,
	"nearly": true, "almost": true, "roughly": true, "some": true, "just": true, "only": true,
	"another": true, "all": true, "over": true, "under": true, "around": true, "a": true,
	"an": true, "the": true, "estimated": true, "up": true, "to": true, "fewer": true, "less": true,
	"no": true,
}

// newFigureFact returns the figure fact of number n (tokens first..last
// of sentence s of d, thing what thingOf says it counts), and false when
// n cannot tie two sentences to one fact: a small count, a date, an
// ordinal, a duration or an age, a figure in words, a ranked share, one
// inside a quotation, or one without a counted thing or an act word (a
// figure that opens its sentence has none). The walk of the article's
// quotations comes last, for the figures that pass every other test.
func newFigureFact(d *doc, s nlp.Sentence, first, last int, n nlp.Number, thing string) (figureFact, bool) {
	switch n.Kind {
	case nlp.NumCount:
		if n.Value < minFigureCount {
			return figureFact{}, false
		}
	case nlp.NumMoney, nlp.NumPercent, nlp.NumRange:
	default:
		return figureFact{}, false
	}
	if first < 0 || n.Ranked || !strings.ContainsAny(n.Text, "0123456789") || inQuote(d.an, n.Span) {
		return figureFact{}, false
	}
	f := figureFact{key: actFigureKeyOf(n), thing: thing, measure: figureMeasure(d, n)}
	if f.thing == "" {
		f.thing = perNoun(s.Tokens, last)
	}
	for i := first - 1; i >= 0 && i >= first-4; i-- {
		t := s.Tokens[i]
		if t.Kind != nlp.KindWord {
			break
		}
		if figureQualifiers[t.Norm] {
			continue
		}
		if content(t) {
			f.lead = t.Stem
		}
		break
	}
	return f, f.thing != "" && f.lead != ""
}

// perNoun returns "per:" and the stem of the noun after "per" right
// after token last ("$2,340 per COVID-19 patient": the last of up to
// three content words in a row), or "".
func perNoun(ts []nlp.Token, last int) string {
	if last+1 >= len(ts) || ts[last+1].Norm != "per" {
		return ""
	}
	head := ""
	for i := last + 2; i < len(ts) && i <= last+4 && content(ts[i]); i++ {
		head = ts[i].Stem
	}
	if head == "" {
		return ""
	}
	return "per:" + head
}

// sameFigureFact reports whether sentences a and b give one figure of
// one measured thing told with one act (see figureFact): the same value
// and unit, measured alike, the same counted thing or noun after "per",
// and the same word of the act before it. It costs the product of the
// two sentences' figures, a handful at most.
func sameFigureFact(a, b *sent) bool {
	for _, x := range a.figs {
		for _, y := range b.figs {
			if x.key != y.key || x.measure != y.measure {
				continue
			}
			if x.thing != "" && x.thing == y.thing && x.lead != "" && x.lead == y.lead {
				return true
			}
		}
	}
	return false
}
