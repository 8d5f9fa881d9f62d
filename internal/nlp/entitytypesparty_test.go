package nlp

import "testing"

// TestPartyGroupOfChamber: a chamber's word and a plural for a party's
// members name a group of people (other), not a body; beside "and" and
// another such group each stays whole. The party alone stays a body, and
// a caucus of the chamber's members stays one too.
func TestPartyGroupOfChamber(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Budget\n\nThe plan split House Republicans and House Democrats on Tuesday. Republicans in the state were calm.\n\n"+
		"Later, Senate Dems met the House Freedom Caucus in a side room.")
	wantTypes(t, an, map[string]EntityType{"House Republicans": Other, "House Democrats": Other, "Senate Dems": Other,
		"Republicans": Org, "House Freedom Caucus": Org})
}

// TestGivenNameAndSurnameHead: a known given name before a word that
// heads the names of laws and deals but is also a surname is a person;
// the same word after another word still ends a thing's name.
func TestGivenNameAndSurnameHead(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Money\n\nSteven Law runs a donor network in the capital. The Quarry Act passed in May, and the Harbour Deal followed.\n\n"+
		"Law did not answer questions.")
	wantTypes(t, an, map[string]EntityType{"Steven Law": Person, "Quarry Act": Other, "Harbour Deal": Other})
}

// TestKnownFirmsAndLawSchools: names orgs.txt lists since session 49 are
// bodies though they read like a person's ("Sig Sauer", "Fannie Mae") or
// end in a thing's head word ("Cal Fire", "Yale Law").
func TestKnownFirmsAndLawSchools(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Guns\n\nSig Sauer sold rifles to the county, and Fannie Mae bought the loans. The crews of Cal Fire stayed on the ridge.\n\n"+
		"A Yale Law professor said the deal was legal.")
	types := entityTypes(an)
	for _, name := range []string{"Sig Sauer", "Fannie Mae", "Cal Fire", "Yale Law"} {
		if got, ok := types[name]; !ok || got != Org {
			t.Errorf("%q: type %v (held %v), want org; all %v", name, got, ok, types)
		}
	}
}

// wantTypes fails t for every name of want that an does not hold with
// that type.
func wantTypes(t *testing.T, an *Analysis, want map[string]EntityType) {
	t.Helper()
	types := entityTypes(an)
	for name, w := range want {
		if got, ok := types[name]; !ok || got != w {
			t.Errorf("%q: type %v (held %v), want %v; all %v", name, got, ok, w, types)
		}
	}
}
