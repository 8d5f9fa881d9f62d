package nlp

// quotedEnds are the words that close the object of "quoted" in a
// speaker phrase: "quoted Ruiz as saying", "quoted him in", "quoted the
// mayor saying".
var quotedEnds = map[string]bool{"as": true, "saying": true, "in": true, "by": true, "on": true, "at": true, "to": true}

// quotedSpeaker narrows a speaker phrase toks[a:b] that tells of
// someone quoted to the one whose words they are: the object in "the
// BBC quoted Ruiz as saying" and "Lund quoted his friend as saying"
// (Ruiz, his friend: not the BBC, not Lund), the subject in "Ruiz was
// quoted as saying" and "he was quoted by Reuters as saying". A phrase
// with no lower-case "quoted" after its first word, or with nothing
// where the quoted person should stand, is returned as it is. Cost: the
// phrase's tokens.
func (d *doc) quotedSpeaker(a, b int) (int, int) {
	k := a + 1
	for k < b && !(d.toks[k].Norm == "quoted" && d.toks[k].is(fLower)) {
		k++
	}
	if k >= b {
		return a, b
	}
	if j := k; passiveAux(&d.toks[j-1]) {
		// "Ruiz was quoted as", "he has been quoted as": the subject
		// before the auxiliaries.
		for j > a && passiveAux(&d.toks[j-1]) {
			j--
		}
		if j == a {
			return a, b
		}
		return a, j
	}
	e := k + 1
	for e < b && !quotedEnds[d.toks[e].Norm] {
		e++
	}
	if e == k+1 {
		return a, b
	}
	return k + 1, e
}

// quotedPronoun returns the gender of the lone "him" or "her" that
// toks[a:b] is when it stands right after "quoted" ("she quoted him as
// saying": he is the speaker); 0 otherwise.
func (d *doc) quotedPronoun(a, b int) byte {
	if b-a != 1 || a == 0 || d.toks[a-1].Norm != "quoted" {
		return 0
	}
	switch d.toks[a].Norm {
	case "him":
		return 'm'
	case "her":
		return 'f'
	}
	return 0
}

// passiveAux reports whether t can stand between a subject and the
// participle of a passive: a form of "be", an auxiliary or an adverb
// ("was once", "has been", "is also").
func passiveAux(t *tok) bool {
	return isBe(t.Norm) || isAux(t)
}

// quotingSubject returns the entity of the one who quotes the "him" or
// "her" at token a (see quotedPronoun): the name or he/she written right
// before "quoted" ("she quoted him as saying"); -1 when there is none.
// The quoted person is never that one.
func (d *doc) quotingSubject(a int, inQuote []bool) int {
	k := a - 2
	if k < 0 {
		return -1
	}
	if mi := d.mentionAt[k]; mi >= 0 {
		return d.mentions[mi].entity
	}
	if g := d.l.pronouns[d.toks[k].Norm]; g == 'm' || g == 'f' {
		e, _, _ := d.antecedent(k, g, inQuote)
		return e
	}
	return -1
}
