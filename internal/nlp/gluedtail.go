package nlp

import "strings"

// gluedTail cuts the capitalised words ws of sentence si where a word
// of the text is glued onto a person's name, not part of it, and leaves
// that word out: a function or number word after the name where a label runs
// into its paragraph with no stop between ("Statement from Lind There
// were four …", "Statement from Lind One evening …"), or a verb or
// adverb that a title-case heading capitalises after the name ("Lind
// Unveils New Plan" is "Lind" and "New Plan"). It is cut only when the
// text writes the rest elsewhere as a person's name (after a title or an
// honorific, or opening with a known given name) without the word after
// it, never writes the whole again, and, for a heading's word, never
// capitalises the word outside headings (a surname the heading holds,
// "Ana Hanks", is written again in the text). A known given name or a
// surname that is also a word ("Brown", "Long") is never cut, nor a
// letter ("Exhibit A"), nor a word after a given name alone ("James
// Demers" in a line of names).
func (d *doc) gluedTail(ws []int, si int) [][]int {
	n := len(ws)
	if n < 2 {
		return [][]int{ws}
	}
	if d.isTitleCase(si) {
		for i := 1; i < n; i++ {
			if d.gluedAt(ws, i, true) {
				return [][]int{ws[:i], ws[i+1:]}
			}
		}
		return [][]int{ws}
	}
	if d.gluedAt(ws, n-1, false) {
		return [][]int{ws[:n-1]}
	}
	return [][]int{ws}
}

// gluedAt reports whether word i of ws is glued onto the name ws[:i]
// (see gluedTail); heading tells that the sentence is a title-case
// heading.
func (d *doc) gluedAt(ws []int, i int, heading bool) bool {
	k := ws[i]
	t := &d.toks[k]
	if t.is(fUpper) || k != ws[i-1]+1 || d.l.firstNames[t.Norm] != 0 || d.l.wordNames[t.Norm] {
		return false
	}
	if heading && !verbLike(t.Norm) || !heading && !d.l.stop[t.Norm] && !d.numberWord(k) {
		return false
	}
	prefix := ws[:i]
	if len(t.Norm) < 2 || len(prefix) == 1 && d.l.firstNames[d.toks[prefix[0]].Norm] != 0 {
		// "Exhibit A"; "James Demers" in a list of names, each
		// capitalised: a given name alone is no name the word glues to.
		return false
	}
	last := d.toks[prefix[len(prefix)-1]].Norm
	if d.l.orgSuffixes[last] || d.l.thingHeads[last] || d.l.placeHeads[last] || isConnector(last) || d.l.stop[last] {
		return false
	}
	if !d.writtenWithout(prefix, t.Norm) {
		return false
	}
	if heading {
		for _, x := range d.capitalisedOutside(t.Norm) {
			if x != k {
				return false
			}
		}
	}
	return true
}

// verbLike reports whether the lower-case word w has the ending of a verb
// in the third person or past, or of an adverb ("unveils", "backed",
// "quietly"): a word a heading capitalises after a name.
func verbLike(w string) bool {
	if len(w) < 4 || strings.ContainsAny(w, ".'’") {
		return false
	}
	switch {
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"):
		return false
	case strings.HasSuffix(w, "s"), strings.HasSuffix(w, "ed"), strings.HasSuffix(w, "ly"):
		return true
	}
	return false
}

// writtenWithout reports whether the text writes the capitalised words
// of prefix elsewhere as a person's whole name (no other capitalised
// word before it but a title, none after it), and never writes the
// prefix followed by tail again. A person's
// name there is one whose first word is a known given name or that a
// title or an honorific precedes ("Dr. Lind", "President Lind").
func (d *doc) writtenWithout(prefix []int, tail string) bool {
	var key strings.Builder
	for _, k := range prefix {
		key.WriteString(d.toks[k].Norm)
		key.WriteByte(' ')
	}
	key.WriteString(tail)
	w, ok := d.glued[key.String()]
	if !ok {
		w = d.writings(prefix, tail)
		if d.glued == nil {
			d.glued = map[string]gluedWritings{}
		}
		d.glued[key.String()] = w
	}
	own := prefix[0]
	if other(w.tailed, own) {
		return false
	}
	person := d.l.firstNames[d.toks[own].Norm] != 0 || other(w.titled, own)
	return other(w.alone, own) && person
}

// gluedWritings are where a text writes a run of capitalised words as a
// name of its own (up to two places each, enough to find one other
// than the run asked about): followed by a given word (tailed), alone
// (no capitalised word after it), and alone after a title.
type gluedWritings struct {
	tailed, alone, titled []int
}

// other reports whether xs holds a place other than own.
func other(xs []int, own int) bool {
	for _, x := range xs {
		if x != own {
			return true
		}
	}
	return false
}

// writings reads where the text writes the words of prefix as
// writtenWithout asks, once per prefix and tail. Only the tokens that
// write the prefix's rarest word can place it, so a text that repeats a
// common first name ("Ann K… There", "Ann L… There") costs no scan of
// every "Ann" for each run.
func (d *doc) writings(prefix []int, tail string) gluedWritings {
	var w gluedWritings
	add := func(xs *[]int, p int) {
		if len(*xs) < 2 {
			*xs = append(*xs, p)
		}
	}
	m := len(prefix)
	anchor := 0
	for i := 1; i < m; i++ {
		if len(d.positions(d.toks[prefix[i]].Norm)) < len(d.positions(d.toks[prefix[anchor]].Norm)) {
			anchor = i
		}
	}
	for _, at := range d.positions(d.toks[prefix[anchor]].Norm) {
		p := at - anchor
		if p < 0 || p+m > len(d.toks) {
			continue
		}
		match := true
		for i := range m {
			if !d.capWord(p+i) || d.toks[p+i].Norm != d.toks[prefix[i]].Norm {
				match = false
				break
			}
		}
		if !match {
			continue
		}
		if p > 0 && d.capWord(p-1) && !d.titleBefore(p) {
			continue
		}
		if p+m < len(d.toks) && d.toks[p+m].Norm == tail {
			add(&w.tailed, p)
			continue
		}
		if p+m < len(d.toks) && d.capWord(p+m) {
			continue // "Gov. Chris Christie": a longer name, not the prefix alone
		}
		add(&w.alone, p)
		if d.titleBefore(p) {
			add(&w.titled, p)
		}
	}
	return w
}

// titleBefore reports whether a title or an honorific stands just before
// token p ("Dr. Lind", "Mr Lind", "President Lind").
func (d *doc) titleBefore(p int) bool {
	q := p - 1
	if q >= 0 && d.toks[q].Surface == "." {
		q--
	}
	if q < 0 || d.toks[q].Kind != KindWord {
		return false
	}
	w := stripDot(d.toks[q].Norm)
	return d.l.honorifics[w] != 0 || d.l.titles[w] || d.l.abbr[w] == abbrTitle
}

// capitalisedOutside returns up to two tokens that write w with a
// capital outside a title-case heading (gluedAt's test that a heading's
// word is no surname), memoised per word.
func (d *doc) capitalisedOutside(w string) []int {
	if xs, ok := d.capOutside[w]; ok {
		return xs
	}
	var xs []int
	for _, x := range d.positions(w) {
		if d.capWord(x) && !d.isTitleCase(int(d.tokSent[x])) {
			if xs = append(xs, x); len(xs) == 2 {
				break
			}
		}
	}
	if d.capOutside == nil {
		d.capOutside = map[string][]int{}
	}
	d.capOutside[w] = xs
	return xs
}
