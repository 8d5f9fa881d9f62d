package nlp

// rankWord reports whether token k is a capitalised word that no mention
// holds and that is a title of one word or opens a title of two or more
// ("Major" and "General" of "Major General Oleg Varin", "Governor"): a
// rank before a name, not a subject. The word is looked up alone, so the
// second word of a longer title counts only when it is a title itself.
func (d *doc) rankWord(k int) bool {
	t := &d.toks[k]
	if d.mentionAt[k] >= 0 || t.Kind != KindWord || !t.is(fCap) {
		return false
	}
	return d.l.titles[t.Norm] || d.l.titleFirst[t.Norm] > 1
}
