package nlp

import "testing"

// TestPartyPluralBeforeName: a party's plural before a person's name
// ("Democrats Veronica Lund and Sheila Vesk") describes the persons, as
// "Democrat" does one; it is no part of the name, whether or not the
// lists know the given name. A heading's verb or function word after the
// plural is no given name. Invented names; the first two cases fail
// without the partyPlurals reading of labelOpens.
func TestPartyPluralBeforeName(t *testing.T) {
	checkTypes(t, []typeCase{
		{"an unlisted given name", "Trump lashed out at Democrats Veronica Lund and Sheila Jackson Vesk, both of Ohio.",
			map[string]EntityType{"Veronica Lund": Person, "Democrats Veronica Lund": ""}},
		{"the short plural", "He met Dems Darrell Vesk and Ana Lind on Monday.",
			map[string]EntityType{"Darrell Vesk": Person, "Dems Darrell Vesk": ""}},
		{"a known given name, as before", "Republicans Carl Voss and Ana Lind wrote a letter.",
			map[string]EntityType{"Carl Voss": Person}},
		{"a short given name of nicknames.txt", "Republicans Jeff Vesk and Ana Lind wrote a letter.",
			map[string]EntityType{"Jeff Vesk": Person, "Republicans Jeff Vesk": ""}},
		{"a body's name with a place", "Republicans Abroad Ostra Ohio held a dinner.",
			map[string]EntityType{"Abroad Ostra Ohio": ""}},
	})
}

// TestPartyAfterTitle: a party's word between a title and a name
// ("Senate Majority Leader Republican Carl Voss") is the person's party,
// as before a name alone, not a word of the name. Invented names; both
// cases fail without the party reading of the titled path.
func TestPartyAfterTitle(t *testing.T) {
	checkTypes(t, []typeCase{
		{"after a long title", "Officials, among them former Senate Majority Leader Republican Carl Voss, toured Ostra on Monday.",
			map[string]EntityType{"Carl Voss": Person, "Republican Carl Voss": ""}},
		{"after an abbreviated title", "Gov. Democrat Veronica Lund spoke on Monday.",
			map[string]EntityType{"Veronica Lund": Person, "Democrat Veronica Lund": ""}},
	})
}

// TestPartyLabelOutOfMention: the mention of a person after a party's
// label starts at the name, so that a reader of the mention sees no
// party in it ("Democrats Veronica Lund" names Veronica Lund there).
func TestPartyLabelOutOfMention(t *testing.T) {
	a := newTestAnalyzer(t)
	for text, want := range map[string]string{
		"Officials, among them former Senate Majority Leader Republican Bill Vesk, toured Ostra on Monday.": "Bill Vesk",
		"Trump lashed out at Democrats Veronica Lund and Sheila Jackson Vesk, both of Ohio.":                "Veronica Lund",
	} {
		an := analyze(t, a, text)
		e := findEntity(an, want)
		if e == nil || len(e.Mentions) != 1 || e.Mentions[0].Text != want {
			t.Errorf("%q: entity %+v, want one mention %q", text, e, want)
		}
	}
}
