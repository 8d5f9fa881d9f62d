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
			if e.category == TermLoaded && (d.nounUse(k, n) || d.namesFakes(k, n)) ||
				e.category == TermHedging && d.speechVerbUse(k, n) {
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
// reported.", "outlets reported on the feud", "she alleged that"), or
// after a name ("the Gazette reported Monday"). It
// hedges before a noun or in the passive ("the alleged bribe", "was
// reported to be").
func (d *doc) speechVerbUse(k, n int) bool {
	if n != 1 || !strings.HasSuffix(d.toks[k].Norm, "ed") {
		return false
	}
	s := d.sents[d.tokSent[k]]
	if k-1 > s.a && d.toks[k-1].Kind == KindWord && d.toks[k-1].is(fCap) {
		return true // "The Valmora Courier reported Mar. 9 that"
	}
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

// verbNouns are loaded verbs that are also plain nouns: "he claims"
// casts doubt, "the claims about the vote" only names them.
var verbNouns = map[string]bool{"claims": true, "blasts": true, "slams": true}

// nounBefore are the words after which such a word is a noun: a
// determiner, a possessive word or a preposition.
var nounBefore = map[string]bool{"a": true, "an": true, "the": true, "his": true, "her": true, "its": true, "their": true,
	"our": true, "your": true, "my": true, "these": true, "those": true, "such": true, "any": true, "no": true, "some": true,
	"of": true, "about": true, "on": true, "over": true, "against": true, "with": true, "by": true, "to": true, "for": true, "many": true}

// nounUse reports whether the one-token term at k is a verb of
// verbNouns used as a noun ("a lot of claims about", "Trump's claims").
func (d *doc) nounUse(k, n int) bool {
	if n != 1 || !verbNouns[d.toks[k].Norm] || k == d.sents[d.tokSent[k]].a {
		return false
	}
	p := d.toks[k-1].Norm
	return nounBefore[p] || strings.HasSuffix(p, "'s") || strings.HasSuffix(p, "’s")
}

// pressWords are the nouns "fake news" slurs when it comes before them.
var pressWords = map[string]bool{"media": true, "outlets": true, "outlet": true, "network": true, "networks": true,
	"press": true, "reporters": true, "journalists": true, "organizations": true, "organisations": true}

// namesFakes reports whether "fake news" at k names made-up stories
// ("pushing fake news", "Russian fake news") rather than slurring the
// press ("the fake news media", "the fake news"): the slur stands after
// "the" or before a word of the press.
func (d *doc) namesFakes(k, n int) bool {
	if n != 2 || d.toks[k].Norm != "fake" || d.toks[k+1].Norm != "news" {
		return false
	}
	s := d.sents[d.tokSent[k]]
	if k > s.a && d.toks[k-1].Norm == "the" {
		return false
	}
	if k+2 < s.b && (pressWords[d.toks[k+2].Norm] || d.toks[k+2].is(fUpper)) {
		return false
	}
	return true
}
