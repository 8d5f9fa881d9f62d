package compare

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A person's formal name ("Ana B. Lind Jr.") and the short form another
// article gives ("Ana Lind") are one name to a reader, but entity
// linking keeps them apart (a generational suffix marks another person
// there: Donald Trump Jr. is not Donald Trump), and neither is written
// in the other's text, so an only-in fact's own list showed the name
// as one no other article has (fresh43 at session 59's end: the
// Caller's economist with his middle initial and "Jr", whom Reuters
// names with given name and surname only; and the reverse, Reuters'
// short form against the Caller's formal one). See namedFormally.

// personForm is what namedFormally compares of a person's name of two
// words or more: its given name and surname folded to lower case, its
// generational suffix ("jr", "" when none), and whether it holds a
// middle initial.
type personForm struct {
	given, surname, suffix string
	initial                bool
}

// formOfPerson returns the personForm of name, a person's name mention,
// and false when name is no such name: fewer than two words besides
// initials and suffix, or a word between the given name and the surname
// that is neither an initial ("B." or "B") nor, last, a suffix.
func formOfPerson(name string) (personForm, bool) {
	f := strings.Fields(name)
	var p personForm
	if len(f) > 0 {
		if s := suffixWord(f[len(f)-1]); s != "" {
			p.suffix = s
			f = f[:len(f)-1]
		}
	}
	if len(f) > 0 {
		f[len(f)-1] = strings.TrimSuffix(f[len(f)-1], ",")
	}
	if len(f) < 2 {
		return p, false
	}
	for _, w := range f[1 : len(f)-1] {
		if !initialWord(w) {
			return p, false
		}
		p.initial = true
	}
	p.given, p.surname = strings.ToLower(f[0]), strings.ToLower(f[len(f)-1])
	if initialWord(f[0]) || initialWord(f[len(f)-1]) || !capitalised(f[0]) || !capitalised(f[len(f)-1]) {
		return p, false
	}
	return p, true
}

// keys are the keys a name of form p is indexed and looked up under: the
// given name and surname with the suffix, and, for a formal name (a
// middle initial beside the suffix), also without it. "William B. Lind
// Jr." is then "William Lind", where "Donald Trump Jr." stays apart
// from Donald Trump: a writer who gives the middle initial gives the
// suffix too, one who drops the initial drops the suffix, but a suffix
// with no initial is what tells a son from his father.
func (p personForm) keys() []string {
	k := p.given + " " + p.surname
	if p.suffix == "" {
		return []string{k}
	}
	if p.initial {
		return []string{k + " " + p.suffix, k}
	}
	return []string{k + " " + p.suffix}
}

// rests are the keys of p without the given name ("lind jr" and "lind"
// for "William B. Lind Jr."): what namedFormally looks up another given
// name under.
func (p personForm) rests() []string {
	ks := p.keys()
	for i, k := range ks {
		ks[i] = strings.TrimPrefix(k, p.given+" ")
	}
	return ks
}

// suffixWord returns the generational suffix w is, lower case without
// its period ("jr" for "Jr."), or "".
func suffixWord(w string) string {
	switch s := strings.ToLower(strings.TrimRight(w, ".,")); s {
	case "jr", "sr", "ii", "iii", "iv":
		return s
	}
	return ""
}

// initialWord reports whether w is an initial: one capital letter,
// with or without a period.
func initialWord(w string) bool {
	w = strings.TrimSuffix(w, ".")
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && n > 0 && unicode.IsUpper(r)
}

// namedFormally reports whether another article than seen's own names
// the person whose name mention is name in another form of the same
// name: the surname alike, the given name alike or one another's short
// or formal form (nlp.Naming.SameGiven: "Joe" and "Joseph", "Bill" and
// "William"), a middle initial and, with it, a generational suffix
// written on one side and not the other ("William B. Lind Jr." and
// "William Lind" or "Bill Lind", either way round; see personForm.keys).
// Only person mentions of the others are read. Entity linking joins a
// short given name to the formal one ("Bill Lind" and "William Lind")
// but keeps a name with a suffix apart from one without, so "Joseph R.
// Biden Jr." stood as a name of its own beside another article's "Joe
// Biden".
func namedFormally(seen thingsSeen, name string) bool {
	p, ok := formOfPerson(name)
	if !ok {
		return false
	}
	for _, k := range p.keys() {
		if w, ok := seen.all.persons[k]; ok && seen.other(w) {
			return true
		}
	}
	nm := seen.all.naming
	if nm == nil {
		return false
	}
	given := nm.Fold(p.given)
	for _, r := range p.rests() {
		for g, w := range seen.all.givens[r] {
			if g != p.given && seen.other(w) && nm.SameGiven(given, nm.Fold(g)) {
				return true
			}
		}
	}
	return false
}
