package nlp

import (
	"maps"
	"testing"
)

// A person's name may end in the Roman numeral of a generation ("Carl
// Voss III"). Written in capitals, the numeral read as an acronym, so the
// whole name was typed as no person and a quotation credited to it had
// no speaker's entity. Invented text; the first two cases fail without
// generationEnd, the others guard numerals that end no person's name.

func TestGenerationNumeralEndsAPersonsName(t *testing.T) {
	checkTypes(t, []typeCase{
		{"third", "Carl Voss III met the board on Monday. Voss said the port would stay open.",
			map[string]EntityType{"Carl Voss III": Person}},
		{"second, as a speaker", "\"We will build,\" said Carl Voss II on Monday.",
			map[string]EntityType{"Carl Voss II": Person}},
		{"third, after the given name Martin", "Martin Ardell III marched in Ostra on Monday. Ardell said the march would go on.",
			map[string]EntityType{"Martin Ardell III": Person}},
		{"third, set off by a comma", "Carl Voss, III, met the board on Monday. Voss said the port would stay open.",
			map[string]EntityType{"Carl Voss III": Person}},
		{"a game's title", "Fans of Grand Theft Harbour IV lined up in Ardell.",
			map[string]EntityType{"Grand Theft Harbour IV": ""}},
		{"an episode", "He starred in Star Voyage Episode IV last year.",
			map[string]EntityType{"Star Voyage Episode IV": ""}},
	})
}

// TestGenerationNumeralSpeaker: the quotation of a speaker whose name
// ends in a generation's numeral is credited to his entity.
func TestGenerationNumeralSpeaker(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "\"We will build,\" said Carl Voss II on Monday.")
	if len(an.Quotes) != 1 || an.Quotes[0].Speaker == nil || an.Quotes[0].Speaker.Entity < 0 {
		t.Fatalf("quotes %+v: want one quotation credited to Carl Voss II's entity", an.Quotes)
	}
	if e := an.Entities[an.Quotes[0].Speaker.Entity]; e.Name != "Carl Voss II" {
		t.Errorf("speaker entity %q, want Carl Voss II", e.Name)
	}
}

// TestGenerationNumeralOnePerson: in one article, the name with a
// generation's numeral and the plain name are one person ("Carl S. Voss
// III ... Carl Voss ... Voss"), unless the article writes the name with
// another suffix too: "Carl Lund Jr." and "Carl Lund III" stay two.
func TestGenerationNumeralOnePerson(t *testing.T) {
	a := newTestAnalyzer(t)
	cases := []struct {
		name, text string
		want       map[string]int // person -> mentions
	}{
		{"numeral and plain name", "Special counsel Carl S. Voss III wrote a letter to the board. Carl Voss said the port would stay open. Voss left on Monday.",
			map[string]int{"Carl S. Voss III": 3}},
		{"plain name first", "Carl Voss wrote a letter. Later, Carl S. Voss III said \"we are ready\" on Monday. Voss left.",
			map[string]int{"Carl S. Voss III": 3}},
		{"another suffix of the name", "Carl Lund Jr. spoke first. Later Carl Lund III said \"we march\". Lund Jr. agreed.",
			map[string]int{"Carl Lund Jr": 2, "Carl Lund III": 1}},
	}
	for _, c := range cases {
		an := analyze(t, a, c.text)
		got := map[string]int{}
		for _, e := range an.Entities {
			if e.Type == Person {
				got[e.Name] = len(e.Mentions)
			}
		}
		if !maps.Equal(got, c.want) {
			t.Errorf("%s: persons %v, want %v", c.name, got, c.want)
		}
	}
}

// TestGenerationNumeralAfterShortGivenName: the given name before a
// generation's numeral may be a short or formal form of nicknames.txt
// ("Al Voss IV", "Eddie Voss III"), and the surname with the numeral
// alone ("Voss III", "King III" after a title's word) is the person the
// article names in full so. Without such a full name the two words name
// no one sure, and "III" alone is never a person; a war's or a game's
// numeral stays no person's. Invented names; the first four cases fail
// on the reading of first_names.txt alone.
func TestGenerationNumeralAfterShortGivenName(t *testing.T) {
	checkTypes(t, []typeCase{
		{"a short given name", "Al Voss IV met the board on Monday. Voss said the port would stay open.",
			map[string]EntityType{"Al Voss IV": Person}},
		{"another short given name", "Eddie Voss III met the board on Monday.",
			map[string]EntityType{"Eddie Voss III": Person}},
		{"the numeral alone after a title's word", "Carl Ardell King III spoke in Ostra. Later King III said the march would go on.",
			map[string]EntityType{"Carl Ardell King III": Person, "III": ""}},
		{"no full name", "King III said the march would go on.",
			map[string]EntityType{"III": "", "King III": ""}},
		{"wars and games", "Veterans of World War II met in Ostra. Fans of Grand Theft Harbour IV lined up.",
			map[string]EntityType{"World War II": Event, "Grand Theft Harbour IV": ""}},
	})
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Carl Voss III spoke in Ostra on Monday. \"We march,\" Voss III said.")
	if len(an.Quotes) != 1 {
		t.Fatalf("%d quotations, want 1", len(an.Quotes))
	}
	if e := entityOf(an, an.Quotes[0].Speaker); e == nil || e.Name != "Carl Voss III" {
		t.Errorf("speaker %v, want Carl Voss III", e)
	}
	an = analyze(t, a, "Carl Ardell King III spoke in Ostra. King III said \"we march\" on Monday.")
	if len(an.Quotes) != 1 {
		t.Fatalf("%d quotations, want 1", len(an.Quotes))
	}
	if e := entityOf(an, an.Quotes[0].Speaker); e == nil || e.Name != "Carl Ardell King III" {
		t.Errorf("speaker %v, want Carl Ardell King III", e)
	}
}
