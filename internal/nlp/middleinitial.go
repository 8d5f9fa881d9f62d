package nlp

// dottedInitial reports whether token k is one capital letter with a
// full stop glued to it ("A." of "Christopher A. Preble"): an initial,
// though "A" is also a function word.
func (d *doc) dottedInitial(k int) bool {
	t := &d.toks[k]
	return t.is(fInitial) && k+1 < len(d.toks) && d.toks[k+1].Surface == "." && d.toks[k+1].Start == t.End && d.toks[k+1].para == t.para
}
