package compare

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/nlp"
)

// figureNamedElsewhere reports whether another article tells part of
// sentence s, a sentence in the writer's own words (less than half of it
// quoted), with a figure and a name of its own: one of its sentences
// gives a figure of s (namedFigure: a share, a sum, a measured or large
// count, a duration; the same value, and for a sum the same currency)
// outside quotations, names by name a person, body or place that s
// names by name, and tells no measured act but of s's own when both tell
// some (otherAct). Such a pair tells one point in two wordings ("the
// convention binds Syria 30 days after it joins" beside "Syria becomes a
// party 30 days after"), which the word tests miss when the verbs and
// nouns differ; the line is worded as the details it adds
// (Fact.PartElsewhere), not withdrawn. It returns the first such
// sentence's article, s's figure and the name as s writes it
// (Fact.PartBasis), or nil.
//
// fx indexes the story's figures once per comparison (newNamedFigures):
// a call reads the figures of s's article that fall in s and, for each,
// the sentences that give it.
func figureNamedElsewhere(docs []*doc, fx namedFigures, s *sent) *PartBasis {
	d := docs[s.doc]
	var names map[int]string
	var acts []string
	for _, n := range d.an.Numbers {
		if n.Sentence != s.pos || !namedFigure(n) || inQuote(d.an, n.Span) {
			continue
		}
		refs := fx[numberFeature(n)+"|"+n.Unit]
		if len(refs) == 0 {
			continue
		}
		if names == nil {
			if quotedShare(d, s.pos) >= 0.5 {
				return nil
			}
			names = namedIn(d, s.pos)
			acts = nlp.SentenceActs(d.an.Sentences[s.pos])
		}
		for _, r := range refs {
			if r.doc == s.doc || !sameHighs(n, r.n) || otherAct(acts, docs[r.doc].an.Sentences[r.sentence]) {
				continue
			}
			for e, text := range namedIn(docs[r.doc], r.sentence) {
				if mine, ok := names[e]; ok && text != "" {
					return &PartBasis{Article: docs[r.doc].art.ID, Figure: n.Text, Named: mine}
				}
			}
		}
	}
	return nil
}

// otherAct reports whether sentence o tells measured acts (nlp.SentenceActs)
// none of which is one of acts, a sentence's that tells some: the same
// figure is then another act's ("spent $50,000" beside "raised
// $50,000"), as figureActElsewhere has it.
func otherAct(acts []string, o nlp.Sentence) bool {
	if len(acts) == 0 {
		return false
	}
	theirs := nlp.SentenceActs(o)
	return len(theirs) > 0 && !slices.ContainsFunc(theirs, func(a string) bool { return slices.Contains(acts, a) })
}

// namedFigures lists, for each figure namedFigure admits (its
// numberFeature and unit), the body sentences of a story's articles that
// give it outside a quotation (see newNamedFigures).
type namedFigures map[string][]namedFigureRef

// namedFigureRef is figure n of sentence sentence of article doc.
type namedFigureRef struct {
	doc, sentence int
	n             nlp.Number
}

// newNamedFigures indexes the figures of docs that namedFigure admits,
// outside quotations, reading each article's numbers once.
func newNamedFigures(docs []*doc) namedFigures {
	fx := namedFigures{}
	for _, o := range docs {
		for _, n := range o.an.Numbers {
			if !namedFigure(n) || n.Sentence < 0 || n.Sentence >= len(o.an.Sentences) || inQuote(o.an, n.Span) {
				continue
			}
			k := numberFeature(n) + "|" + n.Unit
			fx[k] = append(fx[k], namedFigureRef{doc: o.idx, sentence: n.Sentence, n: n})
		}
	}
	return fx
}

// minNamedCount is the least plain count (no measure word) that
// namedFigure admits: "two officers" or "five shots" recur across the
// facts of one story; "170,000" seldom does.
const minNamedCount = 100

// namedFigure reports whether n is a figure specific enough to tie two
// sentences that name one participant: a percentage or a range of them,
// a sum of money, a count with its measure word or of minNamedCount or
// more things (countsThings), or a duration ("30 days", "14 years"); not a date, an age, an
// ordinal, a ranked group's share, or a rough figure ("thousands").
func namedFigure(n nlp.Number) bool {
	if n.Ranked || n.Approx {
		return false
	}
	switch n.Kind {
	case nlp.NumPercent, nlp.NumMoney, nlp.NumDuration:
		return true
	case nlp.NumRange:
		return n.Unit == "percent"
	case nlp.NumCount:
		return n.Unit != "" || n.Value >= minNamedCount && countsThings(n.Counts)
	}
	return false
}

// countsThings reports whether counts, what a count counts as nlp reads
// it, ends in a word in lower case: things counted ("435 House seats",
// "170,000 of the unemployed"), not a name the figure is part of ("the
// 737 Max", a model both reports of a crash name on every line).
func countsThings(counts string) bool {
	i := strings.LastIndexByte(counts, ' ')
	r, _ := utf8.DecodeRuneInString(counts[i+1:])
	return unicode.IsLower(r)
}

// namedIn returns the linked entities that sentence k of d names by
// name (not a pronoun), each with its first name mention as written.
func namedIn(d *doc, k int) map[int]string {
	out := map[int]string{}
	for _, e := range d.an.Entities {
		for _, m := range e.Mentions {
			if m.Sentence == k && m.Kind == nlp.MentionName {
				if _, ok := out[d.global[e.ID]]; !ok {
					out[d.global[e.ID]] = m.Text
				}
			}
		}
	}
	return out
}
