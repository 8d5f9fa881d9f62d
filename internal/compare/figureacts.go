package compare

import (
	"slices"

	"github.com/parallax-news/parallax/internal/nlp"
)

// figureActElsewhere reports whether another article tells part of
// sentence s, a sentence in the writer's own words (less than half of
// it quoted), in words of its own: one of its sentences gives a
// percentage or a sum of s (the same value, and for a sum the same
// currency), names a participant s names (a linked entity), and tells
// the act with a verb of one act with s's (nlp.SentenceActs: "beat" and
// "defeated", "fell" and "slid", "imposed" and "imposed"). Word counts
// miss such a pair, since names and figures are not predicate words and
// the verbs differ ("Voss beat Marren 53%-44% in a race she was not
// expected to win by much" beside "Voss defeated Marren by 53 to 44
// percent"), and the line was claimed whole for its article. The claim
// is worded as the details the line adds (Fact.PartElsewhere), not
// withdrawn: on the ABP census that found it (README of
// testdata/abpjudged, session 67) most such lines hold details no other
// article gives (the day's close beside a shared intraday fall, the
// phase-in dates of a shared wage rise). The same figure of another act
// ("spent $50,000" beside "raised $50,000") tells nothing of s. Both
// figures are the writers' own words: a figure inside a quotation is
// what a speaker claims ("They spent $1 million," said a party
// official, beside another speaker's "spent more than $1 million"),
// another speaker's point.
//
// It returns the first such sentence's article and s's figure (Fact.PartBasis), or nil.
//
// fx indexes the other articles' figures once per comparison: a call
// reads the figures of s's article that fall in s and, for each, the
// sentences of other articles that give it, not every sentence of the
// story.
func figureActElsewhere(docs []*doc, fx figureIndex, s *sent) *PartBasis {
	d := docs[s.doc]
	var acts []string
	var named map[int]bool
	for _, n := range d.an.Numbers {
		if n.Sentence != s.pos || !actFigure(n) {
			continue
		}
		refs := fx[actFigureKeyOf(n)]
		if !slices.ContainsFunc(refs, func(r figureRef) bool { return r.doc != s.doc }) || inQuote(d.an, n.Span) {
			continue
		}
		if named == nil {
			if acts = nlp.SentenceActs(d.an.Sentences[s.pos]); len(acts) == 0 || quotedShare(d, s.pos) >= 0.5 {
				return nil
			}
			named = map[int]bool{}
			for _, m := range d.mentions[s.pos] {
				named[m.entity] = true
			}
		}
		for _, r := range refs {
			if r.doc == s.doc || !slices.ContainsFunc(r.acts, func(a string) bool { return slices.Contains(acts, a) }) {
				continue
			}
			if namesAny(docs[r.doc], r.sentence, named) {
				return &PartBasis{Article: docs[r.doc].art.ID, Figure: n.Text}
			}
		}
	}
	return nil
}

// figureIndex lists, for each figure an act's report gives (actFigure),
// the body sentences of a story's articles that give it outside a
// quotation with a verb of a measured act (see newFigureIndex).
type figureIndex map[actFigureKey][]figureRef

// actFigureKey is what makes two figures one (see actFigureKeyOf).
type actFigureKey struct {
	kind   nlp.NumberKind
	value  float64
	unit   string
	ranged bool
	high   float64
}

// actFigureKeyOf returns n's actFigureKey: its kind, value and unit (a
// currency, or "percent" for a range), and its upper bound when it is a
// range.
func actFigureKeyOf(n nlp.Number) actFigureKey {
	k := actFigureKey{kind: n.Kind, value: n.Value, unit: n.Unit}
	if n.High != nil {
		k.ranged, k.high = true, *n.High
	}
	return k
}

// figureRef is sentence sentence of article doc, with the acts its verbs
// tell (nlp.SentenceActs).
type figureRef struct {
	doc, sentence int
	acts          []string
}

// newFigureIndex indexes the figures of docs that an act's report gives
// outside quotations, in sentences whose verbs tell a measured act. It
// reads each article's numbers once and each such sentence's words once.
func newFigureIndex(docs []*doc) figureIndex {
	fx := figureIndex{}
	for _, o := range docs {
		acts := map[int][]string{}
		for _, n := range o.an.Numbers {
			if !actFigure(n) || n.Sentence < 0 || n.Sentence >= len(o.an.Sentences) || n.Sentence >= len(o.mentions) {
				continue
			}
			a, ok := acts[n.Sentence]
			if !ok {
				a = nlp.SentenceActs(o.an.Sentences[n.Sentence])
				acts[n.Sentence] = a
			}
			if len(a) == 0 || inQuote(o.an, n.Span) {
				continue
			}
			k := actFigureKeyOf(n)
			fx[k] = append(fx[k], figureRef{doc: o.idx, sentence: n.Sentence, acts: a})
		}
	}
	return fx
}

// actFigure reports whether n is a figure an act's report gives as
// such: a percentage, a sum of money or a range of percentages, not a
// ranked group's share ("the wealthiest 1 percent").
func actFigure(n nlp.Number) bool {
	if n.Ranked {
		return false
	}
	return n.Kind == nlp.NumPercent || n.Kind == nlp.NumMoney || n.Kind == nlp.NumRange && n.Unit == "percent"
}
