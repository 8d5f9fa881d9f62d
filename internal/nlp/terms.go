package nlp

import (
	"sort"
	"strings"
)

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
			if e.category == TermHedging && d.speechVerbUse(k, n) {
				k += n - 1
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

// speechVerbUse reports whether a hedging term of n tokens at k that is
// also a past-tense speech verb ("reported", "alleged") is used as one:
// followed by "that", "on" or a stop, comma or colon ("The Times
// reported.", "outlets reported on the feud", "she alleged that"). It
// hedges before a noun or in the passive ("the alleged bribe", "was
// reported to be").
func (d *doc) speechVerbUse(k, n int) bool {
	if n != 1 || !strings.HasSuffix(d.toks[k].Norm, "ed") {
		return false
	}
	s := d.sents[d.tokSent[k]]
	next := k + 1
	if next >= s.b {
		return true
	}
	switch d.toks[next].Norm {
	case "that", "on", ".", ",", ";", ":", "!", "?":
		return true
	}
	return false
}
