package nlp

import "slices"

// programWords are the small nouns that, right after a name, say the
// name is a programme's: "the Deferred Action for Childhood Arrivals
// (DACA) program", "the TARP program".
var programWords = map[string]bool{"program": true, "programs": true, "programme": true, "programmes": true}

// programAfter reports whether the name ending before token b is a
// programme's: the next word is one of programWords in small letters,
// after the name's own abbreviation in parentheses ("… Arrivals (DACA)
// program") or after the closing parenthesis of the abbreviation itself
// ("(DACA) program").
func (d *doc) programAfter(a, b int) bool {
	k := b
	if k+2 < len(d.toks) && d.toks[k].Surface == "(" && d.toks[k+1].Kind == KindWord && d.toks[k+2].Surface == ")" {
		k += 3
	} else if k < len(d.toks) && d.toks[k].Surface == ")" && a > 0 && d.toks[a-1].Surface == "(" {
		k++
	}
	if k >= len(d.toks) || d.tokSent[k] != d.tokSent[a] {
		return false
	}
	t := &d.toks[k]
	return t.Kind == KindWord && t.is(fLower) && programWords[t.Norm]
}

// programmeCue types as a thing (Other) a name that programAfter marks
// as a programme's and that nothing else typed: an unknown acronym or a
// name built on "for", which are read as a body, or a run read as a
// person by default. A body orgs.txt or publications.txt lists ("the
// NSA program", the agency's) or one with a body's head word, a person
// with a role or a given name, and a place keep their type.
func (d *doc) programmeCue(m *mention) {
	if m.etype != Org && m.etype != Person || !d.programAfter(m.a, m.b) {
		return
	}
	ws := make([]int, 0, m.b-m.a)
	for k := m.a; k < m.b; k++ {
		if d.toks[k].Kind == KindWord {
			ws = append(ws, k)
		}
	}
	if len(ws) == 0 {
		return
	}
	if key := d.normsKey(ws); d.l.orgs[string(key)] || d.l.pubs[string(key)] || slices.ContainsFunc(ws, func(k int) bool { return d.l.orgSuffixes[d.toks[k].Norm] }) {
		// "the Small Business Administration program", "the National
		// Center for Injury Prevention program": the body's own.
		return
	}
	if m.etype == Person && (m.typed || m.role != nil || d.l.firstNames[d.toks[ws[0]].Norm] != 0) {
		return
	}
	m.etype, m.typed = Other, true
}
