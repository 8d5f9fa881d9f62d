package nlp

import (
	"slices"
	"strings"
	"unicode"
)

// productNames retypes a person the name finder only guessed (see
// guessedName) whose name opens with a maker's name of the lexicon
// (category brand: "Ford", "Airbus") and goes on with one to three words
// of a model: "a white Ford Fusion", "the Airbus A320", "a Toyota Camry"
// name products, not persons. A maker's name that is a surname and a
// common word too ("Ford"; a name opening with a listed given name is
// never guessed) needs a sign of a thing: a determiner or possessive
// before the name, with at most three lower-case words or numbers
// between ("his 2014 Ford Fusion"), or a model written with a digit
// ("Ford F-150"); "Ford Lanning said" stays a person. A given name after the maker's name
// makes a person's nickname ("Cadillac Frank"), and another maker's name
// a company's ("Fiat Chrysler Automobiles"): no product. It runs after
// every other reading of the names, which it leaves as they are (the
// "Chrysler Building" a place).
//
// Cost: one map look-up per word of a maker's name for each guessed
// person of two words or more, and a look at three tokens before each of
// its mentions when a sign is needed.
func (d *doc) productNames() {
	x := d.l.lexicon
	if len(x.brands) == 0 {
		return
	}
	for _, e := range d.ents {
		w := d.guessedName(e)
		if w == nil {
			continue
		}
		n := x.brandAt(w)
		if n == 0 || len(w)-n > 3 || slices.ContainsFunc(w[n:], d.givenName) || slices.ContainsFunc(w[n:], x.isBrand) {
			continue // "Cadillac Frank": a nickname; "Fiat Chrysler Automobiles": a company
		}
		if n == 1 && d.l.wordNames[strings.ToLower(w[0])] && !modelWritten(w[n:]) && !d.determinedMention(e) {
			continue
		}
		e.etype, e.typed = Other, true
	}
}

// modelWritten reports whether a model's words hold one written with a
// digit, as no name is ("F-150", "A320").
func modelWritten(words []string) bool {
	for _, w := range words {
		if strings.IndexFunc(w, unicode.IsDigit) >= 0 {
			return true
		}
	}
	return false
}

// determinedMention reports whether a mention of e follows a determiner
// or possessive in its paragraph, with at most three lower-case words or
// numbers between: "a white Ford Fusion", "her 2012 Ford Escape", "the
// Ford Fusion".
func (d *doc) determinedMention(e *entBuild) bool {
	for _, mi := range e.mentions {
		a := d.mentions[mi].a
		for k := a - 1; k >= 0 && k >= a-4 && d.toks[k].para == d.toks[a].para; k-- {
			t := &d.toks[k]
			if t.Kind == KindWord && isDeterminer(t.Norm) && t.Norm != "that" && t.Norm != "one" && t.Norm != "two" && t.Norm != "three" {
				return true // "that" may be a conjunction ("said that Ford Lanning"); the small numbers isDeterminer counts are left out too
			}
			if !(t.Kind == KindNumber || t.Kind == KindWord && t.is(fLower)) {
				break
			}
		}
	}
	return false
}
