package nlp

// askedLeads are the past participles that open a sentence with the
// question put to its subject ("Asked by a reporter what …, Lund …",
// "Pressed on the deal, Ruiz …"); the subject comes after the comma.
var askedLeads = setOfWords("asked", "pressed", "questioned", "quizzed")

// askedLead reports whether token k, the first word of a sentence
// ending before hi, is a capitalised askedLeads participle followed by
// "by", "about", "on", "if", "whether", "what", "why" or "how": a lead phrase
// that is not the sentence's subject.
func (d *doc) askedLead(k, hi int) bool {
	t := &d.toks[k]
	if !askedLeads[t.Norm] || t.is(fLower) || k+1 >= hi {
		return false
	}
	switch d.toks[k+1].Norm {
	case "by", "about", "on", "if", "whether", "what", "why", "how":
		return true
	}
	return false
}

// personNameIn reports whether a name mention in [a, b) belongs to an
// entity typed a person; unlike nameIn it reads the entity's type, so a
// bare surname ("Lund") of a person named in full before counts.
func (d *doc) personNameIn(a, b int) bool {
	for k := a; k < b; k++ {
		if mi := d.mentionAt[k]; mi >= 0 && d.mentions[mi].kind == MentionName && d.personMention(mi) {
			return true
		}
	}
	return false
}
