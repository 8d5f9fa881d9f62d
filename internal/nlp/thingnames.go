package nlp

import (
	"slices"
	"strings"
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
// "Proposition 8", "Federalist No. 65", "Section 230", "Flight 370").
var numberHeads = map[string]bool{"sb": true, "hb": true, "ab": true, "hr": true, "h.r": true, "proposition": true, "prop": true,
	"no": true, "title": true, "article": true, "section": true, "resolution": true, "flight": true, "measure": true, "initiative": true}

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
