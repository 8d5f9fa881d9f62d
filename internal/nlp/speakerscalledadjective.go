package nlp

import "strings"

// namingVerbs name what their object is: "what he called continued
// brinkmanship", "a move she termed reckless".
var namingVerbs = setOfWords("called", "termed", "dubbed", "labeled", "labelled", "branded", "deemed")

// namedAdjective reports whether the word at k, ending in "-ed", stands
// right after a naming verb (namingVerbs) and before a lower-case word
// of its paragraph: "what he called continued partisan brinkmanship" —
// an adjective of the name given, not a verb of its own clause (two
// past forms in a row do not both head a clause).
func (d *doc) namedAdjective(k int) bool {
	t := &d.toks[k]
	if k == 0 || k+1 >= len(d.toks) || !strings.HasSuffix(t.Norm, "ed") {
		return false
	}
	p, n := &d.toks[k-1], &d.toks[k+1]
	return namingVerbs[p.Norm] && p.para == t.para && n.para == t.para && n.Kind == KindWord && n.is(fLower)
}
