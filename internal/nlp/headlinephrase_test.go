package nlp

import "testing"

// Headline phrases and sentence openers read as people (session 56,
// h/entities56), each on invented text: a verb of a headline's act after
// a surname, an imperative glued to the name after it, a periodical's
// name; and the real names the rules must keep.

func TestHeadlineActIsNoPartOfAName(t *testing.T) {
	checkTypes(t, []typeCase{
		{"act after a lone surname", `Lund spoke on Friday. A paper's headline said: "Harbour Deal Winners (Spoiler: Lund Lost)." Lund said he had won.`,
			map[string]EntityType{"Lund Lost": "", "Lund": Person}},
		{"act between two names", "Voters read the banner Ruiz Thanks Ivo Lund before the vote. Ruiz said so.",
			map[string]EntityType{"Ruiz Thanks Ivo Lund": "", "Ivo Lund": Person}},
		{"act opening a phrase", "The chart was titled Lost Votes, and Ruiz said it was wrong.",
			map[string]EntityType{"Lost Votes": ""}},
		{"given name before Lost", "Ana Lost said the vote was fair.", map[string]EntityType{"Ana Lost": Person}},
		{"act in capitals kept as before", "Ana Ruiz spoke later.", map[string]EntityType{"Ana Ruiz": Person}},
	})
}

func TestOpenerIsNoPartOfAName(t *testing.T) {
	checkTypes(t, []typeCase{
		{"enter", "Enter Mara Velt, the witness who says she saw it. Velt said she was sure.",
			map[string]EntityType{"Enter Mara Velt": "", "Mara Velt": Person}},
		{"take", "Take William O. Lund, who served longest. Lund wrote many dissents.",
			map[string]EntityType{"Take William O. Lund": "", "William O. Lund": Person}},
		{"real names kept", "The guests were Will Smith, Hope Hicks, Rand Paul and Mark Meadows. Smith said it went well.",
			// "Will Smith" is read as "Smith" on main too ("will" is a
			// stop word): not this rule's to change.
			map[string]EntityType{"Hope Hicks": Person, "Rand Paul": Person, "Mark Meadows": Person}},
	})
}

func TestPeriodicalIsNoPerson(t *testing.T) {
	checkTypes(t, []typeCase{
		{"magazine before its writer", "“Memory is not a tape,” writes Harbour Today’s Ana Velt in a piece on the subject.",
			map[string]EntityType{"Harbour Today": Org, "Ana Velt": Person}},
		{"weekly", "Lakeside Weekly said the mayor would resign.", map[string]EntityType{"Lakeside Weekly": Org}},
	})
}

func TestParkAfterAPlaceHead(t *testing.T) {
	checkTypes(t, []typeCase{
		{"square park", "Lund spoke to a crowd in Harrowgate Square Park on Sunday, and Ruiz said it was large.",
			map[string]EntityType{"Harrowgate Square Park": Place, "Square Park": ""}},
		{"city's square park", "Lund's rally in Washington Square Park drew thousands, Ruiz said.",
			map[string]EntityType{"Washington Square Park": Place, "Square Park": ""}},
		{"a person named Park", "Ana Park said the vote was fair.", map[string]EntityType{"Ana Park": Person}},
	})
}

func TestPlaceAfterAPlaceModifier(t *testing.T) {
	checkTypes(t, []typeCase{
		{"demonym before a known place", "Lund shaped U.S. Middle East policy for years, Ruiz said.",
			map[string]EntityType{"Middle East": Place}},
		{"read opener", "Read Ana Velt's letter in full. Velt said she stood by it.",
			map[string]EntityType{"Read Ana Velt": "", "Ana Velt": Person}},
		{"surname Read kept", "Gerald L. Read said the vote was fair.", map[string]EntityType{"Gerald L. Read": Person}},
	})
}

func TestPeoplesPluralBeforeAName(t *testing.T) {
	checkTypes(t, []typeCase{
		{"hyphenated plural", "The freed men, Korean-Americans Kim Velt Ho and Tony Lund, landed at dawn. Lund said he was grateful.",
			map[string]EntityType{"Korean-Americans Kim Velt Ho": "", "Kim Velt Ho": Person}},
	})
}

func TestNoNameEndsInAndBeforeAnAct(t *testing.T) {
	checkTypes(t, []typeCase{
		{"and before the act", "Lund Uses And Loses Harbour Capital. Lund said he would try again.",
			map[string]EntityType{"Lund Uses And": "", "Lund": Person}},
	})
}
