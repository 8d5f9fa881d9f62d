package nlp

import "testing"

// TestPlaceBeforeOneWord: a place's name, then one capitalised word that
// is no name, title or people's word, is one body named after the place
// ("Texas Instruments", "Georgia Power"), not the place and a person of
// that word. A place before a title, a party, a people's word or a
// surname the article uses again stays as it was.
func TestPlaceBeforeOneWord(t *testing.T) {
	a := newTestAnalyzer(t)
	cases := []struct {
		text string
		want map[string]EntityType
		none []string
	}{
		{"Headline here\n\nTexas Instruments said on Monday it would cut jobs. The firm said more.",
			map[string]EntityType{"Texas Instruments": Org}, []string{"Instruments", "Texas"}},
		{"Headline here\n\nGeorgia Power said it would raise rates in Georgia. The firm said more.",
			map[string]EntityType{"Georgia Power": Org, "Georgia": Place}, []string{"Power"}},
		{"Headline here\n\nTexas Roadhouse said sales rose. The firm said more.",
			map[string]EntityType{"Texas Roadhouse": Org}, []string{"Roadhouse"}},
		{"Headline here\n\nMinnesota Vikings said the team won. The club said more.",
			map[string]EntityType{"Minnesota Vikings": Org}, []string{"Vikings"}},
		{"Headline here\n\nIowa Republicans said they would vote. Texas Gov. Ada Lund said no, and Ohio Sen. Ivo Berg agreed.",
			map[string]EntityType{"Iowa Republicans": Org, "Texas": Place, "Ada Lund": Person, "Ohio": Place, "Ivo Berg": Person}, nil},
		{"Headline here\n\nChad Olsen spoke on Monday. Olsen said more.",
			map[string]EntityType{"Olsen": Person}, []string{"Chad Olsen"}},
		{"Headline here\n\nThe storm hit Ohio Farmland, and farmland there flooded.",
			map[string]EntityType{"Ohio": Place}, []string{"Ohio Farmland"}},
	}
	for _, c := range cases {
		an := analyze(t, a, c.text)
		wantTypes(t, an, c.want)
		types := entityTypes(an)
		for _, no := range c.none {
			if ty, ok := types[no]; ok {
				t.Errorf("%q: %q is held as %v; all %v", c.text, no, ty, types)
			}
		}
	}
}
