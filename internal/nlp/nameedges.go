package nlp

import "strings"

// Names built wrongly from the words around them: a surname's
// particle dropped ("Van Drew" read as "Drew"), a party label, a plural
// title or a body's name read as a person's first word ("Independent
// Justin Amash", "Senators Ted Cruz", "European Union Gordon Sondland"),
// an audio player's "Listen" read as a surname, a "Never X" label read as
// the person, a given name "Al" read as the Arabic article.

// openingWords are verbs in the imperative and prepositions that open a
// sentence right before a name ("Imagine Ana Ruiz as mayor", "See Lund
// for details", "Citing Holt, the board …", "Unlike Ruiz, …", "Enter Ana
// Ruiz, the …", "Take Ivo Lund, who …", "Read Ana Ruiz's letter"); no given
// name is written so, and the capital they take there says nothing.
// "Dear" is not one: "Dear Abby", "Dear Colleague" letters are names.
var openingWords = map[string]bool{"imagine": true, "see": true, "meet": true, "ask": true, "consider": true, "remember": true,
	"thank": true, "thanks": true, "tell": true, "watch": true, "follow": true, "visit": true, "blame": true, "picture": true,
	"forget": true, "trust": true, "citing": true, "quoting": true, "including": true, "unlike": true, "like": true,
	"per": true, "via": true, "congratulations": true, "welcome": true, "thanking": true, "praising": true,
	"criticizing": true, "criticising": true, "blaming": true, "urging": true, "calling": true, "accusing": true,
	"enter": true, "take": true, "exit": true, "cue": true, "read": true, "pardon": true, "let": true}

// titleOpeners are the imperative verbs and the preposition that open the
// titles of shows, columns and series ("Ask Mitt Anything", "Meet the
// Press", "Face the Nation", "Inside Politics", "Watch Dana Live").
var titleOpeners = map[string]bool{"ask": true, "meet": true, "face": true, "inside": true, "watch": true, "see": true,
	"tell": true, "imagine": true, "follow": true, "remember": true, "consider": true, "picture": true}

// titleEnds are the words that end a title and never a person's name
// ("Ask Mitt Anything", "Watch Dana Live").
var titleEnds = map[string]bool{"anything": true, "everything": true, "nothing": true, "something": true, "live": true,
	"tonight": true, "today": true, "now": true, "weekly": true, "daily": true, "this": true, "more": true}

// showTitle reports whether the capitalised words ws are the title of a
// show or series that opens with a verb or "Inside": written with a
// capital after a word in small letters inside its sentence ("questions
// on Inside Politics"), since a verb there is no imperative, unless a
// known given name follows the verb; or ending in a word no name ends in
// ("Ask Mitt Anything returns"), anywhere. "Ask Ana Ruiz what …" is the
// verb and then a person, and "the Face of …" a noun.
func (d *doc) showTitle(ws []int) bool {
	if len(ws) < 2 || ws[1] != ws[0]+1 {
		return false
	}
	t := &d.toks[ws[0]]
	if t.Kind != KindWord || !titleOpeners[t.Norm] || t.is(fUpper) || !t.is(fCap) || d.l.firstNames[t.Norm] != 0 {
		return false
	}
	last := &d.toks[ws[len(ws)-1]]
	if titleEnds[last.Norm] && len(ws) >= 3 {
		return true
	}
	if d.l.firstNames[d.toks[ws[1]].Norm] != 0 {
		return false // "… caption Watch Ana Ruiz's speech": the verb, then a person
	}
	if d.ownerBefore(ws[0]) {
		return true
	}
	p := ws[0] - 1
	return p >= 0 && d.tokSent[p] == d.tokSent[ws[0]] && d.toks[p].Kind == KindWord && d.toks[p].is(fLower) && !determiners[d.toks[p].Norm]
}

// ownerBefore reports whether a possessive goes right before token k, or
// before an opening quotation mark right before it: "CBS's Face the
// Nation", "CBS News' Face the Nation", "CBS’s “Face the Nation”". A verb
// that a network or a paper owns opens a show's or a column's title.
func (d *doc) ownerBefore(k int) bool {
	p := k - 1
	if p >= 0 && d.toks[p].Kind == KindPunct && strings.ContainsAny(d.toks[p].Surface, "\"“‘") {
		p--
	}
	if p < 1 || d.tokSent[p] != d.tokSent[k] {
		return false
	}
	t := &d.toks[p]
	switch {
	case t.Kind == KindWord && (t.Norm == "'s" || t.Norm == "’s"):
		return true
	case t.Kind == KindPunct && (t.Surface == "'" || t.Surface == "’"):
		// "CBS News' …": the apostrophe of a plural's or a name's
		// possessive, glued to a capitalised word ending in "s".
		w := &d.toks[p-1]
		return w.Kind == KindWord && w.End == t.Start && w.is(fCap) && strings.HasSuffix(w.Surface, "s")
	}
	return false
}

// surnameParticles are the small words that open a surname in Dutch,
// German, French, Italian, Spanish and Portuguese names ("Van Drew", "De
// Blasio", "Le Pen", "von der Leyen") and the Arabic "son of" ("bin
// Laden", "ibn Saud"); written with a capital at the front of a name
// they are its first word, not a connector between names ("Bin Laden
// said" is the surname, as "bin Laden" is).
var surnameParticles = map[string]bool{"van": true, "von": true, "de": true, "del": true, "della": true, "da": true,
	"der": true, "den": true, "la": true, "le": true, "du": true, "ter": true, "ten": true, "des": true, "bin": true, "ibn": true}

// particleOpens reports whether the capitalised words ws open with a
// surname's particle written with a capital ("Van Drew", "De Blasio") and
// a capitalised word after it that is no connector: the particle is part
// of the name.
func (d *doc) particleOpens(ws []int) bool {
	if len(ws) < 2 {
		return false
	}
	t := &d.toks[ws[0]]
	if t.Surface == "Al" {
		return d.givenAl(ws)
	}
	if t.Kind != KindWord || !surnameParticles[t.Norm] || t.Surface == "" || t.Surface[0] < 'A' || t.Surface[0] > 'Z' || t.is(fUpper) {
		return false
	}
	if _, n := d.placeAt(ws, 0); n == 1 {
		return false // "La" of Louisiana before "Verne City Manager"
	}
	i := 1
	for i < len(ws)-1 && ws[i] == ws[i-1]+1 && surnameParticles[d.toks[ws[i]].Norm] && !d.capWord(ws[i]) {
		i++ // "Von der Leyen"
	}
	n := &d.toks[ws[i]]
	return n.Kind == KindWord && !isConnector(n.Norm) && d.capWord(ws[i]) && ws[i] == ws[i-1]+1
}

// particlePair reports whether token j (a connector inside a name) and the
// one after it are two particles of one surname before its capitalised
// word ("von der Leyen", "van den Berg", "de la Cruz").
func (d *doc) particlePair(j, e int) bool {
	if j+2 >= e {
		return false
	}
	a, b := &d.toks[j], &d.toks[j+1]
	return a.Kind == KindWord && b.Kind == KindWord && surnameParticles[a.Norm] && surnameParticles[b.Norm] && d.capWord(j+2)
}

// labelNouns are words for a party's members or an office in the plural,
// written with a capital before a person's name ("Independent Justin
// Amash", "Republicans Kelly Ayotte and Susan Collins", "Senators Ted Cruz
// and Mike Lee"): they describe the person, they are no part of the name.
var labelNouns = map[string]bool{"independent": true, "independents": true, "republicans": true, "democrats": true,
	"libertarians": true, "senators": true, "justices": true, "governors": true, "govs": true, "commissioners": true,
	"representatives": true, "congressmen": true, "congresswomen": true, "lawmakers": true, "presidents": true, "incumbent": true}

// partyPlurals are the labels of labelNouns for a party's members in the
// plural: before two or three name words they are never part of the name.
var partyPlurals = map[string]bool{"republicans": true, "democrats": true, "dems": true, "libertarians": true, "independents": true}

// labelOpens reports whether the capitalised words rest open with a
// label of labelNouns or a people's plural before a known given name and
// one or two more name words: "Independent Justin Amash", "Korean-Americans
// Kim Dong Chul", not "Independent Women's Forum". After a party's plural
// the given name may be one the lists lack ("Democrats Veronica Lund",
// a word unlistedGiven reads as a given name, with no known place after
// it), not a heading's verb or function word ("Democrats Must Act") nor
// a body's name ("Republicans Abroad Israel").
func (d *doc) labelOpens(rest []int) bool {
	if len(rest) < 3 || len(rest) > 4 {
		return false
	}
	w := d.toks[rest[0]].Norm
	if !labelNouns[w] && !labelNouns[w+"s"] && !labelNouns[stripDot(w)] && !partyPlurals[w] && !d.demonymPlural(w) {
		return false
	}
	if !d.allAlpha(rest[1:]) {
		return false
	}
	if d.l.firstNames[d.toks[rest[1]].Norm] != 0 {
		return true
	}
	if !partyPlurals[w] || !d.toks[rest[0]].is(fCap) || d.toks[rest[0]].is(fUpper) {
		return false
	}
	if d.givenName(d.toks[rest[1]].Surface) {
		return true
	}
	// A word the lists lack: no place after it ("Republicans Abroad
	// Israel" is a body's name).
	for i := 2; i < len(rest); i++ {
		if e, n := d.placeAt(rest, i); n > 0 && !e.adjective {
			return false
		}
	}
	return d.l.unlistedGiven(d.toks[rest[1]].Surface)
}

// chamberLabel returns 2 when the capitalised words rest open with a
// chamber and a party's member or adjective before a known given name and
// a surname ("Senate Democrat Chris Coons", "House Republicans Jim
// Jordan"): a label of the person, no part of the name. It returns 0
// otherwise ("Senate Democratic Caucus", "House Republican Conference"
// have no given name after the label).
func (d *doc) chamberLabel(rest []int) int {
	if len(rest) != 4 {
		return 0
	}
	c, p := d.toks[rest[0]].Norm, d.toks[rest[1]].Norm
	if c != "senate" && c != "house" || !d.l.nameAdjs[p] && !labelNouns[p] && !labelNouns[p+"s"] {
		return 0
	}
	if g := d.toks[rest[2]].Norm; d.l.firstNames[g] == 0 && len(d.l.nicknames[g]) == 0 || !d.allAlpha(rest[2:]) {
		return 0
	}
	return 2
}

func stripDot(w string) string {
	if n := len(w); n > 0 && w[n-1] == '.' {
		return w[:n-1]
	}
	return w
}

// bodyBeforePerson returns the number of words of a known organisation
// that opens ws before a known given name and a surname, or 0: "European
// Union Gordon Sondland" (after "Ambassador to the") is the body, then the
// person who is its ambassador.
func (d *doc) bodyBeforePerson(ws []int) int {
	for k := len(ws) - 2; k >= 1; k-- {
		if n := len(ws) - k; n > 3 || d.l.firstNames[d.toks[ws[k]].Norm] == 0 || !d.allAlpha(ws[k:]) {
			continue
		}
		if d.l.orgs[string(d.normsKey(ws[:k]))] && !d.l.orgs[string(d.normsKey(ws))] && k >= 2 {
			return k
		}
	}
	return 0
}

// playerWord reports whether token k, the last of a capitalised sequence
// of two words or more, is an audio or video player's button written
// after a name ("… of President Trump Listen: Live Coverage"): "Listen"
// before a colon or at the end of its paragraph.
func (d *doc) playerWord(k int) bool {
	t := &d.toks[k]
	if t.Kind != KindWord || t.Norm != "listen" {
		return false
	}
	if k+1 >= len(d.toks) || d.toks[k+1].para != t.para {
		return true
	}
	return d.toks[k+1].Surface == ":"
}

// particleSurname reports whether the name words w are a surname alone
// with its particles ("Van Drew", "von der Leyen"): every word but the
// last is a particle. Such a mention names the person whose full name
// ends in that surname, as a lone surname does.
func particleSurname(w []string) bool {
	if len(w) < 2 {
		return false
	}
	for _, x := range w[:len(w)-1] {
		if !surnameParticles[strings.ToLower(x)] {
			return false
		}
	}
	return true
}

// stanceLabel adds the mention of a "Never X" label that opens ws (after
// the sentence's first word, if any) and reports whether it did: the
// caller then reads no person from those words. It returns ws without a
// sentence's first word before the label's "Never", which is no name word
// either way.
func (d *doc) stanceLabel(ws []int, capMid map[string]bool, weak bool) ([]int, bool) {
	if len(ws) >= 3 && d.toks[ws[1]].Norm == "never" && d.initialPos(ws[0]) {
		ws = ws[1:] // "Many Never Ruizers …": the sentence's first word is not the label's
	}
	if len(ws) >= 2 && d.toks[ws[0]].Norm == "never" && !d.toks[ws[0]].is(fUpper) && !d.l.orgSuffixes[d.toks[ws[len(ws)-1]].Norm] {
		// "the Never Ruiz movement", "Never Ruizers": a stance against
		// the person named, a label of its own, not the person. Words
		// in capitals ("NEVER ABANDONED") and a body's name ("Never
		// Forget Project") are told as before. A known given name with a
		// surname after the label ("Never Ruizer Ana Lund"), or two last
		// words whose surname the article writes elsewhere, is the person
		// the label describes, a name of its own.
		end := len(ws)
		for j := 2; j+1 < len(ws); j++ {
			if d.l.firstNames[d.toks[ws[j]].Norm] != 0 || j == len(ws)-2 && d.allAlpha(ws[j:]) && d.capCount[d.toks[ws[j+1]].Norm] >= 2 {
				end = j
				break
			}
		}
		d.addMention(mention{a: ws[0], b: ws[end-1] + 1, kind: MentionName, etype: Other, typed: true, words: d.surfaces(ws[:end]), weak: weak})
		if end < len(ws) {
			d.classifySequence(ws[end:], capMid, weak)
		}
		return ws, true
	}
	return ws, false
}

// givenAl reports whether ws, opening with "Al", opens with the given name
// Al ("Al Gore", "Al Sharpton"), not the Arabic article: a capitalised
// surname follows at once and the two are no known organisation,
// publication or place ("Al Qaeda", "Al Jazeera", "Al Udeid").
func (d *doc) givenAl(ws []int) bool {
	n := &d.toks[ws[1]]
	if ws[1] != ws[0]+1 || n.Kind != KindWord || isConnector(n.Norm) || !d.capWord(ws[1]) || n.is(fUpper) {
		return false
	}
	key := d.normsKey(ws[:2])
	if d.l.orgs[string(key)] || d.l.pubs[string(key)] {
		return false
	}
	_, p := d.placeAt(ws, 0)
	return p < 2
}

// periodicalEnds are the last words of magazines' and papers' names that
// no person's name ends in ("Psychology Today", "Harbour Weekly",
// "Lakeside Daily").
var periodicalEnds = map[string]bool{"today": true, "weekly": true, "monthly": true, "quarterly": true, "daily": true, "digest": true}

// periodical reports whether the capitalised words ws are a periodical's
// name: two or three words ending in a word of periodicalEnds, the first
// no known given name, all of them words.
func (d *doc) periodical(ws []int) bool {
	if len(ws) < 2 || len(ws) > 3 || !periodicalEnds[d.toks[ws[len(ws)-1]].Norm] || d.toks[ws[len(ws)-1]].is(fUpper) {
		return false
	}
	return d.l.firstNames[d.toks[ws[0]].Norm] == 0 && d.allAlpha(ws)
}

// demonymPlural reports whether the word norm (a Token.Norm) is a
// people's plural, a demonym with "s" ("americans"), or hyphenated after
// another word ("korean-americans"). Norm writes U+2010 and U+2011 as
// "-": cutting after a byte of those three-byte hyphens would keep two
// bytes of it.
func (d *doc) demonymPlural(norm string) bool {
	if i := strings.LastIndexByte(norm, '-'); i > 0 {
		norm = norm[i+1:]
	}
	one, ok := strings.CutSuffix(norm, "s")
	if !ok || len(one) < 3 {
		return false
	}
	e, ok := d.l.places[one]
	return ok && e.adjective
}
