package nlp

import (
	"cmp"
	"slices"
	"sort"
	"strings"
)

// entBuild is an entity being assembled from mentions.
type entBuild struct {
	key   string
	etype EntityType
	typed bool
	first string // folded first name token (persons)
	last  string // folded last name token (persons and single names)
	// family is the folded family name of a name written family name
	// first, before a hyphenated given name ("Kim" of "Kim Jong-un").
	family string
	// suffix is the generational suffix of a person's full name ("jr");
	// middle the middle initials of the name when persons of one given
	// name and surname are told apart by them ("hw", "w").
	suffix, middle string
	mentions       []int // mention indexes
	roles          []*roleInfo
	gender         byte
	lastPos        int // token index of the latest mention assigned so far
	// bareBefore marks a person known by a bare surname the text uses
	// before it names a relative of that surname in full (see
	// relativeOnlyLater).
	bareBefore bool
}

// nameWords drops honorific-like initials ("J.") from a person's name; a
// number stays ("Proposition 8" is not "Proposition").
func nameWords(words []string) []string {
	out := make([]string, 0, len(words))
	for _, w := range words {
		if len(strings.TrimSuffix(w, ".")) <= 1 && !strings.ContainsAny(w, "0123456789") {
			continue
		}
		out = append(out, w)
	}
	if len(out) == 0 {
		return words
	}
	return splitGivenNames(out)
}

// splitGivenNames writes a hyphenated given name as its two syllables
// ("Kim Jong-un", "Kim Jong-Un" as "Kim Jong un"), so that it keys as
// "Kim Jong Un" does.
func splitGivenNames(words []string) []string {
	var out []string // nil until a word splits
	for j, w := range words {
		if givenNameAt(words, j) {
			if out == nil {
				out = append(make([]string, 0, len(words)+1), words[:j]...)
			}
			a, b, _ := strings.Cut(w, "-")
			out = append(out, a, b)
		} else if out != nil {
			out = append(out, w)
		}
	}
	if out == nil {
		return words
	}
	return out
}

// cluster groups mentions into entities (in-article alias resolution).
func (d *doc) cluster() {
	tr := d.az.translit
	byKey := map[string]int{}
	newEnt := func(key string, t EntityType) int {
		d.ents = append(d.ents, &entBuild{key: key, etype: t, lastPos: -1})
		byKey[key] = len(d.ents) - 1
		return len(d.ents) - 1
	}
	// entityFor is the entity of key, made of type t when there is none.
	entityFor := func(key string, t EntityType) int {
		if ei, ok := byKey[key]; ok {
			return ei
		}
		return newEnt(key, t)
	}
	assign := func(mi, ei int) {
		m := &d.mentions[mi]
		e := d.ents[ei]
		m.entity = ei
		e.mentions = append(e.mentions, mi)
		if m.role != nil {
			e.roles = append(e.roles, m.role)
		}
		if m.gender != 0 && m.gender != '-' {
			e.gender = m.gender
		} else if e.gender == 0 && m.kind == MentionName && len(m.words) >= 2 {
			e.gender = d.l.firstNames[strings.ToLower(m.words[0])]
		}
		if m.typed && !e.typed {
			e.etype, e.typed = m.etype, true
		}
		if m.a > e.lastPos {
			e.lastPos = m.a
		}
	}
	full := d.fullNames()
	d.tailNames(full)
	short := d.shortFormsOne(full)
	// Pass 1: full personal names from the body.
	keys := fullKeys(full, short)
	for i, fn := range full {
		mi, m, first, last := fn.mi, &d.mentions[fn.mi], fn.first, fn.last
		if f, ok := short[first+" "+last]; ok {
			first = f
		}
		key := keys[i]
		ei, ok := byKey[key]
		if !ok {
			ei = newEnt(key, Person)
			d.ents[ei].first, d.ents[ei].last, d.ents[ei].suffix = first, last, fn.suffix
			// Two persons of one name told apart by their middle
			// initials keep the key they share ("george bush"): the
			// initials of their names tell them apart across articles.
			var mid string
			d.ents[ei].key, mid, _ = strings.Cut(key, "|")
			d.ents[ei].middle = mid
		}
		if n := len(m.words); n > 1 && givenNameAt(m.words, n-1) {
			d.ents[ei].family = tr.token(m.words[n-2])
		}
		assign(mi, ei)
	}
	persons := len(d.ents)
	// Pass 2: everything else in text order, body before title.
	order := make([]int, 0, len(d.mentions))
	for mi := range d.mentions {
		if !d.mentions[mi].weak {
			order = append(order, mi)
		}
	}
	for mi := range d.mentions {
		if d.mentions[mi].weak {
			order = append(order, mi)
		}
	}
	storms, fronts := d.stormNames(), d.orgFronts()
	for _, mi := range order {
		m := &d.mentions[mi]
		if m.entity >= 0 {
			continue
		}
		if sk, ok := storms[tr.key(strings.Join(m.words, " "))]; ok && m.kind == MentionName && m.role == nil {
			// "Hurricane Ana … Ana made landfall": the storm's name
			// alone is the storm, not a person of that given name nor
			// a place of that name.
			m.etype, m.typed = Event, true
			assign(mi, entityFor(sk, Event))
			continue
		}
		// The person named in full whose surname a one-word place or
		// body also is (-1 when none).
		sur := -1
		if len(m.words) == 1 && (m.etype == Place || m.etype == Org) {
			sur = d.fullSurnameBefore(tr.token(m.words[0]), m.a, persons)
		}
		switch {
		case m.kind == MentionRole:
			if ei := d.resolveRole(m, persons, d.quotedRanges()); ei >= 0 {
				assign(mi, ei)
			}
		case m.etype == Place && sur >= 0 && !d.possessiveAt(m.b) &&
			(d.speechNear(m.a, m.b-1) || (d.introduced(m) || d.pastVerbSubject(m)) && d.l.firstNames[d.ents[sur].first] != 0):
			// "Jim Jordan … “…,” Jordan said": the person of that
			// surname speaks, not the country; so does "Julie Ferguson …
			// Ferguson, the therapist, said", not the city, when the
			// person's first name is a known one, or when the surname is
			// the doer of a verb in the past ("Jordan grilled Cohen",
			// "As Jordan listed …").
			m.etype = Person
			assign(mi, sur)
		case m.etype == Org && sur >= 0 && !d.outletReading(m) && d.l.firstNames[d.ents[sur].first] != 0:
			// "Michael Bloomberg … “…,” Bloomberg said": the person of
			// that surname, not the outlet or company of that name, when
			// the person's first name is a known one ("White House
			// Twitter" is no person whose surname "Twitter" takes).
			m.etype = Person
			assign(mi, sur)
		case m.etype == Place:
			key := "place:" + tr.key(m.place)
			ei, ok := byKey[key]
			if !ok {
				if m.weak {
					continue
				}
				ei = newEnt(key, Place)
			}
			assign(mi, ei)
		default:
			w := nameWords(m.words)
			if mid := middleOf(m.words, m.words[0]); len(w) == 1 && mid != "" && m.etype != Org {
				// "George W." cut from its surname: the person of that
				// given name and those initials.
				if ei := d.givenAndMiddle(tr.token(w[0]), mid, persons); ei >= 0 {
					assign(mi, ei)
					continue
				}
			}
			if len(w) == 1 && m.etype != Org {
				if ei := d.matchName(tr.token(w[0]), m.a, persons, m.gender, m.role); ei >= 0 {
					assign(mi, ei)
					continue
				}
				if ok, hk := fronts[tr.key(w[0])]; hk && m.etype == Person && !m.typed && m.role == nil && d.l.firstNames[strings.ToLower(w[0])] == 0 {
					// "Darden Restaurants … Darden said": the firm's
					// first word alone is the firm, not a person no
					// name of the article gives in full.
					m.etype, m.typed = Org, true
					assign(mi, entityFor(ok, Org))
					continue
				}
			}
			if len(w) == 2 && m.etype != Org && generational(tr.token(w[1])) {
				// "Trump Jr." or "Donald Jr." after "Donald Trump Jr.":
				// the person of that name and suffix.
				if ei := d.suffixedName(tr.token(w[0]), tr.token(w[1]), persons); ei >= 0 {
					assign(mi, ei)
					continue
				}
			}
			if particleSurname(w) && m.etype != Org {
				// "Van Drew" after "Jeff Van Drew": the surname alone.
				if ei := d.matchName(tr.token(w[len(w)-1]), m.a, persons, m.gender, m.role); ei >= 0 {
					assign(mi, ei)
					continue
				}
			}
			key := strings.ToLower(string(m.etype)) + ":" + tr.key(strings.Join(trimThe(w), " "))
			if m.etype == Person || m.etype == Other {
				key = "name:" + tr.key(strings.Join(w, " "))
			}
			ei, ok := byKey[key]
			if !ok {
				if m.weak {
					continue
				}
				ei = newEnt(key, m.etype)
				if len(w) == 1 {
					d.ents[ei].last = tr.token(w[0])
					if m.etype == Person && d.relativeOnlyLater(d.ents[ei].last, m.a, persons) {
						d.ents[ei].bareBefore = true
					}
				}
			}
			if m.etype == Person && d.ents[ei].etype == Other {
				d.ents[ei].etype = Person
			}
			if len(w) == 1 && m.etype == Other && d.ents[ei].etype == Other && d.suffixedSurname(tr.token(w[0]), persons) {
				// "Lund" the son did not take (see
				// surnameBeforeSuffixed): the surname of another
				// person of his family, most likely the father.
				d.ents[ei].etype, d.ents[ei].typed = Person, true
			}
			assign(mi, ei)
		}
	}
}

// fullName is a person mention that names a given name and a surname:
// its index in doc.mentions and the match keys of both, the generational
// suffix after the surname ("jr" of "Donald Trump Jr.") and the middle
// initials between them ("hw" of "George H.W. Bush"), each "" when the
// name has none.
type fullName struct {
	mi                  int
	first, last, suffix string
	middle              string
}

// fullNames lists, in text order, the strong person mentions of two or
// more name words with the keys of their first and last name words. A
// generational suffix is no surname: "Donald Trump Jr." has the surname
// "trump" and the suffix "jr"; a surname or given name with a suffix
// only ("Trump Jr.", "Donald Jr.") is no full name (see suffixedName).
func (d *doc) fullNames() []fullName {
	tr := d.az.translit
	var out []fullName
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.weak || m.kind != MentionName || m.etype != Person {
			continue
		}
		w := nameWords(m.words)
		if len(w) < 2 || particleSurname(w) {
			continue
		}
		fn := fullName{mi: mi, first: tr.token(w[0]), last: tr.token(w[len(w)-1])}
		if generational(fn.last) {
			if len(w) == 2 {
				continue
			}
			fn.suffix, fn.last = fn.last, tr.token(w[len(w)-2])
		}
		fn.middle = middleOf(m.words, w[0])
		out = append(out, fn)
	}
	return out
}

// tailNames gives a name of two or more words that is the tail of a
// fuller name in the article ("Blasey Ford" beside "Christine Blasey
// Ford", "Lopez Ruiz" beside "Ana Lopez Ruiz") the keys of that fuller
// name, so that both are one person: a double surname written without
// the given name. It does so only when the fuller name opens with a
// known given name (not "Marshal Ri Chol-un", a title the mention took
// in), or with one word before the tail that the language data knows as
// nothing else (unlistedGiven: "Enrique" of "Enrique Peña Nieto"), the tail's first word is none ("Paul Jones" beside "John Paul
// Jones" may be another person; a given name only nicknames.txt knows
// bars only a fuller name that opens with a given name: "Franklin Marsh"
// beside "William Franklin Marsh", not "Al Lund" beside a "Reverend Al
// Lund" whose title the finder took in), the words before the tail are no
// person the article names apart (a photo credit glued to a name), and
// every fuller name it ends has one key.
func (d *doc) tailNames(full []fullName) {
	tr := d.az.translit
	words := make([][]string, len(full))
	for i, fn := range full {
		for _, w := range nameWords(d.mentions[fn.mi].words) {
			words[i] = append(words[i], tr.token(w))
		}
	}
	var tw *textWords // read when a name first needs it
	named := map[string]bool{}
	for _, w := range words {
		named[strings.Join(w, " ")] = true
	}
	for i := range full {
		wi := words[i]
		head := d.mentions[full[i].mi].words[0]
		if len(wi) < 2 || d.listedGiven(head) {
			continue
		}
		// A given name only nicknames.txt knows ("Franklin", "Al"): a
		// second given name after a given name ("William Franklin Marsh",
		// whose son is "Franklin Marsh") is no double surname's first part.
		nick := d.givenName(head)
		target := -1
		for j := range full {
			wj := words[j]
			given := d.givenName(d.mentions[full[j].mi].words[0])
			if len(wj) <= len(wi) || !slices.Equal(wj[len(wj)-len(wi):], wi) ||
				!given && !d.unlistedHead(full[j].mi, len(wi), &tw) || nick && given ||
				named[strings.Join(wj[:len(wj)-len(wi)], " ")] {
				continue // "Carl Moss Ivo Lund" of a credit glued to a name, with Carl Moss named apart
			}
			if target >= 0 && (full[target].first != full[j].first || full[target].last != full[j].last ||
				full[target].suffix != full[j].suffix || full[target].middle != full[j].middle) {
				target = -2
				break
			}
			target = j
		}
		if target >= 0 {
			t := full[target]
			full[i].first, full[i].last, full[i].suffix, full[i].middle = t.first, t.last, t.suffix, t.middle
		}
	}
}

// textWords are the words a text writes in lower case and the last
// words it calls a person by alone, read once per article for
// unlistedHead.
type textWords struct {
	lower, bare map[string]bool
}

// textWords reads the lower-case words of the text and the single-word
// names of its persons (and of mentions of no sure type).
func (d *doc) textWords() *textWords {
	tw := &textWords{lower: map[string]bool{}, bare: map[string]bool{}}
	for k := range d.toks {
		if t := &d.toks[k]; t.Kind == KindWord && t.is(fLower) {
			tw.lower[t.Norm] = true
		}
	}
	tr := d.az.translit
	for i := range d.mentions {
		if m := &d.mentions[i]; m.kind == MentionName && m.etype != Org && m.etype != Place {
			if mw := nameWords(m.words); len(mw) == 1 {
				tw.bare[tr.token(mw[0])] = true
			}
		}
	}
	return tw
}

// unlistedHead reports whether the person mention mi is a given name
// the language data lacks before a double surname of n words: n is 2,
// one word before it that lang.unlistedGiven accepts and the text never
// writes in lower case (a common word glued on: "Journalist",
// "Assembly"), no mention of the article is the last word alone (a text
// that says "Romney said" or "Dr Lee" reads the word before the surname
// as a given name: "Mitt Romney" after a glued "Senators"), and a tail
// not written family name first ("Ri Chol-un" after "Marshal": the word
// before a family-first name is a title, not a given name). tw is read
// on the first call that needs it.
func (d *doc) unlistedHead(mi, n int, tw **textWords) bool {
	raw := d.mentions[mi].words
	for j := 2; j < len(raw); j++ {
		if givenNameAt(raw[1:], j-1) {
			return false
		}
	}
	w := nameWords(raw)
	if n != 2 || len(w) != 3 || !d.l.unlistedGiven(w[0]) {
		return false
	}
	if *tw == nil {
		*tw = d.textWords()
	}
	return !(*tw).lower[strings.ToLower(w[0])] && !(*tw).bare[d.az.translit.token(w[2])]
}

// givenName reports whether w is a known given name, as written or
// without its accents ("Jesús" as "Jesus"): one of first_names.txt or
// one nicknames.txt gives short or formal forms of ("Franklin", "Frank").
func (d *doc) givenName(w string) bool {
	return d.listedGiven(w) || len(d.l.nicknames[strings.ToLower(w)]) > 0 || len(d.l.nicknames[d.az.translit.token(w)]) > 0
}

// listedGiven reports whether w is a given name of first_names.txt, as
// written or without its accents.
func (d *doc) listedGiven(w string) bool {
	return d.l.firstNames[strings.ToLower(w)] != 0 || d.l.firstNames[d.az.translit.token(w)] != 0
}

// middleOf returns the initials written right after the given name first
// in the name words ws ("hw" of "George H.W. Bush", "w" of "George W.
// Bush"), or "".
func middleOf(ws []string, first string) string {
	mid := ""
	for i, w := range ws {
		if w != first {
			continue
		}
		for _, x := range ws[i+1:] {
			in, ok := initials(x)
			if !ok || len(strings.TrimSuffix(x, ".")) > 1 && !strings.Contains(x, ".") {
				break
			}
			mid += in
		}
		break
	}
	return mid
}

// fullKeys returns the match key of each full name: "first last", with
// the suffix after it when there is one ("donald trump jr", so that
// Donald Trump Jr. is not Donald Trump); a generation's numeral only
// when the article writes the name with another suffix too (see
// generationNumerals). When the article gives one key
// two sets of middle initials ("George H.W. Bush", "George W. Bush"),
// each set is a person of its own, and a name without any ("George
// Bush") could be either: it is a name of its own, joined to neither.
func fullKeys(full []fullName, short map[string]string) []string {
	keys := make([]string, len(full))
	mids := map[string][]string{}     // key -> middle initials, in text order
	suffixes := map[string][]string{} // "first last" -> suffixes written with it
	for i, fn := range full {
		first := fn.first
		if f, ok := short[first+" "+fn.last]; ok {
			first = f
		}
		keys[i] = first + " " + fn.last
		if fn.suffix != "" && !slices.Contains(suffixes[keys[i]], fn.suffix) {
			suffixes[keys[i]] = append(suffixes[keys[i]], fn.suffix)
		}
	}
	for i, fn := range full {
		if fn.suffix != "" && (!generationNumerals[fn.suffix] || len(suffixes[keys[i]]) > 1) {
			// A numeral ("Robert S. Mueller III") is the plain name's
			// person ("Robert Mueller") unless the article writes the
			// name with another suffix too ("Martin Luther King Jr."
			// and "Martin Luther King III"); "Jr." and "Sr." always
			// tell son from father.
			keys[i] += " " + fn.suffix
		}
		if fn.middle != "" && !slices.Contains(mids[keys[i]], fn.middle) {
			mids[keys[i]] = append(mids[keys[i]], fn.middle)
		}
	}
	for i, fn := range full {
		if ms := mids[keys[i]]; len(ms) >= 2 {
			keys[i] += "|" + fn.middle
		}
	}
	return keys
}

// shortFormsOne maps "first last" of a person named in full to the given
// name of the person's first full naming when the text names exactly two
// given names with that surname and one is a short form of the other
// ("Bill Lee" and "William Lee"): one person. With a third given name of
// the surname, or two that are no pair, each stays apart.
func (d *doc) shortFormsOne(full []fullName) map[string]string {
	firsts := map[string][]string{} // surname -> given names in text order
	for _, fn := range full {
		if !slices.Contains(firsts[fn.last], fn.first) {
			firsts[fn.last] = append(firsts[fn.last], fn.first)
		}
	}
	out := map[string]string{}
	for last, fs := range firsts {
		if len(fs) == 2 && d.l.nicknames[fs[0]][fs[1]] {
			out[fs[1]+" "+last] = fs[0]
		}
	}
	return out
}

func trimThe(w []string) []string {
	if len(w) > 1 && strings.EqualFold(w[0], "the") {
		return w[1:]
	}
	return w
}

// matchName finds the person whose first or last name is w. A surname
// beats a first name. Of the persons of one surname named before token
// pos, the one named first is the article's: news writing calls a second
// person of that surname by the first name ("Ivanka") once the first has
// the surname to itself ("Trump"). Of the persons of one first name, the
// one mentioned most recently before pos. With none named before pos,
// the first one. A person named with a generational suffix ("Donald
// Trump Jr.") takes the bare surname only after that naming, with no
// title the person was not given and when the article never calls him
// by a short form with the suffix ("Trump Jr."), and yields it to one of
// that surname named without. A mention whose honorific tells a gender g ("Mr.
// Trump") never matches a person of the other ("Ivanka Trump"), nor a
// person the surname names before a relative of that surname named in
// full (bareBefore) whose gender the text does not tell when one of its
// gender is named in full ("Mrs. Obama" after "President Obama" and
// "first lady Michelle Obama"), and one
// whose title tells a role ("President Trump") never a person named only
// later with another role ("first lady Melania Trump"): it is a person of
// its own, whom the bare surname after it then means (see
// surnameOnly). A surname of two persons of one given name told apart
// only by their middle initials ("George H.W. Bush", "George W. Bush")
// matches neither: the bare "Bush" could be either, and stays a name of
// its own.
func (d *doc) matchName(w string, pos, persons int, g byte, role *roleInfo) int {
	if d.middlesShare(w, persons) {
		return -1
	}
	if d.relativeOnlyLater(w, pos, persons) {
		return -1
	}
	unintroduced := role != nil && d.unintroducedSurname(w, pos, persons)
	best, bestRank := -1, -2
	for ei := 0; ei < len(d.ents); ei++ {
		e := d.ents[ei]
		if e.last != w && e.first != w && e.family != w {
			continue
		}
		if ei >= persons && !d.surnameOnly(ei, w) {
			continue
		}
		if unintroduced && ei < persons && (e.last == w || e.family == w) && !sameTitle(e.roles, role) {
			continue
		}
		if genderClash(g, e.gender) {
			continue
		}
		if ei >= persons && e.bareBefore && e.gender == 0 && d.namedOfGender(w, g, persons) {
			// "President Lund … first lady Anna Lund … Mrs. Lund": the
			// surname before a relative named later is another person
			// (see relativeOnlyLater), of no gender the text tells; the
			// honorific's goes to the person of that surname and gender
			// named in full.
			continue
		}
		if role != nil && ei < persons && !d.namedBefore(ei, pos) && otherRole(e.roles, role) {
			continue
		}
		if ei < persons && g != e.gender && !d.namedBefore(ei, pos) && d.otherGenderBefore(ei, w) {
			// "President Lund … Mr. Lund … Anna Lund": before the
			// full name, an honorific of the other gender told that
			// the surname was another person's. A mention of her
			// own gender ("Mrs. Lund" after "Mr. Lund") is still
			// hers.
			continue
		}
		first, last := -1, -1
		for _, mi := range e.mentions {
			if a := d.mentions[mi].a; a < pos {
				if first < 0 || a < first {
					first = a
				}
				if a > last {
					last = a
				}
			}
		}
		rank := last
		if e.last == w || e.family == w {
			// A surname beats a first name; a surname without a
			// generational suffix beats one with it: the writer calls
			// the son "Trump Jr." to tell him from the "Trump" alone.
			rank = 2 * len(d.toks)
			if e.suffix != "" {
				if first < 0 || role != nil && (len(e.roles) == 0 || otherRole(e.roles, role)) || d.suffixShort(e) || d.surnameBeforeSuffixed(w, e) {
					// "Trump" before "Donald Trump Jr.", and "President
					// Trump" anywhere, are not the son.
					continue
				}
				rank = len(d.toks)
			}
			if first >= 0 {
				rank += len(d.toks) - first
			}
		}
		if rank > bestRank {
			best, bestRank = ei, rank
		}
	}
	if best >= 0 && best < persons && (d.ents[best].last == w || d.ents[best].family == w) {
		if k := d.kinSurname(w, pos, persons, best); k != best && d.kinAllowed(k, g, role) {
			return k
		}
	}
	return best
}

// otherGenderBefore reports whether, before the first naming of person
// ei (named in full with surname w, of a gender the text tells), the
// article writes the surname alone after an honorific of the other
// gender ("President Lund … Mr. Lund … When Anna Lund visits"): the
// surname written before her full name is another person, a man, not
// her.
func (d *doc) otherGenderBefore(ei int, w string) bool {
	e := d.ents[ei]
	if e.gender != 'm' && e.gender != 'f' {
		return false
	}
	first := -1
	for _, mi := range e.mentions {
		if a := d.mentions[mi].a; first < 0 || a < first {
			first = a
		}
	}
	tr := d.az.translit
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.a < first && m.kind == MentionName && len(m.words) == 1 && genderClash(m.gender, e.gender) && tr.token(m.words[0]) == w {
			return true
		}
	}
	return false
}

// namedOfGender reports whether a person named in full with surname w
// (of the first persons entities) is of gender g, 'm' or 'f'.
func (d *doc) namedOfGender(w string, g byte, persons int) bool {
	if g != 'm' && g != 'f' {
		return false
	}
	for ei := 0; ei < persons; ei++ {
		if e := d.ents[ei]; (e.last == w || e.family == w) && e.gender == g {
			return true
		}
	}
	return false
}

// unintroducedSurname reports whether the surname w at token pos comes
// before every person named in full with it and two or more are: the
// writer has not said which of them a titled "President Lund" is (the
// president of the opening, later his daughter-in-law and his brother
// named in full), so matchName takes it for none of them but a person
// of its own (see surnameOnly), whom the bare "Lund" after it then
// means. Without a title the bare surname keeps to the rules of
// matchName: with no person of its own to take it, it would be no one.
func (d *doc) unintroducedSurname(w string, pos, persons int) bool {
	n := 0
	for ei := 0; ei < persons; ei++ {
		if e := d.ents[ei]; e.last == w || e.family == w {
			if d.namedBefore(ei, pos) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// middlesShare reports whether two persons named in full have the
// surname w and one given name but different middle initials.
func (d *doc) middlesShare(w string, persons int) bool {
	mids := map[string]string{} // given name -> middle initials
	for ei := 0; ei < persons; ei++ {
		e := d.ents[ei]
		if e.last != w || e.middle == "" {
			continue
		}
		if m, ok := mids[e.first]; ok && m != e.middle {
			return true
		}
		mids[e.first] = e.middle
	}
	return false
}

// suffixedName returns the one person named in full with the generational
// suffix sfx whose surname or given name is w ("Trump Jr." and "Donald
// Jr." of Donald Trump Jr.), or -1 when there is none or more than one.
func (d *doc) suffixedName(w, sfx string, persons int) int {
	found := -1
	for ei := 0; ei < persons; ei++ {
		if e := d.ents[ei]; e.suffix == sfx && (e.last == w || e.first == w || d.l.nicknames[e.first][w]) {
			if found >= 0 {
				return -1
			}
			found = ei
		}
	}
	return found
}

// suffixShort reports whether the article calls the suffixed person e by
// a short form with the suffix ("Trump Jr.", "Don Jr."): the writer tells
// him apart so, and the bare surname is someone else's.
func (d *doc) suffixShort(e *entBuild) bool {
	tr := d.az.translit
	for i := range d.mentions {
		w := d.mentions[i].words
		if len(w) != 2 || d.mentions[i].etype != Person || tr.token(w[1]) != e.suffix {
			continue
		}
		if x := tr.token(w[0]); x == e.last || x == e.first || d.l.nicknames[e.first][x] {
			return true
		}
	}
	return false
}

// surnameBeforeSuffixed reports whether the surname w of the suffixed
// person e is written with a capital before the article first names e
// ("the Lund campaign", "a Lund adviser" before "Ivo Lund Jr."): the
// surname stood for someone else, most likely the father, before the
// son came in, and the bare surname after goes on meaning him, not the
// son. The title, which names the son by surname before the text names
// him in full ("Lund taps two aides"), does not count.
func (d *doc) surnameBeforeSuffixed(w string, e *entBuild) bool {
	tr := d.az.translit
	first := -1
	for _, mi := range e.mentions {
		if a := d.mentions[mi].a; first < 0 || a < first {
			first = a
		}
	}
	if d.capFirst == nil {
		// Read once for all the surnames asked about: asked for each
		// bare surname, reading the tokens before the son each time
		// grew with mentions times tokens.
		d.capFirst = map[string]int{}
		for k := range d.toks {
			if t := &d.toks[k]; t.para != TitlePara && t.Kind == KindWord && t.is(fCap) {
				v := tr.token(t.Surface)
				if _, seen := d.capFirst[v]; !seen {
					d.capFirst[v] = k
				}
			}
		}
	}
	k, ok := d.capFirst[w]
	return ok && k < first
}

// suffixedSurname reports whether a person named in full with a
// generational suffix has the surname w.
func (d *doc) suffixedSurname(w string, persons int) bool {
	for ei := 0; ei < persons; ei++ {
		if e := d.ents[ei]; e.suffix != "" && e.last == w {
			return true
		}
	}
	return false
}

// givenAndMiddle returns the one person named in full whose given name
// is first and whose middle initials, which tell apart two persons of one
// name, are mid; -1 when there is none or more than one.
func (d *doc) givenAndMiddle(first, mid string, persons int) int {
	found := -1
	for ei := 0; ei < persons; ei++ {
		if e := d.ents[ei]; e.first == first && e.middle == mid {
			if found >= 0 {
				return -1
			}
			found = ei
		}
	}
	return found
}

// fullSurnameBefore returns the person named in full (given name and
// surname) before token pos whose surname is w, the first so named; -1
// when there is none.
func (d *doc) fullSurnameBefore(w string, pos, persons int) int {
	best, bestPos := -1, pos
	for ei := 0; ei < persons; ei++ {
		e := d.ents[ei]
		if e.etype != Person || e.last != w || e.first == "" || e.first == e.last {
			continue
		}
		for _, mi := range e.mentions {
			if a := d.mentions[mi].a; a < bestPos {
				best, bestPos = ei, a
			}
		}
	}
	return best
}

// outletReading reports whether a one-word org mention reads as an outlet
// or a company even where a person of that surname is named: it reports
// ("Bloomberg reported", "Bloomberg reports"), is told or cited ("told
// Bloomberg", "to Bloomberg", "according to Bloomberg", "per Bloomberg",
// "via Bloomberg", "with Bloomberg"), is written with "the" ("the Hill")
// or is a short acronym ("UN" beside "Kim Jong Un").
func (d *doc) outletReading(m *mention) bool {
	if t := &d.toks[m.a]; t.is(fUpper) && len(t.Norm) <= 3 {
		return true // "UN" is no "Kim Jong Un"
	}
	if k := m.a - 1; k >= 0 && d.toks[k].para == d.toks[m.a].para && d.toks[k].Norm == "the" {
		return true // "the Hill", "the Nation": the outlet, not Anita Hill
	}
	if m.b < len(d.toks) && d.toks[m.b].para == d.toks[m.a].para {
		switch d.toks[m.b].Norm {
		case "reported", "reports", "reporting", "report", "news":
			return true
		}
	}
	if k := m.a - 1; k >= 0 && d.toks[k].para == d.toks[m.a].para {
		switch d.toks[k].Norm {
		case "told", "to", "per", "via", "with", "from", "at", "tells", "telling":
			return true
		}
	}
	return false
}

// resolveRole finds the person a role mention stands for: one the text
// gave the same role (same title, and same place when the mention names
// one) and named before the mention outside quotation marks (quoted
// marks those tokens), the most recent. When the text introduces an
// unnamed holder of the title in or after the sentence that last names
// that person ("A Democratic senator said Lund …" before "…," the
// senator added), the role may be that holder's: -1.
func (d *doc) resolveRole(m *mention, persons int, quoted quoteRanges) int {
	best, bestPos := -1, -2
	for ei := 0; ei < persons || ei < len(d.ents); ei++ {
		e := d.ents[ei]
		if e.etype != Person {
			continue
		}
		ok := false
		for _, r := range e.roles {
			if m.role.place != "" && r.place != m.role.place {
				continue
			}
			if r.title == m.role.title || (m.role.place != "" && (m.role.title == "leader" || r.title == "leader")) {
				ok = true
				break
			}
		}
		if !ok {
			continue
		}
		p := -1
		for _, mi := range e.mentions {
			if a := d.mentions[mi].a; a < m.a && a > p && !quoted.has(a) {
				p = a
			}
		}
		// A person named only after the role mention is not who it
		// means: "…," the president tweeted, of Trump, before a quotation
		// of his own about "President Obama" gave Obama the title.
		if p >= 0 && p > bestPos {
			best, bestPos = ei, p
		}
	}
	if best >= 0 && d.unnamedHolder(d.sents[d.tokSent[bestPos]].a, m.a, m.role.title, quoted) {
		return -1
	}
	return best
}

// unnamedHolder reports whether, from token from up to token to and
// outside quotation marks, the text introduces an unnamed holder of a one-word
// title: the title in lower case after "a", "an", "another" or "one"
// within three words of its sentence ("a Democratic senator", "another
// senior senator").
func (d *doc) unnamedHolder(from, to int, title string, quoted quoteRanges) bool {
	if strings.Contains(title, " ") {
		return false
	}
	for k := max(from, 0); k < to && k < len(d.toks); k++ {
		t := &d.toks[k]
		if t.Norm != title || !t.is(fLower) || quoted.has(k) {
			continue
		}
		for j := k - 1; j >= k-3 && j >= 0 && d.tokSent[j] == d.tokSent[k]; j-- {
			switch d.toks[j].Norm {
			case "a", "an", "another", "one":
				return true
			}
		}
	}
	return false
}

// quoteRanges are the token ranges [open, close) of a text's top-level
// quotations as findQuotes pairs them, in text order; not nil once read.
type quoteRanges [][2]int

// quoteRanges returns the token ranges within the text's quotation marks.
func (d *doc) quoteRanges() quoteRanges {
	out := quoteRanges{}
	for _, r := range d.rawQuotes() {
		for _, p := range r.parts {
			out = append(out, [2]int{p.open, p.close})
		}
	}
	slices.SortFunc(out, func(a, b [2]int) int { return cmp.Compare(a[0], b[0]) })
	return out
}

// has reports whether token k stands within quotation marks.
func (q quoteRanges) has(k int) bool {
	// The ranges of top-level quotations do not overlap: only the last
	// one opened at or before k may hold it.
	i, _ := slices.BinarySearchFunc(q, k, func(r [2]int, k int) int { return cmp.Compare(r[0], k+1) })
	return i > 0 && k < q[i-1][1]
}

// nameText is the name of a mention as the text writes it, from its first
// name word (after any title or honorific) to its end: "Mara J. Holt" of
// "Dr. Mara J. Holt".
func (d *doc) nameText(m *mention) string {
	if k := m.b - 2; k > m.a && d.toks[k].Surface == "," && generational(strings.TrimSuffix(d.toks[k+1].Norm, ".")) {
		// "Carl Voss, Jr." (see suffixAfterComma): the name is "Carl
		// Voss Jr", as written without the comma.
		return d.spanText(m.a, k) + " " + d.spanText(k+1, m.b)
	}
	if len(m.words) == 0 {
		return d.spanText(m.a, m.b)
	}
	for k := m.a; k < m.b; k++ {
		if d.toks[k].Surface == m.words[0] {
			return d.spanText(k, m.b)
		}
	}
	return strings.Join(m.words, " ")
}

// quotedNickname returns the display name of an entity whose longest
// name is longest, and outside its longest name written outside
// quotations: when the longest only adds words in front of a full name
// the writer uses ("Little Adam Schiff" in a quoted tweet, "Adam Schiff"
// in the text), the added words are a nickname someone else gave, and
// the writer's name is shown; when the writer gives the surname alone,
// an epithet in front of a known given name is dropped. A surname alone
// outside quotations does not displace a full name quoted ("Schiff"
// beside a quoted "Adam Schiff").
func (d *doc) quotedNickname(longest, outside string) string {
	if outside == "" || outside == longest || !strings.HasSuffix(longest, " "+outside) {
		return longest
	}
	if strings.Contains(outside, " ") {
		return outside
	}
	// The writer gives the surname alone: drop a quoted epithet in front
	// of a given name ("Little Adam Schiff" → "Adam Schiff").
	ws := strings.Fields(longest)
	if len(ws) >= 3 && epithets[strings.ToLower(ws[0])] && d.l.firstNames[strings.ToLower(ws[1])] != 0 {
		return strings.Join(ws[1:], " ")
	}
	return longest
}

// epithets are the words a politician's nickname for a rival puts before
// the rival's name ("Little Adam Schiff", "Crooked Hillary Clinton").
var epithets = map[string]bool{"little": true, "liddle": true, "crooked": true, "sleepy": true, "crazy": true,
	"lyin'": true, "lyin’": true, "cryin'": true, "cryin’": true, "shifty": true, "sloppy": true, "phony": true,
	"mini": true, "nervous": true, "pocahontas": true}

// quotedTokens marks the tokens that stand inside a quotation of the
// analysis (its parts' spans), in one pass over the tokens.
func (d *doc) quotedTokens() []bool {
	parts := map[int][]Span{}
	for _, q := range d.out.Quotes {
		for _, p := range q.Parts {
			parts[p.Para] = append(parts[p.Para], p)
		}
	}
	out := make([]bool, len(d.toks))
	if len(parts) == 0 {
		return out
	}
	for k := range d.toks {
		t := &d.toks[k]
		for _, p := range parts[t.para] {
			if t.Start >= p.Start && t.End <= p.End {
				out[k] = true
				break
			}
		}
	}
	return out
}

// untypable reports whether e is a lone capitalised word that nothing
// typed: no list knows it, no role introduces it, nobody says anything,
// and no fuller name of the article takes it in ("Oversight", "Bend",
// "Antisemitism"). Such a word is more often a concept or a heading than
// a name, and what it names cannot be told: it is no entity.
func (d *doc) untypable(e *entBuild) bool {
	if e.etype != Other || e.typed {
		return false
	}
	for _, mi := range e.mentions {
		if m := d.mentions[mi]; m.kind != MentionName || len(m.words) != 1 {
			return false
		}
	}
	return true
}

// emitEntities writes the entities, ordered by first mention, to the
// output and renumbers entity references.
func (d *doc) emitEntities() {
	type firstAt struct{ ei, pos int }
	var order []firstAt
	for ei, e := range d.ents {
		if len(e.mentions) == 0 || d.untypable(e) {
			continue
		}
		p := len(d.toks)
		for _, mi := range e.mentions {
			p = min(p, d.mentions[mi].a)
		}
		order = append(order, firstAt{ei, p})
	}
	sort.Slice(order, func(i, j int) bool { return order[i].pos < order[j].pos })
	newID := make([]int, len(d.ents))
	for i := range newID {
		newID[i] = -1
	}
	d.out.Entities = make([]Entity, len(order))
	quoted := d.quotedTokens()
	for id, o := range order {
		newID[o.ei] = id
		e := d.ents[o.ei]
		sort.Slice(e.mentions, func(i, j int) bool { return d.mentions[e.mentions[i]].a < d.mentions[e.mentions[j]].a })
		key := e.key
		if _, k, ok := strings.Cut(key, ":"); ok {
			key = k
		}
		out := Entity{ID: id, Type: e.etype, Key: key}
		for _, k := range d.extraKeys[o.ei] {
			if _, k2, ok := strings.Cut(k, ":"); ok {
				k = k2
			}
			if k != key && !slices.Contains(out.Keys, k) {
				out.Keys = append(out.Keys, k)
			}
		}
		outside := "" // the longest name written outside quotations
		formIdx := map[string]int{}
		aliasSeen := map[string]bool{}
		for _, mi := range e.mentions {
			m := &d.mentions[mi]
			text := d.spanText(m.a, m.b)
			out.Mentions = append(out.Mentions, Mention{Span: d.span(m.a, m.b), Text: text, Kind: m.kind, Sentence: int(d.tokSent[m.a])})
			if m.role != nil && !aliasSeen[m.role.text] {
				aliasSeen[m.role.text] = true
				out.Aliases = append(out.Aliases, m.role.text)
			}
			if m.kind != MentionName {
				continue
			}
			if i, ok := formIdx[text]; ok {
				out.Forms[i].Count++
			} else {
				formIdx[text] = len(out.Forms)
				out.Forms = append(out.Forms, Form{Text: text, Count: 1})
			}
			name := d.nameText(m)
			if len(name) > len(out.Name) {
				out.Name = name
			}
			if len(name) > len(outside) && !quoted[m.a] {
				outside = name
			}
		}
		out.Name = d.quotedNickname(out.Name, outside)
		if out.Name == "" && len(out.Forms) > 0 {
			out.Name = out.Forms[0].Text
		}
		d.out.Entities[id] = out
	}
	for i := range d.out.Quotes {
		if sp := d.out.Quotes[i].Speaker; sp != nil && sp.Entity >= 0 {
			sp.Entity = newID[sp.Entity]
			with := sp.With[:0]
			for _, e := range sp.With {
				if id := newID[e]; id >= 0 && id != sp.Entity {
					with = append(with, id)
				}
			}
			sp.With = nil
			if len(with) > 0 {
				sp.With = with
			}
		}
	}
}

// surnameOnly reports whether entity ei, made after the full names, is a
// person the text names by surname w and a title only ("President
// Trump"), or by the bare surname w before it names a relative of that
// surname in full (bareBefore: "Lund said … his wife, Ada Lund").
func (d *doc) surnameOnly(ei int, w string) bool {
	e := d.ents[ei]
	return e.etype == Person && e.first == "" && e.last == w && (len(e.roles) > 0 || e.bareBefore)
}

// namedBefore reports whether entity ei has a mention before token pos.
func (d *doc) namedBefore(ei, pos int) bool {
	for _, mi := range d.ents[ei].mentions {
		if d.mentions[mi].a < pos {
			return true
		}
	}
	return false
}

// sameTitle reports whether roles holds role's title.
func sameTitle(roles []*roleInfo, role *roleInfo) bool {
	for _, r := range roles {
		if r.title == role.title {
			return true
		}
	}
	return false
}

// otherRole reports whether roles holds a title and none is role's.
func otherRole(roles []*roleInfo, role *roleInfo) bool {
	return len(roles) > 0 && !sameTitle(roles, role)
}

// pastVerbSubject reports whether mention m, neither possessive nor after
// a preposition, comes right before a verb in the past in "-ed" ("Jordan
// grilled", "As Jordan listed") in its paragraph: the doer of an act.
func (d *doc) pastVerbSubject(m *mention) bool {
	if m.b >= len(d.toks) || d.oblique(m) {
		return false
	}
	t := &d.toks[m.b]
	return t.para == d.toks[m.a].para && t.Kind == KindWord && t.is(fLower) && len(t.Norm) > 4 && strings.HasSuffix(t.Norm, "ed")
}

// stormWords are the words that open a storm's name before the name
// itself: "Hurricane Ana", "Tropical Storm Olivia", "Typhoon Haiyan".
var stormWords = [][]string{{"hurricane"}, {"typhoon"}, {"cyclone"}, {"superstorm"}, {"tropical", "storm"},
	{"tropical", "depression"}, {"tropical", "cyclone"}, {"winter", "storm"}}

// stormNames maps the match key of each storm's own name that the
// article writes after its kind, an event ("ana" of "Hurricane Ana"), to
// the cluster key of the storm's entity, so that the name written alone
// later joins it (cluster). Only a one-word name is taken.
func (d *doc) stormNames() map[string]string {
	var out map[string]string
	tr := d.az.translit
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.kind != MentionName || m.etype != Event {
			continue
		}
		for _, sw := range stormWords {
			if len(m.words) != len(sw)+1 || !slices.EqualFunc(m.words[:len(sw)], sw, strings.EqualFold) {
				continue
			}
			if out == nil {
				out = map[string]string{}
			}
			name := tr.key(m.words[len(sw)])
			if _, ok := out[name]; !ok {
				out[name] = "event:" + tr.key(strings.Join(trimThe(nameWords(m.words)), " "))
			}
		}
	}
	return out
}

// leaderBodyHeads are the head words of a body named after the leader
// it serves ("the Vell Cabinet", "the Vell Administration"): the word
// before them is the leader's surname, so written alone it names the
// person, not the body.
var leaderBodyHeads = map[string]bool{"cabinet": true, "administration": true}

// orgFronts maps the match key of the first word of each body's name of
// two words that ends in a body's head word ("darden" of "Darden
// Restaurants", "brixton" of "Brixton Industries") to the cluster key of
// that body, so that the word written alone joins the body (cluster)
// when no person of the article has that name. A first word that is a
// known place or given name is left out ("Texas Instruments",
// "Ford Foundation" beside a Ford), and so is a leader's surname before
// a body named after the leader (leaderBodyHeads).
func (d *doc) orgFronts() map[string]string {
	var out map[string]string
	tr := d.az.translit
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.kind != MentionName || m.etype != Org || m.weak {
			continue
		}
		w := trimThe(nameWords(m.words))
		if len(w) != 2 || !d.l.orgSuffixes[strings.ToLower(w[1])] || leaderBodyHeads[strings.ToLower(w[1])] {
			continue
		}
		front := strings.ToLower(w[0])
		if _, place := d.l.places[front]; place || d.l.firstNames[front] != 0 || d.l.orgs[front] {
			continue
		}
		if out == nil {
			out = map[string]string{}
		}
		if _, ok := out[tr.key(w[0])]; !ok {
			out[tr.key(w[0])] = "org:" + tr.key(strings.Join(w, " "))
		}
	}
	return out
}
