package nlp

import "sort"

// findTerms finds the lexicon's phrases, longest first, without overlaps.
func (d *doc) findTerms() {
	lex := d.l.lexicon
	for _, s := range d.sents {
		for k := s.a; k < s.b; k++ {
			if d.toks[k].Kind == KindPunct {
				continue
			}
			e, n := lex.match(d.toks[:s.b], k)
			if n == 0 {
				continue
			}
			sp := d.span(k, k+n)
			d.out.Terms = append(d.out.Terms, Term{
				Span: sp, Term: e.phrase, Text: d.text(sp.Para)[sp.Start:sp.End],
				Category: e.category, Sentence: int(d.tokSent[k]),
			})
			k += n - 1
		}
	}
}

// addScareQuotes merges the scare quotes into the terms, in text order.
func (d *doc) addScareQuotes() {
	if len(d.scare) == 0 {
		return
	}
	d.out.Terms = append(d.out.Terms, d.scare...)
	sort.SliceStable(d.out.Terms, func(i, j int) bool {
		a, b := d.out.Terms[i], d.out.Terms[j]
		if a.Sentence != b.Sentence {
			return a.Sentence < b.Sentence
		}
		return a.Start < b.Start
	})
}
