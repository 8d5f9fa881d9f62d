package nlp

// rankWord reports whether token k is a capitalised word of a title of
// two or more words that no mention holds ("Major" and "General" of
// "Major General Oleg Varin"): a rank before a name, not a subject.
func (d *doc) rankWord(k int) bool {
	t := &d.toks[k]
	if d.mentionAt[k] >= 0 || t.Kind != KindWord || !t.is(fCap) {
		return false
	}
	return d.l.titles[t.Norm] || d.l.titleFirst[t.Norm] > 1
}
