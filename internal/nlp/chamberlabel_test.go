package nlp

import "testing"

// A chamber and a party before a person's name ("Senate Democrat Ana
// Velt") label the person; they are no part of the name, which an
// article that writes the name alone would then not share (session 57,
// h/names57). Invented text; the bodies of a chamber and a party keep
// their names.
func TestChamberPartyIsNoPartOfAName(t *testing.T) {
	checkTypes(t, []typeCase{
		{"senate democrat", "Senate Democrat Chris Velt voted present. Velt said he did it for a friend.",
			map[string]EntityType{"Senate Democrat Chris Velt": "", "Chris Velt": Person}},
		{"house republican", "House Republican Mary Lund said the vote was a sham.",
			map[string]EntityType{"House Republican Mary Lund": "", "Mary Lund": Person}},
		{"plural", "Senate Republicans Susan Orr and Ana Ruiz said no.",
			map[string]EntityType{"Senate Republicans Susan Orr": "", "Susan Orr": Person}},
		{"bodies kept", "The Senate Democratic Caucus met after the House Republican Conference voted.",
			map[string]EntityType{"Senate Democratic Caucus": Org, "House Republican Conference": Org, "Caucus": "", "Conference": ""}},
	})
}

// A body whose name opens with a title's word ("Justice"), then a title
// and a person: the body and the person, not one person whose name
// opens with the body's head word (h/names57).
func TestBodyTitleWordThenTitleAndName(t *testing.T) {
	checkTypes(t, []typeCase{
		{"justice department", "The report came from Justice Department Inspector General Michael Lund on Monday.",
			map[string]EntityType{"Department Inspector General Michael Lund": "", "Michael Lund": Person, "Justice Department": Org}},
		{"justice alone kept", "The ruling was written by Justice Anthony Lund last year.",
			map[string]EntityType{"Anthony Lund": Person}},
		{"deputy modifies the title", "In the capital, Deputy Assembly Speaker John Velt, a Democrat, said the emails were bad.",
			map[string]EntityType{"Deputy Assembly": "", "John Velt": Person}},
	})
}
