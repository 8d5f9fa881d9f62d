package nlp

import (
	"slices"
	"testing"
)

// personNames returns the names of the person entities of an analysis.
func personNames(an *Analysis) []string {
	var out []string
	for _, e := range an.Entities {
		if e.Type == Person {
			out = append(out, e.Name)
		}
	}
	return out
}

// entityCalled returns the entity whose name is name, or nil.
func entityCalled(an *Analysis, name string) *Entity {
	for i := range an.Entities {
		if an.Entities[i].Name == name {
			return &an.Entities[i]
		}
	}
	return nil
}

// hasForm reports whether e was written as text at least once.
func hasForm(e *Entity, text string) bool {
	return e != nil && slices.ContainsFunc(e.Forms, func(f Form) bool { return f.Text == text })
}

// TestPartyAfterStateNamesNoOne: "the Ohio Democrat" describes a
// politician; the party word after the state is no person.
func TestPartyAfterStateNamesNoOne(t *testing.T) {
	a := newTestAnalyzer(t)
	for _, text := range []string{
		"Senator Ivo Lund spoke on Monday.\n\nThe Ohio Democrat voted against the harbour plan.",
		"Senator Ivo Lund spoke on Monday. Later the South Carolina Republican left the chamber.",
		"Mara Holt, a Vermont Independent, backed the plan.",
	} {
		an := analyze(t, a, text)
		for _, n := range personNames(an) {
			if n == "Democrat" || n == "Republican" || n == "Independent" {
				t.Errorf("%q: person %q", text, n)
			}
		}
	}
}

// TestMiddleInitialsTellApart: two persons of one given name and surname
// whose middle initials differ are two entities; the name without
// initials and the surname alone could be either, so they join neither.
// With one of them named, the surname alone is that person's.
func TestMiddleInitialsTellApart(t *testing.T) {
	a := newTestAnalyzer(t)
	for _, text := range []string{
		"On Monday, Peter K.L. Voss met Peter R. Voss at the docks. Peter Voss spoke first. Voss left early.",
		"Peter R. Voss, the son of Peter K.L. Voss, sailed on Monday. Voss left early.",
		"Peter K.L. Voss and Peter R. Voss sailed. \u201cThe sea was calm,\u201d Voss said.",
	} {
		an := analyze(t, a, text)
		older, younger := entityCalled(an, "Peter K.L. Voss"), entityCalled(an, "Peter R. Voss")
		if older == nil || younger == nil {
			t.Fatalf("%q: want two persons, got %v", text, personNames(an))
		}
		if len(older.Forms) != 1 || len(younger.Forms) != 1 {
			t.Errorf("%q: a bare name joined one of the two: %+v and %+v", text, older.Forms, younger.Forms)
		}
		for _, q := range an.Quotes {
			if q.Speaker == nil || q.Speaker.Entity == older.ID || q.Speaker.Entity == younger.ID {
				t.Errorf("%q: speaker %+v, want the bare surname", text, q.Speaker)
			}
		}
	}
	an := analyze(t, a, "On Monday, Peter R. Voss sailed from the docks. Voss left early.")
	if e := entityCalled(an, "Peter R. Voss"); e == nil || !hasForm(e, "Voss") {
		t.Errorf("one Voss: the surname is his: %v", personNames(an))
	}
}

// TestGenerationalSuffixKey: a name ending in "Jr." keys on its surname
// and suffix, stays apart from the father's name, and takes "Voss Jr."
// and "Carl Jr."; the father keeps the bare surname and the titled one.
func TestGenerationalSuffixKey(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Carl Voss Jr. spoke to his father, Carl Voss, on Monday. Voss Jr. left early. Carl Jr. came back later.\n\nMayor Voss said nothing. Voss left.")
	son, father := entityCalled(an, "Carl Voss Jr"), entityCalled(an, "Carl Voss")
	if son == nil || father == nil {
		t.Fatalf("want two persons, got %v", personNames(an))
	}
	if son.Key != "carl voss jr" || father.Key != "carl voss" {
		t.Errorf("keys %q and %q", son.Key, father.Key)
	}
	if !hasForm(son, "Voss Jr") || !hasForm(son, "Carl Jr") {
		t.Errorf("son's forms %+v", son.Forms)
	}
	if !hasForm(father, "Voss") || hasForm(son, "Voss") || hasForm(son, "Mayor Voss") {
		t.Errorf("father's forms %+v, son's %+v", father.Forms, son.Forms)
	}
	// With no father named, the surname alone after the full name is the
	// son's, and so is the key's surname.
	an = analyze(t, a, "Judge Ana Ruiz Jr. wrote the ruling. Ruiz said little.")
	if e := entityCalled(an, "Ana Ruiz Jr"); e == nil || !hasForm(e, "Ruiz") || e.Key != "ana ruiz jr" {
		t.Errorf("got %+v", an.Entities)
	}
}

// TestOpeningWordNoGivenName: a verb or preposition that opens a sentence
// before a name ("Imagine", "See", "Citing", "Meet", "Ask") is no given
// name of the person or word of the place.
func TestOpeningWordNoGivenName(t *testing.T) {
	a := newTestAnalyzer(t)
	for _, tc := range []struct{ text, want string }{
		{"Imagine Ana Ruiz as mayor. Ruiz laughed.", "Ana Ruiz"},
		{"See Peter Holt for the details. Holt agreed.", "Peter Holt"},
		{"Citing Mara Lund, the council voted no. Lund left.", "Mara Lund"},
		{"Meet the Press asked him.\n\nMeet John Kerry, the envoy.", "John Kerry"},
		{"Ask New Jersey voters what they think.", "New Jersey"},
	} {
		an := analyze(t, a, tc.text)
		if entityCalled(an, tc.want) == nil {
			var names []string
			for _, e := range an.Entities {
				names = append(names, e.Name)
			}
			t.Errorf("%q: want %q, got %v", tc.text, tc.want, names)
		}
	}
}

// TestTownHeadAfterPreposition: "to Nags Head", "near Palm Beach": a word
// that is no given name and a head word towns share with surnames, after
// a preposition of place, is a town; a known given name keeps the person
// ("to Anita Hill"), and so does a head word the article gives alone as
// a surname ("to Glenn Beach … Beach said").
func TestTownHeadAfterPreposition(t *testing.T) {
	a := newTestAnalyzer(t)
	for _, tc := range []struct {
		text, name string
		typ        EntityType
	}{
		{"We drove to Nags Head on Friday.", "Nags Head", Place},
		{"The storm passed near Oyster Bay at noon.", "Oyster Bay", Place},
		{"He wrote to Anita Hill later.", "Anita Hill", Person},
		{"He spoke to Glenn Beach later. Beach said little.", "Glenn Beach", Person},
	} {
		an := analyze(t, a, tc.text)
		if e := entityCalled(an, tc.name); e == nil || e.Type != tc.typ {
			t.Errorf("%q: %q want %s, got %+v", tc.text, tc.name, tc.typ, e)
		}
	}
}

// TestPresidentsLabelAndCutInitials: a plural title before a full name
// with dotted initials is no given name ("Presidents Peter K.L. Voss and
// …"), and a given name with initials cut from its surname ("Peter R." at
// a paragraph's end) is the person of those initials.
func TestPresidentsLabelAndCutInitials(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Presidents Peter K.L. Voss and Ana Ruiz met on Monday. Peter R. Voss did not.\n\nLater that day Peter K.L. Voss thanked Peter R.\n\nVoss left.")
	older, younger := entityCalled(an, "Peter K.L. Voss"), entityCalled(an, "Peter R. Voss")
	if older == nil || younger == nil {
		t.Fatalf("want both persons, got %v", personNames(an))
	}
	if !hasForm(younger, "Peter R") || hasForm(older, "Peter R") {
		t.Errorf("forms %+v and %+v", older.Forms, younger.Forms)
	}
}

// TestTownNamedAgain: a town told by a preposition once is a town where
// the article names it again without one; "Jeff" is a short form of
// "Jefferson" as of "Jeffrey".
func TestTownNamedAgain(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Nags Head is quiet in winter.\n\nWe drove to Nags Head on Friday.")
	for _, e := range an.Entities {
		if e.Name == "Nags Head" && e.Type != Place {
			t.Errorf("%q is %s", e.Name, e.Type)
		}
	}
	an = analyze(t, a, "Rep. Jefferson Van Drew switched parties on Monday. Jeff Van Drew said he was done.")
	if e := entityCalled(an, "Jefferson Van Drew"); e == nil || !hasForm(e, "Jeff Van Drew") {
		t.Errorf("got %v", personNames(an))
	}
}

// TestSuffixShortFormKeepsSurname: an article that calls the son "Don
// Jr." gives him that form, and the bare surname after his full name is
// not his.
func TestSuffixShortFormKeepsSurname(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Donald Voss Jr. spoke on Monday. Don Jr. left early.\n\nLater Voss signed the order.")
	son := entityCalled(an, "Donald Voss Jr")
	if son == nil || !hasForm(son, "Don Jr") || hasForm(son, "Voss") {
		t.Errorf("got %+v", an.Entities)
	}
}

// TestShowTitleNoPerson: a show's title that opens with a verb or
// "Inside" ("Ask Mitt Anything") is a title, no person, inside a sentence
// or at its start when its last word ends no name; "Ask Ana Ruiz what …"
// and "Meet John Kerry, …" still open with the verb before a person.
func TestShowTitleNoPerson(t *testing.T) {
	a := newTestAnalyzer(t)
	for _, tc := range []struct{ text, title, person string }{
		{"The mayor took calls on Ask Dara Anything, her weekly show.", "Ask Dara Anything", ""},
		{"Ask Dara Anything returns on Friday.", "Ask Dara Anything", ""},
		{"He told the panel on Inside Harbour Politics that he would run.", "Inside Harbour Politics", ""},
		{"The clip ran on Watch Dana Live, a web show.", "Watch Dana Live", ""},
		{"Ask Ana Ruiz what she thinks.", "", "Ana Ruiz"},
		{"Meet Peter Holt, the new envoy.", "", "Peter Holt"},
	} {
		an := analyze(t, a, tc.text)
		for _, e := range an.Entities {
			if e.Type == Person && (tc.title != "" || e.Name != tc.person) {
				t.Errorf("%q: person %q", tc.text, e.Name)
			}
		}
		if tc.title != "" {
			if e := entityCalled(an, tc.title); e == nil || e.Type != Other {
				t.Errorf("%q: want the title %q as other, got %+v", tc.text, tc.title, an.Entities)
			}
		} else if entityCalled(an, tc.person) == nil {
			t.Errorf("%q: no person %q in %v", tc.text, tc.person, personNames(an))
		}
	}
}
