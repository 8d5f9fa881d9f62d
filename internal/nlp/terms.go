package nlp

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
