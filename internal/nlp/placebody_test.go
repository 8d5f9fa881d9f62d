package nlp

import "testing"

// TestPlaceBeforeOneWord: a place's name, then one capitalised word that
// is no name, title or people's word, is one body named after the place
// ("Texas Instruments", "Georgia Power"), not the place and a person of
// that word. A place before a title, a party, a people's word or a
// surname the article uses again stays as it was.
func TestPlaceBeforeOneWord(t *testing.T) {
	cases := []placeBodyCase{
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
	checkPlaceBodies(t, cases)
}

// TestPlaceBeforeOneWordBody: the names after a place's name that session
// 51 left (issue 15). An ampersand between capitals names one firm
// ("Florida Power & Light"), also after "of", not people ("Anna Berg &
// Maria Lund", a person named before and "Co.") nor a heading of the name
// alone; a place's name and "State" is a university
// or its teams ("Ohio State"), not the place; a place's structure is a
// place ("Berlin Wall") and a place's time and movement an event
// ("Harlem Renaissance"), not an organisation.
func TestPlaceBeforeOneWordBody(t *testing.T) {
	cases := []placeBodyCase{
		{"Headline here\n\nFlorida Power & Light said the outage ended on Monday. The utility said more.",
			map[string]EntityType{"Florida Power & Light": Org}, []string{"Light", "Florida Power", "Florida"}},
		{"Headline here\n\nCustomers of Brennholm Gas & Electric lost heat. The firm said it would fix lines.",
			map[string]EntityType{"Brennholm Gas & Electric": Org}, []string{"Electric", "Customers"}},
		{"Headline here\n\nShares of Solvik & Kral fell on Monday, and Kral & Lund rose.",
			map[string]EntityType{"Solvik & Kral": Org, "Kral & Lund": Org}, nil},
		{"Headline here\n\nEdda Solvik spoke on Monday. Solvik & Co. return today.",
			map[string]EntityType{"Edda Solvik": Person}, []string{"Solvik & Co"}},
		{"Headline here\n\nShe asked what the paper thinks of Norway & Danes, she wrote.",
			map[string]EntityType{"Norway": Place}, []string{"Norway & Danes"}},
		{"Headline here\n\nAnna Berg & Maria Lund met on Monday, the paper said.",
			map[string]EntityType{"Anna Berg": Person, "Maria Lund": Person}, []string{"Anna Berg & Maria Lund"}},
		{"Headline here\n\nIvo Kral spoke on Monday. Later Lund & Kral met, the paper said.",
			map[string]EntityType{"Ivo Kral": Person}, []string{"Lund & Kral"}},
		{"Headline here\n\nCorrections & Amplifications\n\nThe story was changed on Monday.",
			nil, []string{"Corrections & Amplifications"}},
		{"Headline here\n\nOhio State beat Michigan on Saturday, and Iowa State lost. The team said more.",
			map[string]EntityType{"Ohio State": Org, "Iowa State": Org, "Michigan": Place}, []string{"Ohio", "Iowa"}},
		{"Headline here\n\nCrowds gathered at the Berlin Wall in 1989, the writer said.",
			map[string]EntityType{"Berlin Wall": Place}, []string{"Berlin"}},
		{"Headline here\n\nHe studied the Harlem Renaissance in college, the writer said.",
			map[string]EntityType{"Harlem Renaissance": Event}, []string{"Harlem"}},
	}
	checkPlaceBodies(t, cases)
}

// placeBodyCase is one text, the types some of its names must have
// (wantTypes) and the names that must be no entity.
type placeBodyCase struct {
	text string
	want map[string]EntityType
	none []string
}

// checkPlaceBodies analyses each case's text and checks its types and
// the names it must not hold.
func checkPlaceBodies(t *testing.T, cases []placeBodyCase) {
	t.Helper()
	a := newTestAnalyzer(t)
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
