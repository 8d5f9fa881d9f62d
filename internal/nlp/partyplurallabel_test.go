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
	})
}
