package nlp

// infinitiveSpeaker reports whether the speaker phrase toks[a:b] read
// after a verb of saying is an infinitive ("…," vowed to clear his
// name): the verb's subject stands before the quotation (`Lund called
// the charges "meritless," vowed to clear his name`), and the words
// after the verb are what was vowed, not who spoke.
func (d *doc) infinitiveSpeaker(a, b int) bool {
	return a >= 0 && a+1 < b && d.toks[a].Norm == "to" && d.toks[a+1].Kind == KindWord && !d.capWord(a+1)
}
