package nlp

// headlineEndVerbs are common verbs in the past or the third person that
// a heading in title case writes after its subject ("Kemp Used
// 'Deliberate' Suppression", "Engel Faces Challenger", "Holt Wants
// Ruling"): in such a heading the capitalised run that ends in one is
// the subject and a verb, and the verb is no part of the name. Words
// that are also surnames or given names ("Banks", "Hayes", "Will") are
// left out, and so are the words of headingVerbs ("Is", "Has"): a run
// that holds one is no name already, and cutting it would make one.
var headlineEndVerbs = map[string]bool{"used": true, "faces": true, "makes": true, "made": true, "wants": true,
	"wanted": true, "gets": true, "got": true, "takes": true, "took": true, "hits": true, "adds": true, "said": true,
	"seeks": true, "sought": true, "leads": true, "notes": true}

// headlineCase reports whether the sentence of token k is written in
// title case: a function word ("To", "For", "Of") with a capital where
// it does not open the sentence. It costs one pass over the sentence's
// tokens, and is asked only of runs that end in a word of
// headlineEndVerbs or open with one of headlineVerbs.
func (d *doc) headlineCase(k int) bool {
	s := d.sents[d.tokSent[k]]
	for j := s.a; j < s.b; j++ {
		if t := &d.toks[j]; t.Kind == KindWord && d.l.stop[t.Norm] && t.is(fCap) && !t.is(fUpper) && !d.initialPos(j) {
			return true
		}
	}
	return false
}

// shortOrGiven reports whether the words ws, left when a heading's verb
// is cut from a capitalised run, are one or two words or open with a
// known given name ("Lund", "Senate Docs", "Ivo Lund"). A longer run
// that opens otherwise ("Outspoken Ivo Lund", "Want What Lund") is a
// heading's clause; the verb cut from it would make it a name.
func (d *doc) shortOrGiven(ws []int) bool {
	return len(ws) <= 2 || d.l.firstNames[d.toks[ws[0]].Norm] != 0
}
