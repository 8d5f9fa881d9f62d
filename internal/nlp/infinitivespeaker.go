package nlp

// infinitiveSpeaker reports whether the speaker phrase toks[a:b] read
// after a verb of saying is an infinitive ("…," promised to clear his
// record): the verb's subject stands before the quotation (`Lund called
// the claims "baseless," promised to clear his record`), and the words
// after the verb are what was vowed, not who spoke.
func (d *doc) infinitiveSpeaker(a, b int) bool {
	return a >= 0 && a+1 < b && d.toks[a].Norm == "to" && d.toks[a+1].Kind == KindWord && !d.capWord(a+1)
}
