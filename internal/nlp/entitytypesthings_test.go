package nlp

import "testing"

// TestThingNamesList: the whole names of things.txt (programmes, policies,
// generations, founding documents) are other wherever they stand, even
// beside a verb of speech that would make an unknown run a person.
func TestThingNamesList(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Schools\n\nCommon Core says little about poetry, Ivo Lund said. Baby Boomers retire, and Boomers say they will sell, said Ana Pell. "+
		"Where the Emancipation Proclamation says a war must end, Tim Ross said, the Deferred Action for Childhood Arrivals program stays.")
	wantTypes(t, an, map[string]EntityType{
		"Common Core": Other, "Baby Boomers": Other, "Boomers": Other, "Emancipation Proclamation": Other,
		"Deferred Action for Childhood Arrivals": Other, "Ivo Lund": Person, "Ana Pell": Person, "Tim Ross": Person,
	})
}

// TestPipelineName: "Pipeline" is a thing's head word: a pipeline's name
// is one thing, its place word part of it ("the Pacific Ridge Pipeline",
// not the place "Pacific" and a person "Ridge Pipeline").
func TestPipelineName(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Gas\n\nWhile the Pacific Ridge Pipeline drew little notice, Ivo Lund said the Velm Pipeline would.")
	wantTypes(t, an, map[string]EntityType{"Pacific Ridge Pipeline": Other, "Velm Pipeline": Other, "Ivo Lund": Person})
	got := nameMentionTexts(an)
	wantNoMention(t, got, "is a name mention", "Pacific", "Ridge Pipeline")
}

// TestGroupNamesLikePersons: groups whose names read like a person's run
// of two capitalised words (orgs.txt: "Advance America", "Y Combinator")
// are bodies, not persons, beside a verb of speech.
func TestGroupNamesLikePersons(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Groups\n\nIvo Lund, the head of a state group, Advance America, said the law was fair. Ana Pell of the incubator Y Combinator said so too.")
	wantTypes(t, an, map[string]EntityType{"Advance America": Org, "Y Combinator": Org, "Ivo Lund": Person, "Ana Pell": Person})
}
