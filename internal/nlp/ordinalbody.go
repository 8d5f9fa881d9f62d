package nlp

// ordinalSurface reports whether s is an ordinal written in digits:
// "9th", "2nd", "82nd", "1st", "3rd".
func ordinalSurface(s string) bool {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	if n == 0 || n > 3 {
		return false
	}
	switch s[n:] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// ordinalOpensBody widens the mention of a body typed by its head word to
// the ordinal written right before it, which is a word of the body's
// name: "the 12th U.S. Circuit Court of Appeals", "the 82nd Airborne
// Division" (without it the name names no one body). An ordinal after a
// month is the day of a date ("on June 5th Pell Steel Corp. closed"), no
// word of the name.
func (d *doc) ordinalOpensBody(m *mention) {
	if m.etype != Org || !m.typed || m.a == 0 {
		return
	}
	p := &d.toks[m.a-1]
	if p.End+1 != d.toks[m.a].Start || d.tokSent[m.a-1] != d.tokSent[m.a] || !ordinalSurface(p.Surface) {
		return
	}
	if m.a >= 2 && d.tokSent[m.a-2] == d.tokSent[m.a] && d.l.months[d.toks[m.a-2].Norm] != 0 {
		return
	}
	m.a--
	m.words = append([]string{p.Surface}, m.words...)
}
