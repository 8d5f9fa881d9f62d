package nlp

// nameApposedAfter returns the person's name set off by commas after
// a role phrase that follows a quotation and comes before its verb of
// saying: `"…," the party chairman, Tom Perez, said` — the role phrase
// toks[a:c] opens with a determiner (isDeterminer; not "that", which
// may be a conjunction) or a possessive pronoun, holds words only and
// names no one; toks[c] is its comma; a person's name mention follows,
// then a comma, then only auxiliaries before the verb at v. -1, -1
// otherwise (the role phrase is then the speaker, as before).
func (d *doc) nameApposedAfter(a, c, v int) (int, int) {
	if c <= a+1 || c+2 >= v || d.toks[c].Surface != "," || d.nameIn(a, c) {
		return -1, -1
	}
	if n := d.toks[a].Norm; !isDeterminer(n) && possessivePronouns[n] == 0 || n == "that" {
		return -1, -1
	}
	for k := a; k < c; k++ {
		if d.toks[k].Kind != KindWord {
			return -1, -1
		}
	}
	mi := d.mentionAt[c+1]
	if mi < 0 || d.mentions[mi].a != c+1 || d.mentions[mi].kind != MentionName || !d.personMention(mi) {
		return -1, -1
	}
	nb := d.mentions[mi].b
	if nb >= v || d.toks[nb].Surface != "," {
		return -1, -1
	}
	for k := nb + 1; k < v; k++ {
		if !isAux(&d.toks[k]) {
			return -1, -1
		}
	}
	return c + 1, nb
}
