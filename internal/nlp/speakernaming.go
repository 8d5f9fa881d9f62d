package nlp

// namingCalled reports whether the verb at v is "called" as a participle
// that names a thing, with the name in the quotation opening at open
// right after it: "a rally called “…”", "Today's session, called “…”",
// "an essay in the Harbour Times called “…”", "a post called the “…”",
// "introduced a bill last week called “…”". The noun phrase before it
// is what is named, not who speaks; the words quoted are a name, said by
// no one. It is so when that phrase names no person or role and opens
// with "a", "an" or "another", follows a preposition (an object, no
// subject), or, set off by a comma, opens the sentence. "What she called
// “…”", "the president called “…”", "Lund, head of the Harbour Board,
// called “…”" and "Lund in a post on Monday called “…”" keep their
// speaker.
func (d *doc) namingCalled(v, open, lo int, inQuote []bool) bool {
	if d.toks[v].Norm != "called" || !(v == open-1 || v == open-2 && (d.toks[open-1].Surface == "," || d.toks[open-1].Surface == ":" || d.toks[open-1].Norm == "the")) {
		return false
	}
	j := v - 1
	if j < lo {
		return false
	}
	if t := d.timeBefore(j, lo); t != j {
		// "in a post on Monday called": the subject is before; "introduced
		// a bill earlier this year called “…”": the object of a verb,
		// then when.
		return d.objectBefore(t, lo)
	}
	var a, b int
	comma := d.toks[j].Surface == ","
	if comma {
		a, b = d.subjectBefore(v, lo, inQuote)
	} else {
		a, b = d.npBackward(j, lo)
	}
	if a < 0 || b-a == 1 && d.l.pronouns[d.toks[a].Norm] != 0 {
		return false
	}
	for k := a; k < b; k++ {
		if mi := d.mentionAt[k]; mi >= 0 && d.personMention(mi) {
			return false
		}
	}
	if h := &d.toks[b-1]; h.is(fLower) && (d.l.titles[h.Norm] || relationNouns[h.Norm] || d.l.descriptors[h.Norm]) {
		return false // "a spokesman called …"
	}
	switch n := d.toks[a].Norm; {
	case n == "a" || n == "an" || n == "another":
		return true
	case comma:
		return a == lo
	}
	p := a - 1
	if p >= lo && d.toks[p].Norm == "the" {
		p-- // "in the Harbour Times called …"
	}
	return p >= lo && d.toks[p].Kind == KindWord && d.toks[p].is(fLower) && isPreposition(d.toks[p].Norm)
}

// objectBefore reports whether the words ending at token j are the
// object of a verb: a noun phrase of no person that opens with "a", "an"
// or "another" right after a word in small letters that is no
// preposition ("introduced a bill", not "in a post").
func (d *doc) objectBefore(j, lo int) bool {
	a, b := d.npBackward(j, lo)
	if a <= lo || b != j+1 {
		return false
	}
	for k := a; k < b; k++ {
		if mi := d.mentionAt[k]; mi >= 0 && d.personMention(mi) {
			return false
		}
	}
	if n := d.toks[a].Norm; n != "a" && n != "an" && n != "another" {
		return false
	}
	p := &d.toks[a-1]
	return p.Kind == KindWord && p.is(fLower) && !isPreposition(p.Norm) && !p.Stop
}

// signNouns are the things people carry or wear with words on them:
// "with placards reading “…”" gives the words to no speaker.
var signNouns = setOfWords("placard", "placards", "sign", "signs", "banner", "banners", "poster", "posters", "flag", "flags",
	"shirt", "shirts", "t-shirt", "t-shirts", "caption", "headline", "slogan", "slogans", "sticker", "stickers")

// withSubject returns the noun phrase between "with" and the participle
// at v that says something, when no semicolon comes between v and the
// quotation opening at open: "…, with Mayor Ana Ruiz saying they were
// “…”" gives the words to Ruiz, not to the sentence's subject. The
// phrase is a person, a body, or words in lower case ("with critics
// calling it …"); a document ("with a letter telling …") is the
// speaker's means and a sign ("with placards reading …") no speaker:
// both give -1, -1.
func (d *doc) withSubject(v, open, lo int) (int, int) {
	a, b := d.npBackward(v-1, lo)
	if a < 0 || b != v {
		return -1, -1
	}
	w := a - 1
	for w >= lo && a-w <= 3 && d.toks[w].Kind == KindWord && d.toks[w].is(fCap) && d.l.titles[d.toks[w].Norm] {
		w-- // "with Mayor Ana Ruiz saying": the title before the name
	}
	if w < lo || d.toks[w].Norm != "with" || !d.toks[w].is(fLower) {
		return -1, -1
	}
	if p := w - 1; p >= lo && d.toks[p].Kind == KindWord && d.toks[p].is(fLower) && !withOpeners[d.toks[p].Norm] {
		// "after the paper ran its interview with Ruiz saying it
		// was …": "with" completes the word in lower case before it;
		// the participle is not Ruiz's. After a name or a
		// capitalised word ("a dispute in Harbourton with a senior
		// Tory saying") "with" may open the phrase of its own.
		return -1, -1
	}
	for k := v + 1; k < open; k++ {
		if d.toks[k].Surface == ";" {
			return -1, -1
		}
	}
	for k := a; k < b; k++ {
		t := &d.toks[k]
		if mi := d.mentionAt[k]; mi >= 0 {
			if e := d.mentions[mi].entity; e >= 0 && d.ents[e].etype != Person && d.ents[e].etype != Org {
				return -1, -1 // "with Arabic writing": a language, no speaker
			}
		}
		if t.is(fLower) && (documentNouns[t.Norm] || signNouns[t.Norm]) {
			return -1, -1
		}
	}
	return a, b
}

// withOpeners are the words that may stand right before the "with" of
// withSubject's phrase ("…, and with Ruiz saying", "along with Ruiz
// saying"); any other word in lower case before "with" takes it as its
// complement.
var withOpeners = setOfWords("and", "but", "or", "along", "even", "yet", "just", "only", "together", "then")

// administrationOf reports whether the person mention mi is followed,
// inside the speaker span ending at b, by a lower-case "administration":
// "a senior Lund administration official" speaks for the government,
// not as President Lund.
func (d *doc) administrationOf(mi int32, b int) bool {
	k := d.mentions[mi].b
	return k < b && d.toks[k].Norm == "administration" && d.toks[k].is(fLower)
}
