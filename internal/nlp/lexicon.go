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

// lexicon finds phrases by their first normalised token.
type lexicon struct {
	byFirst map[string][]lexEntry
}

func newLexicon() *lexicon { return &lexicon{byFirst: map[string][]lexEntry{}} }

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
