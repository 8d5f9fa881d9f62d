package nlp

import "testing"

// TestPartyAdjectiveGlued: a party's adjective before a chamber, the
// White House or a place describes it and is no word of a name: no
// "Democratic Senate" org, no "Democratic Virginia" person; a party's
// own name keeps the word.
func TestPartyAdjectiveGlued(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Money\n\nThe fund gave money to Democratic Senate and House candidates last week. "+
		"In some districts Democratic Assembly members campaigned with them. Aides in the Republican White House were told, "+
		"and Democratic Virginia voted early. The Democratic Party and the Republican National Committee said so.")
	wantTypes(t, an, map[string]EntityType{"Senate": Org, "Virginia": Place, "Democratic Party": Org, "Republican National Committee": Org})
	types := entityTypes(an)
	for _, no := range []string{"Democratic Senate", "Democratic Assembly", "Republican White House", "Democratic Virginia"} {
		if ty, ok := types[no]; ok {
			t.Errorf("%q is held as %v; all %v", no, ty, types)
		}
	}
}

// TestCommunityAbbreviation: "LGBTQ", "LGBT" name a community of people
// (other), not a body as an unknown acronym would.
func TestCommunityAbbreviation(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Rights\n\nThe bill drew fire from groups that defend LGBTQ individuals. "+
		"Leaders of the LGBT community met the QWG on Monday, the QWG said.")
	wantTypes(t, an, map[string]EntityType{"LGBTQ": Other, "LGBT": Other, "QWG": Org})
}

// TestProgrammeNames: public programmes ("Social Security", "Medicare")
// are things, not persons near a verb of speech; a body named after one
// stays a body.
func TestProgrammeNames(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Budget\n\nCuts to Medicaid, Medicare and Social Security would hurt poor households, the senator said. "+
		"The Social Security Administration said the checks would go out.")
	wantTypes(t, an, map[string]EntityType{"Medicaid": Other, "Medicare": Other, "Social Security": Other, "Social Security Administration": Org})
}

// TestDeclarationAndCommittees: a declaration's name is one thing, not
// a person of its tail after "of"; committees named before the plural
// "committees" are no persons; a body listed with "and" in its name is
// one body.
func TestDeclarationAndCommittees(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Rights\n\n“A long train of abuses,” the Declaration of Independence says, and Ivo Lund said it again. "+
		"Lund sits on both the Harbour Services and Quarry Relations committees in the Senate. "+
		"Ada Rusk told a panel that National Institute of Allergy and Infectious Diseases staff found the plan risky.")
	wantTypes(t, an, map[string]EntityType{"Declaration of Independence": Other, "Ivo Lund": Person, "Ada Rusk": Person,
		"National Institute of Allergy and Infectious Diseases": Org})
	types := entityTypes(an)
	for _, no := range []string{"Independence", "Quarry Relations", "National Institute of Allergy"} {
		if ty, ok := types[no]; ok {
			t.Errorf("%q is held as %v; all %v", no, ty, types)
		}
	}
}

// TestChamberBeforeCommittees: a chamber before "committees" stays the
// chamber; only a committee's name cut from the shared plural is none.
func TestChamberBeforeCommittees(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Records\n\nThe banks must hand the records to Democratic-led House committees, the court said.")
	wantTypes(t, an, map[string]EntityType{"House": Org})
}

// TestThingHeadAloneAfterAnd: a thing's head word alone after "and" is
// no tail of the name before it: "the Constitution and Declaration",
// "the Charter and Accord" are no one thing.
func TestThingHeadAloneAfterAnd(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Rights\n\nWe read the Declaration of Independence. The Constitution and Declaration did not fully succeed, the writer said. "+
		"Both the Charter and Accord were signed in Quarry City.")
	types := entityTypes(an)
	for _, no := range []string{"Constitution and Declaration", "Charter and Accord"} {
		if ty, ok := types[no]; ok {
			t.Errorf("%q is held as %v; all %v", no, ty, types)
		}
	}
}
