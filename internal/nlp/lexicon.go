package nlp

import (
	"fmt"
	"strings"
)

// lexEntry is one lexicon phrase.
type lexEntry struct {
	phrase   string
	words    []string // normalised tokens
	category TermCategory
}

// lexicon finds phrases by their first normalised token. Entries of the
// category TermNaming are not searched in text: they are sets of names
// for one thing whose choice is politically charged ("Kiev | Kyiv").
type lexicon struct {
	byFirst map[string][]lexEntry
	// naming maps a lower-cased name to the id of its set of charged
	// variants.
	naming map[string]int
	sets   int
	// brands holds the lower-cased makers' names of category brand
	// ("brand<TAB>Ford"); brandWords is the most words one of them has.
	brands     map[string]bool
	brandWords int
}

func newLexicon() *lexicon {
	return &lexicon{byFirst: map[string][]lexEntry{}, naming: map[string]int{}, brands: map[string]bool{}}
}

// addLine adds "category<TAB>phrase" (or "category phrase…" separated by
// the first run of spaces when there is no tab).
func (x *lexicon) addLine(line string) error {
	cat, phrase, ok := strings.Cut(line, "\t")
	if !ok {
		cat, phrase, ok = strings.Cut(line, " ")
	}
	cat, phrase = strings.TrimSpace(cat), strings.TrimSpace(phrase)
	if !ok || cat == "" || phrase == "" {
		return fmt.Errorf("want category<TAB>phrase")
	}
	switch TermCategory(cat) {
	case TermNaming:
		return x.addNaming(phrase)
	case TermBrand:
		x.addBrand(phrase)
		return nil
	}
	toks := tokenize(nil, phrase, 0)
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = normalize(t.Surface)
	}
	e := lexEntry{phrase: strings.Join(strings.Fields(phrase), " "), words: words, category: TermCategory(cat)}
	list := x.byFirst[words[0]]
	for i, old := range list {
		if old.phrase == e.phrase {
			list[i] = e // a later file redefines the category
			x.byFirst[words[0]] = list
			return nil
		}
	}
	x.byFirst[words[0]] = append(list, e)
	return nil
}

// match returns the longest entry starting at toks[i], and its length.
func (x *lexicon) match(toks []tok, i int) (lexEntry, int) {
	var best lexEntry
	bestN := 0
	for _, e := range x.byFirst[toks[i].Norm] {
		n := len(e.words)
		if n <= bestN || i+n > len(toks) {
			continue
		}
		ok := true
		for j := 1; j < n; j++ {
			if toks[i+j].Norm != e.words[j] || toks[i+j].para != toks[i].para {
				ok = false
				break
			}
		}
		if ok {
			best, bestN = e, n
		}
	}
	return best, bestN
}

// addNaming adds a set of charged variants of one name: "Kiev | Kyiv".
// A name already in a set joins the sets together.
func (x *lexicon) addNaming(phrase string) error {
	var names []string
	for _, n := range strings.Split(phrase, "|") {
		if n = strings.ToLower(strings.Join(strings.Fields(n), " ")); n != "" {
			names = append(names, n)
		}
	}
	if len(names) < 2 {
		return fmt.Errorf("naming: want two names or more separated by |")
	}
	id := -1
	for _, n := range names {
		if old, ok := x.naming[n]; ok {
			id = old
		}
	}
	if id < 0 {
		x.sets++
		id = x.sets
	}
	for _, n := range names {
		if old, ok := x.naming[n]; ok && old != id {
			for k, v := range x.naming {
				if v == old {
					x.naming[k] = id
				}
			}
		}
		x.naming[n] = id
	}
	return nil
}

// addBrand adds a maker's name of one or more words ("Ford", "Land
// Rover").
func (x *lexicon) addBrand(phrase string) {
	words := strings.Fields(strings.ToLower(phrase))
	x.brands[strings.Join(words, " ")] = true
	x.brandWords = max(x.brandWords, len(words))
}

// isBrand reports whether one word is a maker's name.
func (x *lexicon) isBrand(w string) bool {
	return x.brands[strings.ToLower(w)]
}

// brandAt returns how many of the first words of a name are a maker's
// name of the lexicon, leaving one word or more after it; 0 when none
// is. The longest maker's name wins.
func (x *lexicon) brandAt(words []string) int {
	for n := min(x.brandWords, len(words)-1); n >= 1; n-- {
		if x.brands[strings.ToLower(strings.Join(words[:n], " "))] {
			return n
		}
	}
	return 0
}
