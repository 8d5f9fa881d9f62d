package nlp

import "strings"

// pronounUnderUnnamedSubject reports whether the he or she at token a,
// resolved to entity e, opens the clause a verb of saying reports while
// the sentence's subject is an unnamed single person whose relative
// clause is the only place e is named before the verb: in "An attorney
// who represented Kell in three cases said he believes …" the he is
// most likely the attorney, and crediting Kell would give the words to
// the wrong person; the caller leaves the speaker unknown. Its cost is a
// scan of the sentence's tokens up to the verb.
func (d *doc) pronounUnderUnnamedSubject(a, e int, inQuote []bool) bool {
	v := a - 1
	if v >= 0 && d.toks[v].Norm == "that" {
		v--
	}
	if v < 0 || d.toks[v].para != d.toks[a].para || inQuote[v] || !d.verbAt(v) {
		return false
	}
	who := d.unnamedRelativeSubject(d.sents[d.tokSent[v]].a, v)
	if who < 0 {
		return false
	}
	for k := who + 1; k < v; k++ {
		if mi := d.mentionAt[k]; mi >= 0 && d.mentions[mi].entity == e {
			return true
		}
	}
	return false
}

// unnamedRelativeSubject returns the "who" of a sentence from lo that
// opens with an unnamed single person and a relative clause ("An
// attorney who …", "The longtime neighbour who …"), before token v; or
// -1. A plural ("Detectives who …") or a name ("Mira Osk, who …") is no
// such subject.
func (d *doc) unnamedRelativeSubject(lo, v int) int {
	k := lo
	for k < v && d.toks[k].Kind == KindPunct {
		k++
	}
	if k < v && (d.toks[k].Norm == "but" || d.toks[k].Norm == "and") {
		k++
	}
	if k >= v || !singleArticles[d.toks[k].Norm] {
		return -1
	}
	k++
	n := 0
	for k < v && n < 3 {
		t := &d.toks[k]
		if t.Kind != KindWord || !t.is(fLower) || t.Stop || d.l.pronouns[t.Norm] != 0 || d.mentionAt[k] >= 0 {
			break
		}
		k++
		n++
	}
	if n == 0 || k >= v || d.toks[k].Norm != "who" || strings.HasSuffix(d.toks[k-1].Norm, "s") {
		return -1
	}
	return k
}

// singleArticles open a phrase of one unnamed person ("an attorney",
// "the neighbour"); a possessive ("his lawyer") may point at the very
// person the he could be, and a number or "some" is plural.
var singleArticles = setOfWords("a", "an", "the", "one", "another")
