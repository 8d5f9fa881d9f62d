package nlp

// linkCommonSurnames finds the mentions of a person by a surname that is
// also a common word the name finder passes over ("May" of Theresa May, a
// month and a modal verb): once the article has named the person in
// full, the capitalised word alone is that person, unless its
// neighbours read it as the common word ("May 24", "in May", "May I").
// Two persons of one such surname leave it unread.
func (d *doc) linkCommonSurnames() {
	tr := d.az.translit
	byLast := map[string]int{}
	for ei, e := range d.ents {
		if e.etype != Person || e.first == "" || e.last == "" || e.first == e.last {
			continue
		}
		if !d.l.stop[e.last] && !d.l.notNames[e.last] {
			continue
		}
		if _, ok := byLast[e.last]; ok {
			byLast[e.last] = -1
			continue
		}
		byLast[e.last] = ei
	}
	if len(byLast) == 0 || len(d.paras) == 0 {
		return
	}
	for k := d.paras[0][0]; k < len(d.toks); k++ {
		t := &d.toks[k]
		if t.Kind != KindWord || !t.is(fCap) || t.is(fUpper) || d.mentionAt[k] >= 0 {
			continue
		}
		ei, ok := byLast[tr.token(t.Surface)]
		if !ok || ei < 0 || !d.surnameReading(k) {
			continue
		}
		e := d.ents[ei]
		if first := e.firstMentionPos(d); first < 0 || first > k {
			continue // named in full only later: the word is read before it is known
		}
		d.addMention(mention{a: k, b: k + 1, kind: MentionName, etype: Person, typed: true, words: []string{t.Surface}})
		mi := len(d.mentions) - 1
		d.mentions[mi].entity = ei
		e.mentions = append(e.mentions, mi)
		if k > e.lastPos {
			e.lastPos = k
		}
	}
}

// firstMentionPos returns the token index of e's first body mention, or -1.
func (e *entBuild) firstMentionPos(d *doc) int {
	p := -1
	for _, mi := range e.mentions {
		if m := &d.mentions[mi]; !m.weak && (p < 0 || m.a < p) {
			p = m.a
		}
	}
	return p
}

// surnameReading reports whether the capitalised word at k reads as a
// name rather than as the common word it also is: not before a number or
// after "in", "since", "until"… (a month: "May 24", "in May"), not "the
// end of May", and not a sentence-initial word before a pronoun or a
// determiner (a verb: "May I", "May the best win").
func (d *doc) surnameReading(k int) bool {
	para := d.toks[k].para
	if n := k + 1; n < len(d.toks) && d.toks[n].para == para {
		nt := &d.toks[n]
		if nt.Kind == KindNumber {
			return false
		}
		if d.initialPos(k) && (d.l.pronouns[nt.Norm] != 0 || isDeterminer(nt.Norm) || nt.Norm == "god") {
			return false
		}
	}
	if p := k - 1; p >= 0 && d.toks[p].para == para {
		switch d.toks[p].Norm {
		case "in", "since", "until", "till", "through", "during", "early", "late", "mid", "last", "next", "this", "each",
			"every", "by", "before", "after", "from", "between", "mid-":
			return false
		case "of":
			if p > 0 && d.toks[p-1].para == para {
				switch d.toks[p-1].Norm {
				case "end", "beginning", "start", "middle", "rest", "first", "month", "part":
					return false
				}
			}
		}
		if d.toks[p].Kind == KindNumber {
			return false // "24 May"
		}
	}
	return true
}
