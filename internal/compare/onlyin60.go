package compare

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/nlp"
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
// name: the given name and surname alike, a middle initial and, with
// it, a generational suffix written on one side and not the other
// ("William B. Lind Jr." and "William Lind", either way round; see
// personForm.keys). Only person mentions of the others are read.
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
	return false
}

// namedSpeaker reports whether quote q of d is the words of a named
// person or organisation: a whole quote (no fragment of the writer's
// sentence) whose speaker is such an entity, unless the speaker read
// is no speaker (notSpeaker).
func namedSpeaker(d *doc, q nlp.Quote) bool {
	if q.Partial || q.Speaker == nil || q.Speaker.Entity < 0 || q.Speaker.Entity >= len(d.an.Entities) {
		return false
	}
	e := d.an.Entities[q.Speaker.Entity]
	return (e.Type == nlp.Person || e.Type == nlp.Org) && !notSpeaker(d, e, *q.Speaker)
}

// notSpeaker reports whether sp, the speaker attribution found for a
// quote, names entity e where e does not speak: e owns the speaker
// ("Kestrel's Mr. Varga says"), is where the speaker is or whom they
// spoke with ("a friend of hers at Kestrel says", "in an interview with
// WKLM said"), is a newspaper or station whose report the article
// quotes ("The Ostra Globe writes:"; its own statement aside), or is
// no person where the attribution is "he" or "she". A quote-only claim
// ("only quoted here") showed such names as the speaker: "Yale",
// "Harvard", "Globe", "Sun", station call letters (README of
// testdata/abpjudged, "Only-in families (session 60, h/onlyin60)").
func notSpeaker(d *doc, e nlp.Entity, sp nlp.Speaker) bool {
	switch strings.ToLower(sp.Mention) {
	case "he", "she", "him", "her":
		return e.Type != nlp.Person
	}
	if d.art == nil || sp.Span.Para < 0 || sp.Span.Para >= len(d.art.Paragraphs) {
		return false
	}
	para := d.art.Paragraphs[sp.Span.Para]
	if sp.Span.Start < 0 || sp.Span.End > len(para) || sp.Span.Start > sp.Span.End {
		return false
	}
	after := para[sp.Span.End:]
	for _, p := range []string{"'s ", "’s "} {
		if rest, ok := strings.CutPrefix(after, p); ok && capitalised(rest) {
			return true
		}
	}
	// The last three words are all placeBefore and the "the" below read:
	// a paragraph's every word before each speaker made quotedShare of a
	// long transcript paragraph cost its sentences times its length.
	before := lastFields(para[:sp.Span.Start], 3)
	if placeBefore(before) {
		return true
	}
	// A person's name may end in a paper's head ("Ada Sun"): a person
	// read as a paper only when written after "the" ("The Globe writes").
	if e.Type == nlp.Person && (len(before) == 0 || !strings.EqualFold(before[len(before)-1], "the")) {
		return false
	}
	return paperName(e.Name) && !strings.Contains(strings.ToLower(para), "statement")
}

// lastFields returns the last n words of s as strings.Fields splits
// them (fewer when s has fewer), in text order, reading s from its end.
func lastFields(s string, n int) []string {
	var out []string
	end := len(s)
	for i := len(s); i > 0 && len(out) < n; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if unicode.IsSpace(r) {
			if end > i {
				out = append(out, s[i:end])
			}
			end = i - size
		}
		i -= size
	}
	if end > 0 && len(out) < n {
		out = append(out, s[:end])
	}
	slices.Reverse(out)
	return out
}

// placeBefore reports whether the words before a speaker's name, ws,
// end in "at", "with" or "to", a "the" after it aside, and not in
// "according to": the name is where the speaker is or whom they speak
// with or serve ("a friend of hers at Kestrel says", "in an interview
// with WKLM said", "the envoy to the UN, Ana Lind, said"). A body's
// spokesperson, aide or official "at" or "with" it speaks for it ("a
// spokeswoman with the port authority said"; spokesWords).
func placeBefore(ws []string) bool {
	n := len(ws)
	if n > 0 && strings.EqualFold(ws[n-1], "the") {
		n--
	}
	if n == 0 {
		return false
	}
	switch ws[n-1] {
	case "at", "with":
		return n < 2 || !spokesWords[strings.ToLower(strings.Trim(ws[n-2], ",;"))]
	case "to":
		return n < 2 || !strings.EqualFold(ws[n-2], "according")
	}
	return false
}

// spokesWords are the nouns for who speaks for a body they are "at" or
// "with" (placeBefore).
var spokesWords = map[string]bool{
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "spokesmen": true, "spokeswomen": true,
	"spokespeople": true, "official": true, "officials": true, "aide": true, "aides": true, "staffer": true,
	"staffers": true, "representative": true, "representatives": true, "source": true, "sources": true,
	"officer": true, "officers": true, "lawyer": true, "lawyers": true, "attorney": true, "attorneys": true,
}

// notStations are initials of the call-sign shape that name no station.
var notStations = map[string]bool{"KCNA": true, "WADA": true, "WHCA": true, "WNBA": true, "WWII": true}

// paperHeads are the last words of a newspaper's or magazine's name
// ("The Ostra Globe", "Kestrel Sun").
var paperHeads = map[string]bool{
	"globe": true, "sun": true, "guardian": true, "times": true, "post": true, "journal": true,
	"tribune": true, "herald": true, "inquirer": true, "telegraph": true, "observer": true,
	"examiner": true, "chronicle": true, "gazette": true, "courant": true, "mirror": true,
	"slate": true, "salon": true, "newsweek": true,
}

// paperName reports whether name, an organisation's name, is a
// newspaper's, magazine's or broadcaster's: its last word a paper's
// head (paperHeads), a station's call letters ("WKLM", "KOST-TV") or
// a site's address ("Ostra.com").
func paperName(name string) bool {
	f := strings.Fields(name)
	if len(f) == 0 {
		return false
	}
	last := strings.ToLower(f[len(f)-1])
	if paperHeads[last] || strings.HasSuffix(last, ".com") {
		return true
	}
	return len(f) == 1 && callLetters(f[0])
}

// callLetters reports whether w is a North American station's call
// sign: K or W and three more capitals, with or without a "-TV", "-FM"
// or "-AM" tail, and no agency's initials of that shape (notStations:
// North Korea's news agency speaks for its government).
func callLetters(w string) bool {
	for _, t := range []string{"-TV", "-FM", "-AM"} {
		w = strings.TrimSuffix(w, t)
	}
	if len(w) != 4 || w[0] != 'K' && w[0] != 'W' || notStations[w] {
		return false
	}
	for i := 1; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// photoCaption reports whether text is the caption of a photo or an
// embedded post set in the body: an embed's line ("A photo posted by
// Ana Lind (@analind) on Mar 3, 2016 at 7:11am PST"), a photo credit
// ("(Photo: Ada Sun/Kestrel Daily)", "(AP Photo/Ada Sun)", "… /Getty
// Images"), or a scene told in the present with a full date at its end
// ("Lind speaks during a town hall at the Ostra Forum in Kestrel, on
// March 3, 2019."): a wire photo's caption, no fact of the story. Read
// on ABP (README of testdata/abpjudged, session 60, h/onlyin60): a
// CNN caption of that form was claimed as only in CNN, on its place and
// date.
func photoCaption(text string) bool {
	t := strings.TrimSpace(text)
	for _, c := range []string{"A photo posted by ", "A video posted by ", "A post shared by ", "(Photo:", "(Photo by", "(AP Photo", "(REUTERS/", "/Getty Images", "Photo credit:"} {
		if strings.Contains(t, c) {
			return true
		}
	}
	return sceneCaption(t)
}

// sceneVerbs are the present-tense verbs a photo caption tells its scene
// with ("Lind speaks during …", "Park arrives for …").
var sceneVerbs = map[string]bool{
	"speaks": true, "talks": true, "attends": true, "arrives": true, "waves": true, "listens": true,
	"looks": true, "gestures": true, "stands": true, "walks": true, "poses": true, "smiles": true,
	"sits": true, "holds": true, "delivers": true, "addresses": true, "departs": true, "leaves": true,
	"greets": true, "shakes": true, "testifies": true, "reacts": true, "campaigns": true,
	"participates": true, "appears": true, "answers": true, "exits": true, "enters": true, "hugs": true,
}

// captionMonths are the month names, in full and abbreviated, of the
// date that closes a scene caption (sceneCaption).
var captionMonths = []string{"January", "February", "March", "April", "May", "June", "July", "August",
	"September", "October", "November", "December", "Jan.", "Feb.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec."}

// sceneCaption reports whether t opens with a name of one to four
// capitalised words and a scene verb (sceneVerbs) and closes with a full
// date ("…, March 3, 2019."), a credit in brackets after it aside.
func sceneCaption(t string) bool {
	f := strings.Fields(t)
	i := 0
	for i < len(f) && i < 4 && capitalised(f[i]) {
		i++
	}
	if i == 0 || i >= len(f) || !sceneVerbs[f[i]] {
		return false
	}
	if k := strings.LastIndex(t, " ("); k > 0 && strings.HasSuffix(t, ")") {
		t = t[:k]
	}
	f = strings.Fields(strings.TrimRight(t, ". "))
	n := len(f)
	if n < 4 {
		return false
	}
	year, day, month := f[n-1], strings.TrimSuffix(f[n-2], ","), f[n-3]
	if len(year) != 4 || strings.Trim(year, "0123456789") != "" || len(day) == 0 || len(day) > 2 || strings.Trim(day, "0123456789") != "" || !strings.HasSuffix(f[n-2], ",") {
		return false
	}
	return slices.Contains(captionMonths, month) && (strings.HasSuffix(f[n-4], ",") || f[n-4] == "on")
}
