package nlp

import "testing"

// TestBusinessHeadWords: a firm's name whose last word is a business's head
// word ("Works", "Research", "Strategies", "Associates", "Pictures",
// "Brothers") is an organisation, not a person, also after a demonym
// ("American Iron Works" whole, no person "Iron Works").
func TestBusinessHeadWords(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Firms\n\nKelvin Marsh once worked for American Iron Works in Dunmore. A survey by Quarrel Research found most voters tired, "+
		"and Brisco Strategies said it would appeal.\n\nTellan Associates and Marlow Pictures declined to comment, as did Velder Brothers.")
	wantTypes(t, an, map[string]EntityType{"Kelvin Marsh": Person, "American Iron Works": Org, "Quarrel Research": Org, "Brisco Strategies": Org,
		"Tellan Associates": Org, "Marlow Pictures": Org, "Velder Brothers": Org})
	if ty, ok := entityTypes(an)["Iron Works"]; ok {
		t.Errorf("\"Iron Works\" is an entity of its own (%v)", ty)
	}
}

// TestResearchBeforeAnd: "Research" that ends the words before "and" is a
// field a body's longer name lists, not the end of a name of its own.
func TestResearchBeforeAnd(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Vaccines\n\nThe Coastal Research and Development Authority paid for the trial.\n\nIt ended in May.")
	wantTypes(t, an, map[string]EntityType{"Coastal Research and Development Authority": Org})
}
