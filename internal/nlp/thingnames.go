package nlp

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Names of things that run past a plain run of capitalised words: a bill
// or flight with its number ("SB 1070"), a list inside a body's name
// ("Bureau of Alcohol, Tobacco, Firearms and Explosives"), words in
// parentheses ("European Union (Withdrawal) Bill"), and a thing's short
// name that the name finder took for a person ("Common Core").

// thingShortNames retypes a person the name finder only guessed (no
// title, honorific, role or known first name) whose name opens the
// longer name of a thing in the article, two words or more longer:
// "Common Core" beside "the Common Core State Standards" is the
// standards' short name, not a person. A thing named after a person has
// one word more ("Chris Kyle Day", "the Ryan Dale Act"), and a person the
// article also calls by the last word alone ("Kyle said") stays one.
func (d *doc) thingShortNames() {
	var things [][]string
	for _, e := range d.ents {
		if e.etype != Other || !e.typed {
			continue
		}
		for _, mi := range e.mentions {
			things = append(things, d.mentions[mi].words)
		}
	}
	if len(things) == 0 {
		return
	}
	for _, e := range d.ents {
		w := d.guessedName(e)
		if w == nil {
			continue
		}
		for _, t := range things {
			if len(t) >= len(w)+2 && slices.EqualFunc(t[:len(w)], w, strings.EqualFold) {
				e.etype, e.typed = Other, true
				break
			}
		}
	}
}

// thingAbbreviations retypes a body that is one word in capitals, which no
// list knows as a body, when its letters are the initials of a thing the
// article names (a law, a programme, a treaty): "ACA" beside "the
// Affordable Care Act", "FOIA" beside "the Freedom of Information Act"
// name the law, not an organisation. The initials are of the thing's
// capitalised words, with or without its small connectors ("of", "for").
func (d *doc) thingAbbreviations() {
	inits := map[string]bool{}
	for _, e := range d.ents {
		if e.etype != Other || !e.typed {
			continue
		}
		for _, mi := range e.mentions {
			w := d.mentions[mi].words
			if len(w) < 2 {
				continue
			}
			var all, caps []byte
			for _, x := range w {
				r, _ := utf8.DecodeRuneInString(x)
				if r >= utf8.RuneSelf || !unicode.IsLetter(r) {
					continue
				}
				c := byte(unicode.ToLower(r))
				all = append(all, c)
				if unicode.IsUpper(r) {
					caps = append(caps, c)
				}
			}
			inits[string(all)], inits[string(caps)] = true, true
		}
	}
	if len(inits) == 0 {
		return
	}
	for _, e := range d.ents {
		if e.etype != Org || len(e.mentions) == 0 {
			continue
		}
		w := d.mentions[e.mentions[0]].words
		if len(w) != 1 || len(w[0]) < 2 || strings.ToUpper(w[0]) != w[0] || d.l.orgs[strings.ToLower(w[0])] {
			continue
		}
		if inits[strings.ToLower(w[0])] {
			e.etype, e.typed = Other, true
		}
	}
}

// commonHeadNames retypes a person the name finder only guessed (no
// title, honorific, role or known first name, never called by its last
// word alone) whose last word the article also writes in small letters,
// or its singular: "Hart Senate Office Building" beside "the building",
// "Keystone Pipeline" beside "the pipeline", "Real Time" beside "time".
// Named twice or more, it is a thing (other); named once, it is more
// often a heading, a cut piece of a longer name or a title ("Jobless Rate
// Went Up", "Foreign Relations") than a name, and no entity (on the
// judged names of random ABP articles, testdata/abp-entity-names.tsv).
// A surname is seldom a common word of the same article; those that are
// ("Tom Price" in a story of drug prices, "Rayford Brown") come with a
// known first name, alone ("Price said") or in the list of such surnames
// (word_surnames.txt), which keep them; so does a name whose last word is
// a pronoun ("Liu He"). A transcript that writes its speakers' names in
// small letters ("dean baquet So what's …") loses them: on the judged
// names, taking such names for persons would keep more common phrases
// than transcript names.
func (d *doc) commonHeadNames() {
	for _, e := range d.ents {
		w := d.guessedName(e)
		if w == nil {
			continue
		}
		last := strings.ToLower(w[len(w)-1])
		if d.l.wordNames[last] || d.l.pronouns[last] != 0 || !d.writtenSmall(last) {
			continue
		}
		e.etype, e.typed = Other, true
		if len(e.mentions) < 2 {
			e.mentions = nil // no entity: see emitEntities
		}
	}
}

// titlePieces drops an entity that no list knows (no known place, body,
// publication or given name, no role) when each of its mentions is a
// piece of a title in quotation marks: three quoted words or more, each
// of four letters or more capitalised, of which the mention covers only
// some ("Hidden Deal" of “The Long Night Inside the Hidden Deal to Remake
// the Harbour”, "Got Talent" of “America's Got Talent”). The
// title is the name of a book or a show, not of what its words say. A
// person after a headline's verb stays ("Pell Travin" of “Mara Lind Warns
// Pell Travin”).
func (d *doc) titlePieces() {
	var quoted []qpart
	for _, r := range d.rawQuotes() {
		for _, p := range r.parts {
			if p.closed {
				quoted = append(quoted, p)
			}
		}
	}
	if len(quoted) == 0 {
		return
	}
	for _, e := range d.ents {
		if len(e.mentions) == 0 || len(e.roles) > 0 || e.etype == Place {
			continue
		}
		w := d.mentions[e.mentions[0]].words
		if len(w) == 0 {
			continue
		}
		key := strings.ToLower(strings.Join(trimThe(w), " "))
		if d.l.orgs[key] || d.l.pubs[key] || d.l.firstNames[strings.ToLower(w[0])] != 0 {
			continue
		}
		if _, ok := d.l.places[placeKey(key)]; ok {
			continue
		}
		if e.etype == Person && slices.ContainsFunc(e.mentions, func(mi int) bool {
			a := d.mentions[mi].a
			return a > 0 && headlineVerbs[d.toks[a-1].Norm] && d.capWord(a-1)
		}) {
			// "Pell Travin" of “Mara Lind Warns Pell Travin”: the
			// person a headline's verb acts on.
			continue
		}
		piece := true
		for _, mi := range e.mentions {
			if !d.inTitlePiece(&d.mentions[mi], quoted) {
				piece = false
				break
			}
		}
		if piece {
			e.mentions = nil // no entity: see emitEntities
		}
	}
}

// inTitlePiece reports whether mention m stands inside one of the quoted
// parts, which is a title (see titlePieces), and covers only part of it.
func (d *doc) inTitlePiece(m *mention, quoted []qpart) bool {
	for _, p := range quoted {
		if p.open >= m.a || m.b > p.close {
			continue
		}
		first, last, words := -1, -1, 0
		for k := p.open + 1; k < p.close; k++ {
			t := &d.toks[k]
			if t.Kind != KindWord {
				continue
			}
			if first < 0 {
				first = k
			}
			last = k
			words++
			if utf8.RuneCountInString(t.Surface) >= 4 && !t.is(fCap) {
				return false
			}
		}
		return words >= 3 && (m.a > first || m.b <= last)
	}
	return false
}

// guessedName returns the words of the first name of e when e is a
// person the name finder only guessed: no title, honorific, role or
// known first name, two words or more, and never called by its last
// word alone ("Kyle said"); nil otherwise. Such a "person" may be a
// thing's name (see thingShortNames and commonHeadNames).
func (d *doc) guessedName(e *entBuild) []string {
	if e.etype != Person || e.typed || len(e.roles) > 0 || len(e.mentions) == 0 {
		return nil
	}
	w := d.mentions[e.mentions[0]].words
	if len(w) < 2 || d.l.firstNames[strings.ToLower(w[0])] != 0 || d.namedAlone(w[len(w)-1]) {
		return nil
	}
	return w
}

// numberHeads are the words after which a number is part of a name: a
// bill, a ballot measure, a paper, a clause or a flight ("SB 1070",
// "Proposition 8", "Federalist No. 65", "Section 230", "Flight 370"), or
// a train with its number ("Amtrak Train 91", "Northeast Regional Train
// 188"): a service, a thing, not a person of its words.
var numberHeads = map[string]bool{"sb": true, "hb": true, "ab": true, "hr": true, "h.r": true, "proposition": true, "prop": true,
	"no": true, "title": true, "article": true, "section": true, "resolution": true, "flight": true, "measure": true, "initiative": true,
	"train": true}

// numberedName returns the end of the number that completes the name ws
// when tokens j.. (up to b) are that number ("SB" then "1070", "No" then
// "." and "65"), else j.
func (d *doc) numberedName(ws []int, j, b int) int {
	if len(ws) < 1 || j >= b || ws[len(ws)-1] != j-1 || !numberHeads[strings.TrimSuffix(d.toks[j-1].Norm, ".")] {
		return j
	}
	if d.toks[j-1].Norm == "no" && len(ws) < 2 {
		return j // "the No. 1 seed": a rank, not a name
	}
	k := j
	if d.toks[k].Surface == "." && d.toks[k-1].End == d.toks[k].Start {
		k++
	}
	if k < b && d.toks[k].Kind == KindNumber && d.toks[k].Start-d.toks[k-1].End <= 1 {
		return k + 1
	}
	return j
}

// listInName reads, from the comma at token j (before e), the rest of a
// list inside an organisation's name after "of": one or more single
// capitalised words between commas, then "and" (after a comma or not) and
// one capitalised word ("…, Tobacco, Firearms and Explosives"). It
// returns the end of the list and its word tokens, or j when the words
// after the comma are no such list: a name of two words or a known
// organisation or place among them lists other bodies ("the Bureau of
// Prisons, Customs and Border Patrol", "…, and Congress").
func (d *doc) listInName(j, e int) (int, []int) {
	var words []int
	k := j
	for k < e && d.toks[k].Surface == "," {
		if k+1 < e && d.toks[k+1].Norm == "and" {
			k++
			break
		}
		if k+2 >= e || !d.capWord(k+1) {
			return j, nil
		}
		words = append(words, k+1)
		k += 2
	}
	if len(words) == 0 || k+1 >= e || d.toks[k].Norm != "and" || d.toks[k].Kind != KindWord || !d.capWord(k+1) ||
		k+2 < e && d.capWord(k+2) {
		return j, nil
	}
	words = append(words, k, k+1)
	for _, x := range words {
		n := strings.TrimSuffix(d.toks[x].Norm, ".")
		if _, place := d.l.places[n]; place || d.l.orgs[n] || d.l.pubs[n] || d.l.titleFirst[n] > 0 {
			return j, nil
		}
	}
	return k + 2, words
}

// isPlace reports whether token k is a place of the gazetteer.
func (d *doc) isPlace(k int) bool {
	_, n := d.placeAt([]int{k}, 0)
	return n == 1
}

// namedAlone reports whether a mention of the article is the word w
// alone ("Kyle" of "Chris Kyle").
func (d *doc) namedAlone(w string) bool {
	for _, m := range d.mentions {
		if len(m.words) == 1 && strings.EqualFold(m.words[0], w) {
			return true
		}
	}
	return false
}

// parenHeads are the head words that close a name holding words in
// parentheses: a law's ("European Union (Withdrawal) Bill", "Northern
// Ireland (Executive Formation) Act").
var parenHeads = map[string]bool{"bill": true, "act": true, "order": true, "regulations": true}

// parenthesisedName returns the end of a bill's or act's name that goes on
// from token j (before e) with words in parentheses: one or more groups of
// at most four capitalised words, numbers and dots ("(Withdrawal)",
// "(No. 6)"), then a capitalised head word of parenHeads and a year or
// number right after it; else j. A parenthesis no such head closes
// ("Harbour Union (HU) said") ends the name before it.
func (d *doc) parenthesisedName(j, e int) int {
	k := j
	groups := 0
	for k < e && d.toks[k].Surface == "(" {
		x := k + 1
		for x < e && x-k <= 5 && d.toks[x].Surface != ")" {
			t := &d.toks[x]
			if !(d.capWord(x) || t.Kind == KindNumber || t.Surface == ".") {
				return j
			}
			x++
		}
		if x >= e || d.toks[x].Surface != ")" || x == k+1 {
			return j
		}
		k = x + 1
		groups++
	}
	if groups == 0 || k >= e || !d.capWord(k) || !parenHeads[d.toks[k].Norm] {
		return j
	}
	k++
	if k < e && d.toks[k].Kind == KindNumber && d.toks[k].Start == d.toks[k-1].End+1 {
		k++
	}
	return k
}

// bodyCues are the common nouns that, right before a name ("the nonprofit
// Harbour Watch") or as the head of an apposition after it ("Harbour
// Watch, a lobby group"), say that the name is a body's, not a person's.
var bodyCues = map[string]bool{"nonprofit": true, "non-profit": true, "group": true, "firm": true, "company": true,
	"organization": true, "organisation": true, "charity": true, "startup": true, "website": true, "lobby": true,
	"chain": true, "retailer": true, "bakery": true, "restaurant": true, "outlet": true, "tank": true,
	"party": true, "movement": true, "newspaper": true, "magazine": true, "airline": true, "bank": true, "agency": true}

// appositionGoesOn are the words that may follow the head noun of an
// apposition ("a lobby group founded in 2008", "a firm based in Ohio").
var appositionGoesOn = map[string]bool{"that": true, "which": true, "based": true, "founded": true, "in": true, "with": true,
	"present": true, "known": true, "for": true, "from": true, "led": true, "run": true, "whose": true, "and": true, "of": true}

// bodyCueNames retypes a person the name finder only guessed (no title,
// honorific, role or known first name; though it may be called by its
// last word alone, "Health" of "Avel Health") as an organisation when the article says it is a body: a
// body noun right before a mention ("nonprofit Harbour Watch"), a
// mention after "of" or "at" that follows a lower-case title ("chief
// executive of Avel Health", "an analyst at Corran Capital"), or an
// apposition after it, with "a", "an" or "the", headed by a body noun
// ("Harbour Watch, a lobby group", "Avel Secure, the firm that …").
func (d *doc) bodyCueNames() {
	for _, e := range d.ents {
		if e.etype != Person || e.typed || len(e.roles) > 0 || len(e.mentions) == 0 {
			continue
		}
		for _, mi := range e.mentions {
			if m := &d.mentions[mi]; m.kind == MentionName && d.l.firstNames[strings.ToLower(m.words[0])] == 0 &&
				(len(m.words) >= 2 && d.bodyCueAt(m.a, m.b) || len(m.words) == 1 && d.mediaCueBefore(m.a)) {
				e.etype, e.typed = Org, true
				break
			}
		}
	}
}

// mediaCues are the nouns of news media that, right before a name of one
// word, say that it names a publication or agency ("the state news agency
// Irna", "the newspaper Haaretz", "the broadcaster Tolo").
var mediaCues = map[string]bool{"agency": true, "newspaper": true, "magazine": true, "broadcaster": true,
	"tabloid": true, "website": true, "channel": true, "network": true, "outlet": true}

// mediaCueOpeners are the words that open the noun phrase of a medium's
// noun before its name: an article, or the kind of medium ("news agency",
// "state-run newspaper"). Others ("the third agency Perry vowed to
// close") leave the name the subject of a clause of its own.
var mediaCueOpeners = map[string]bool{"the": true, "a": true, "an": true, "news": true, "state": true, "state-run": true,
	"semi-official": true, "official": true, "online": true, "local": true, "national": true, "conservative": true,
	"liberal": true, "independent": true, "opposition": true, "financial": true, "business": true}

// mediaCueBefore reports whether the words before token a, in its
// sentence, are a news medium's noun in lower case (see mediaCues) after
// an opener (see mediaCueOpeners).
func (d *doc) mediaCueBefore(a int) bool {
	s := d.sents[d.tokSent[a]]
	k := a - 1
	lower := func(k int) bool { return k >= s.a && d.toks[k].Kind == KindWord && d.toks[k].is(fLower) }
	return lower(k) && mediaCues[d.toks[k].Norm] && k-1 >= s.a && mediaCueOpeners[strings.ToLower(d.toks[k-1].Norm)]
}

// bodyCueAt reports whether the words around the name at tokens a..b say
// that it names a body (see bodyCueNames).
func (d *doc) bodyCueAt(a, b int) bool {
	s := d.sents[d.tokSent[a]]
	lower := func(k int) bool { return k >= s.a && k < s.b && d.toks[k].Kind == KindWord && d.toks[k].is(fLower) }
	if lower(a-1) && bodyCues[d.toks[a-1].Norm] {
		return true
	}
	if lower(a-1) && (d.toks[a-1].Norm == "of" || d.toks[a-1].Norm == "at") {
		for n := 1; n <= 3; n++ {
			ws := make([]int, 0, n)
			for k := a - 1 - n; k < a-1; k++ {
				if k < s.a || d.toks[k].Kind != KindWord || d.capWord(k) && !d.toks[k].is(fUpper) {
					break // a word of the title: "chief executive", "CEO"
				}
				ws = append(ws, k)
			}
			if len(ws) == n && d.l.titles[string(d.normsKey(ws))] {
				return true
			}
		}
	}
	// An apposition: ", a" or ", an", a closing quotation mark on either
	// side of the comma ("the so-called “Loud Fathers,” a group").
	closer := func(k int) bool {
		return k < s.b && d.toks[k].Kind == KindPunct && isCloser(d.toks[k].Surface) && d.toks[k].Surface != ")" && d.toks[k].Surface != "]"
	}
	k := b
	if closer(k) {
		k++
	}
	if k >= s.b || d.toks[k].Surface != "," {
		return false
	}
	if k++; closer(k) {
		k++
	}
	if k >= s.b || d.toks[k].Norm != "a" && d.toks[k].Norm != "an" && d.toks[k].Norm != "the" {
		return false
	}
	for k++; k < s.b && k < b+8 && lower(k); k++ {
		if n := d.toks[k].Norm; bodyCues[n] {
			// "a lobby group founded in 2008", "the firm that found
			// it", not "a firm believer" nor "the company's chief".
			if k+1 < s.b && strings.ContainsAny(d.toks[k+1].Surface[:1], "'’") {
				return false
			}
			return !lower(k+1) || appositionGoesOn[d.toks[k+1].Norm]
		} else if n == "of" || n == "who" || n == "whose" {
			break
		}
	}
	return false
}

// determinedNames retypes a person the name finder only guessed (see
// guessedName) that the article writes after "the" or another
// determiner ("the Vell Restoration", "the Harbour Cakeshop case", "the
// Loud Fathers", "his Harbour Address"): a person's name seldom takes a
// determiner; a place's, a group's, a
// thing's or an event's often does. With "the" before it, a word that
// may be a surname ("Park", "Hall", "Tower") is a place's head word
// ("the Olympic Park", "the Situation Room"; so after a place's
// possessive, "Denver's Olvera Park"), a plural names a group or
// a firm ("the Loud Fathers", "the Lehman Brothers"; a people's plural,
// "the North Koreans", is no body), and anything else
// is a thing when named twice and no entity when named once. "The Rodney Dangerfield of politics" (a person as a type)
// stays a person. A name ending in the plural of a faith's or party's
// members ("Uighur Muslims") names a group, with or without "the".
func (d *doc) determinedNames() {
	for _, e := range d.ents {
		w := d.guessedName(e)
		if w == nil {
			continue
		}
		if groupNouns[strings.ToLower(w[len(w)-1])] {
			e.etype, e.typed = Other, true // "Uighur Muslims": a group of people
			continue
		}
		if d.pluralTitle(w[len(w)-1]) {
			// "Republican Senators", "National Guardsmen": the plural
			// of a title or of a word for a man, so a group of people
			// that no list names; no entity.
			e.etype, e.typed = Other, true
			e.mentions = nil
			continue
		}
		for _, mi := range e.mentions {
			m := &d.mentions[mi]
			if m.kind != MentionName || len(m.words) < 2 {
				continue
			}
			last := strings.ToLower(w[len(w)-1])
			placeHead := d.l.placeHeads[last] || determinedPlaceHeads[last]
			if !d.determined(m.a, m.b) && !(placeHead && (d.placeOwns(m.a) || d.determinerBefore(m.a))) {
				// A place's head word keeps its determiner before "of"
				// ("the Cabinet Room of the White House"); a person
				// taken as a type ends in none.
				continue
			}
			switch {
			case placeHead:
				e.etype = Place
			case d.peoplePlural(m.b - 1):
				e.etype = Other // "the North Vellans": a people
			case pluralWord(last):
				e.etype = Org
			default:
				// A thing ("the Medicare Part D"), named twice or more.
				// Named once ("the Shell Food Mart", "this Harbour
				// Panther issue", "the Disney World logo") it is as often
				// a place, a firm or a phrase, which no head word tells
				// apart (on the judged names of random ABP articles,
				// abp-entity-names-s34.tsv, most were): no entity.
				e.etype = Other
				if len(e.mentions) < 2 {
					e.mentions = nil
				}
			}
			e.typed = true
			break
		}
	}
}

// headingNames drops the entities that only title-case headings name
// and that nothing but their capitals makes names: a thing (other), or a
// person the name finder only guessed (see guessedName) whose words a
// person's name does not hold ("Bomb Sent To Harbour": a function word,
// four words or more). A heading writes every word with a capital
// ("Marathon Will Continue", "SPECIAL COVERAGE: Harbour Voices"), so its
// capitals tell no name from a common word; a name typed by a list or a
// head word, or named again in a sentence of the text, stays. A guessed
// person of a heading is more often a byline's or a list's true name
// ("Matt Vespa, Townhall"). It also drops such a thing or guessed person
// that is every time a piece of a longer name (see cutEveryTime).
func (d *doc) headingNames() {
	heading := map[int]bool{}
	inHeadings := func(e *entBuild) bool {
		for _, mi := range e.mentions {
			si := int(d.tokSent[d.mentions[mi].a])
			h, ok := heading[si]
			if !ok {
				h = d.titleCase(si)
				heading[si] = h
			}
			if !h {
				return false
			}
		}
		return true
	}
	for _, e := range d.ents {
		if (e.etype == Event || e.etype == Other && len(e.mentions) == 1) && len(e.mentions) > 0 && d.commonPhrase(d.mentions[e.mentions[0]].words) {
			// "Chemical Attack" of a quoted headline beside "the
			// chemical attack", "Congressional District" beside "the
			// congressional district": an event, or a thing named once,
			// whose words the article also writes in small letters is a
			// common phrase. A thing named twice or more stays ("Trending
			// Topics" beside "trending topics", "Thin Blue Line").
			e.mentions = nil
			continue
		}
		guessed := d.guessedName(e)
		if len(e.mentions) == 0 || e.etype != Other && guessed == nil {
			continue
		}
		if d.cutEveryTime(e) || (e.etype == Other || d.notPersonLike(guessed)) && inHeadings(e) {
			e.mentions = nil
		}
	}
}

// personAt reports whether token k is part of a person's mention ("Ana
// Lind and Velm Tansk": two persons, not a name cut at "and").
func (d *doc) personAt(k int) bool {
	mi := d.mentionAt[k]
	return mi >= 0 && d.mentions[mi].etype == Person
}

// insideName reports whether the capitalised word at token k, before an
// "and" and a guessed person, is inside a longer name: its capitalised
// run follows "of", "on" or "for" after a capitalised word ("Center for
// Law and Human Behavior", "Center on Budget and Policy Priorities"), or
// it is one word that no mention holds ("Customs and Border
// Protection"); a place or a person is no piece of a longer name. "The
// Harbour Times and Jayson Vell", "Tom Vask of Ostra and Jay Lind" are
// two names.
func (d *doc) insideName(k, from int) bool {
	if mi := d.mentionAt[k]; mi >= 0 && (d.mentions[mi].etype == Place || d.mentions[mi].etype == Person) {
		return false
	}
	r := k
	for r-1 >= from && d.capWord(r-1) {
		r--
	}
	if r-2 >= from && d.capWord(r-2) {
		switch d.toks[r-1].Norm {
		case "of", "on", "for":
			return true
		}
	}
	if r != k {
		return false
	}
	return d.mentionAt[k] < 0
}

// cutEveryTime reports whether every mention of the thing e, or of a
// person only guessed (see guessedName), is a piece of a longer
// capitalised name: right after "of", "on", "for", "and" or "&" that
// follows a capitalised word, not one capitalised as the sentence's first
// nor a person's ("Convention on Harbour Munitions", "Immigration and
// Customs Enforcement"; not "Critics of Harbour Core", "Ana Lind and Velm
// Tansk"; after "and", a guessed person must follow a word inside a
// longer name, see insideName), or, for a thing, right before such a
// word and a capitalised word ("Center for Law and Human Behavior"; a
// person's name goes on with "of" and a place, "Tammy Vell of Ostra").
// Beside "and", a thing's name that its head word ends or opens is a name
// of its own ("Great Seal and Title IX", "the Harbour Act and Medicaid"). The piece names
// nothing of its own (the longer name may be a body, which the name
// finder cut at a small word).
func (d *doc) cutEveryTime(e *entBuild) bool {
	joins := func(k int) bool {
		n := d.toks[k].Norm
		return n == "of" || n == "on" || n == "for" || n == "and" || n == "&"
	}
	var headed bool
	if len(e.mentions) > 0 {
		w := d.mentions[e.mentions[0]].words
		if len(w) >= 2 && partyGroup(w[len(w)-2:]) {
			// "House Republicans and House Democrats": two groups,
			// whole; so is "U.S. Senate Republicans on Capitol Hill".
			return false
		}
		if d.l.thingNames[strings.ToLower(strings.Join(w, " "))] {
			return false // "Medicare and Social Security": two programmes, whole
		}
		headed = len(w) > 0 && (d.l.thingHeads[strings.ToLower(w[len(w)-1])] || d.l.thingHeads[strings.ToLower(w[0])])
	}
	for _, mi := range e.mentions {
		m := d.mentions[mi]
		s := d.sents[d.tokSent[m.a]]
		before := m.a-2 >= s.a && joins(m.a-1) && d.capWord(m.a-2) && !d.initialPos(m.a-2) && !d.personAt(m.a-2)
		if and := before && (d.toks[m.a-1].Norm == "and" || d.toks[m.a-1].Norm == "&"); and && e.etype != Other {
			before = d.insideName(m.a-2, s.a)
		} else if and && headed {
			before = false // "Great Seal and Title IX": two things
		}
		after := e.etype == Other && m.b+1 < s.b && joins(m.b) && d.capWord(m.b+1) && !(headed && (d.toks[m.b].Norm == "and" || d.toks[m.b].Norm == "&"))
		if !before && !after {
			return false
		}
	}
	return len(e.mentions) > 0
}

// commonPhrase reports whether the words w, two or more that no list
// of events names, stand in the article in small letters too, one after
// another ("chemical attack" for "Chemical Attack").
func (d *doc) commonPhrase(w []string) bool {
	if len(w) < 2 {
		return false
	}
	lw := make([]string, len(w))
	for j, x := range w {
		lw[j] = strings.ToLower(x)
	}
	if d.l.eventNames[strings.Join(lw, " ")] {
		return false
	}
	for i := 0; i+len(lw) <= len(d.toks); i++ {
		j := 0
		for ; j < len(lw); j++ {
			t := &d.toks[i+j]
			if t.Kind != KindWord || !t.is(fLower) || t.Norm != lw[j] {
				break
			}
		}
		if j == len(w) {
			return true
		}
	}
	return false
}

// notPersonLike reports whether the words w of a guessed person hold a
// stop word or are four words or more: a heading's words, not a name.
func (d *doc) notPersonLike(w []string) bool {
	if len(w) >= 4 {
		return true
	}
	for _, x := range w {
		if d.l.stop[strings.ToLower(x)] {
			return true
		}
	}
	return false
}

// titleCase reports whether sentence si is a heading in title case or
// capitals: three words or more, each a number or written with a capital
// but for short function words ("of", "the", "to").
func (d *doc) titleCase(si int) bool {
	s := d.sents[si]
	words := 0
	for k := s.a; k < s.b; k++ {
		t := &d.toks[k]
		if t.Kind != KindWord {
			continue
		}
		words++
		if r, _ := utf8.DecodeRuneInString(t.Surface); !unicode.IsUpper(r) && !(d.l.stop[t.Norm] && len(t.Norm) <= 4) {
			return false
		}
	}
	return words >= 3
}

// pluralTitle reports whether the word w, the last of a guessed name, is
// the plural of a title ("Senators", "Governors") or of a word for a
// man ("Guardsmen", "Congressmen").
func (d *doc) pluralTitle(w string) bool {
	w = strings.ToLower(w)
	if len(w) >= 6 && strings.HasSuffix(w, "men") && d.l.firstNames[w] == 0 {
		return true
	}
	// "Chiefs" ends a team's and the Joint Chiefs' names.
	return len(w) >= 4 && w != "chiefs" && strings.HasSuffix(w, "s") && d.l.titles[strings.TrimSuffix(w, "s")]
}

// groupNouns are the plurals of a faith's or a party's members, which end
// the name of a group of people ("Uighur Muslims", "Southern Dems"),
// never a person's name.
var groupNouns = map[string]bool{"muslims": true, "christians": true, "jews": true, "catholics": true, "evangelicals": true,
	"protestants": true, "hindus": true, "sikhs": true, "buddhists": true, "mormons": true, "dems": true, "libs": true}

// determinedPlaceHeads are the head words of places that are also
// surnames, so a place only after "the": "the National Mall".
var determinedPlaceHeads = map[string]bool{"park": true, "mall": true, "hall": true, "tower": true, "room": true, "lawn": true,
	"street": true, "zoo": true, "arena": true, "station": true, "stadium": true, "range": true, "republic": true, "garden": true,
	"gardens": true, "house": true, "center": true, "centre": true, "building": true, "palace": true, "temple": true}

// determined reports whether the name at tokens a..b has a determiner
// right before it in its sentence and is not a person taken as a type ("the
// Rodney Dangerfield of politics").
func (d *doc) determined(a, b int) bool {
	s := d.sents[d.tokSent[a]]
	if a-1 < s.a || !determiners[d.toks[a-1].Norm] {
		return false
	}
	return b >= s.b || d.toks[b].Norm != "of"
}

// determinerBefore reports whether a determiner stands right before
// token a in its sentence.
func (d *doc) determinerBefore(a int) bool {
	s := d.sents[d.tokSent[a]]
	return a-1 >= s.a && determiners[d.toks[a-1].Norm]
}

// placeOwns reports whether a known place and "'s" stand right before
// token a ("Denver's").
func (d *doc) placeOwns(a int) bool {
	s := d.sents[d.tokSent[a]]
	return a-2 >= s.a && d.toks[a-1].Norm == "'s" && d.capWord(a-2) && d.isPlace(a-2)
}

// nicknames joins a nickname made of a word and a given name ("Sleepy
// Vern", "Crooked Lena") to the person the article names in full with
// that given name ("Vern Toller"): the name finder takes the nickname for
// a person whose given name is the word. The word must be no known given
// name itself, nor a short form nicknames.txt knows ("Chris Philip" is a
// person of his own beside "Philip Lund"), nor one the article writes in small letters ("Morning Joe"
// of a show, beside "this morning"), and the given name must open the full name of one person
// of the article only. The nickname stays a form of the person; his name
// stays his full name.
func (d *doc) nicknames() {
	for ei, e := range d.ents {
		if e.etype != Person || len(e.roles) > 0 || len(e.mentions) == 0 {
			continue
		}
		given := ""
		ok := true
		for _, mi := range e.mentions {
			m := &d.mentions[mi]
			switch {
			case m.kind != MentionName || m.gender != 0 || len(m.words) > 2:
				ok = false
			case len(m.words) == 2 && !d.givenName(m.words[0]) && d.l.firstNames[strings.ToLower(m.words[1])] != 0 &&
				d.l.titleFirst[strings.ToLower(strings.TrimSuffix(m.words[0], "."))] == 0 && !d.writtenSmall(strings.ToLower(m.words[0])) &&
				(given == "" || given == m.words[1]):
				given = m.words[1]
			case len(m.words) == 1 && (given == "" || given == m.words[0]):
				given = m.words[0]
			default:
				ok = false
			}
		}
		if !ok || given == "" || strings.EqualFold(given, d.mentions[e.mentions[0]].words[0]) {
			continue
		}
		target := -1
		for fi, f := range d.ents {
			if fi == ei || f.etype != Person || len(f.mentions) == 0 || f.first != d.az.translit.token(given) || f.last == f.first {
				continue
			}
			if target >= 0 {
				target = -2 // two persons of that given name
				break
			}
			target = fi
		}
		if target < 0 {
			continue
		}
		f := d.ents[target]
		for _, mi := range e.mentions {
			m := &d.mentions[mi]
			m.entity = target
			if len(m.words) == 2 {
				m.words = m.words[1:] // the name is the given name's, not the nickname's
			}
			f.mentions = append(f.mentions, mi)
		}
		e.mentions = nil
	}
}

// determiners stand before a thing's or a group's name, seldom before a
// person's: "the Vell Restoration", "his Harbour Address", "some Tic Tocs".
var determiners = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "their": true, "our": true,
	"my": true, "its": true, "your": true, "some": true, "these": true, "those": true, "this": true, "every": true, "each": true}

// pluralWord reports whether a lower-case word has a plural's form: four
// letters or more ending in "s", not "ss", "us", "is" or "as" ("Fathers",
// not "Douglas").
func pluralWord(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && !slices.ContainsFunc([]string{"ss", "us", "is", "as"}, func(x string) bool { return strings.HasSuffix(w, x) })
}
