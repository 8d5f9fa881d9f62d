package nlp

import (
	"strings"
	"testing"
)

// TestStateAbbreviation: a state written short with full stops after a
// town is a place, never a body nor a given name, and it makes the town
// of two words or more before it a place, though the town's first word
// is a given name ("Glen Rock"); a person with an honorific, or whose
// surname the article names again, stays a person.
func TestStateAbbreviation(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Trip\n\nThe tour went to Oak Quarry, Mo., and Fox Harbour, Conn., on Monday, then to Glen Rock, N.J., where the mayor spoke. "+
		"A reader from Eden Marsh, Minn. wrote in. Rep. Mo Lund spoke in Raleigh, N.C. The N.Y. delegation left.\n\n"+
		"Sen. Ada Rusk, Wash., said so. Ivo Berg, Wash. said no, and Berg left.")
	wantTypes(t, an, map[string]EntityType{"Oak Quarry": Place, "Fox Harbour": Place, "Glen Rock": Place, "Eden Marsh": Place,
		"N.C.": Place, "Mo Lund": Person, "Ada Rusk": Person, "Ivo Berg": Person})
	forms, _ := entityForms(an)
	if got := forms["Mo Lund"]; got != "Mo Lund" {
		t.Errorf("Mo Lund: forms %q, want the full name only (no state abbreviation)", got)
	}
	types := entityTypes(an)
	for _, no := range []string{"Mo", "Conn", "N.J.", "N.Y."} {
		if ty, ok := types[no]; ok && ty != Place {
			t.Errorf("%q is held as %v; all %v", no, ty, types)
		}
	}
}

// TestStormName: a storm's name written alone after "Hurricane Ana" or
// "Tropical Storm Olivia" is that storm (one entity, an event), not a
// person who has that given name nor a city of that name.
func TestStormName(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Ana weakens\n\nHurricane Ana hit the coast on Monday. Tropical Storm Olivia weakened near the islands. "+
		"By Tuesday Ana had moved north and Olivia had faded.\n\nMayor Ana Ruiz said Ana was the worst storm in years, Ruiz said. "+
		"Hurricane Florence hit the coast, and Florence then stalled. The National Hurricane Center said so.")
	wantTypes(t, an, map[string]EntityType{"Hurricane Ana": Event, "Tropical Storm Olivia": Event, "Hurricane Florence": Event,
		"Ana Ruiz": Person, "National Hurricane Center": Org})
	forms, _ := entityForms(an)
	for name, want := range map[string]string{"Hurricane Ana": "Ana|Hurricane Ana", "Tropical Storm Olivia": "Olivia|Tropical Storm Olivia",
		"Hurricane Florence": "Florence|Hurricane Florence", "Ana Ruiz": "Ana Ruiz|Ruiz"} {
		if got := forms[name]; got != want {
			t.Errorf("%s: forms %q, want %q", name, got, want)
		}
	}
}

// TestCompassRegion: a compass word of two directions before a known
// place names a region of it ("Southeast Asia"), no person.
func TestCompassRegion(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Regions\n\nRegions such as Central America or Southeast Asia lagged, and Northwest Syria too. Southwest Airlines flew there.")
	wantTypes(t, an, map[string]EntityType{"Central America": Place, "Southeast Asia": Place, "Northwest Syria": Place, "Southwest Airlines": Org})
}

// TestFirmFrontAndHeadWords: the first word of a firm's name alone is
// the firm ("Quarrel Restaurants … Quarrel said"), unless a person of the
// article has that name; "Restaurants" ends a firm's name, "Fairgrounds"
// a place's and "Wars" a war's.
func TestFirmFrontAndHeadWords(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Firms\n\nQuarrel Restaurants owns the chain. Quarrel said in a statement that it would cut hours. "+
		"Brixton Industries agreed, and Brixton said so again. Ivo Mund of Mund Capital spoke; Mund said the deal was done.\n\n"+
		"The fair opened at the Harbour County Fairgrounds. Historians met there to talk of the Quarry Wars.")
	wantTypes(t, an, map[string]EntityType{"Quarrel Restaurants": Org, "Brixton Industries": Org, "Ivo Mund": Person, "Mund Capital": Org,
		"Harbour County Fairgrounds": Place, "Quarry Wars": Event})
	forms, _ := entityForms(an)
	for name, want := range map[string]string{"Quarrel Restaurants": "Quarrel|Quarrel Restaurants", "Brixton Industries": "Brixton|Brixton Industries",
		"Ivo Mund": "Ivo Mund|Mund", "Mund Capital": "Mund Capital"} {
		if got := forms[name]; got != want {
			t.Errorf("%s: forms %q, want %q", name, got, want)
		}
	}
}

// TestTwoNamesAtAnd: "and" between two whole names of bodies, before a
// chamber's party group, or in a list after a plural noun for bodies
// joins nothing; a body's name that holds "and" stays whole.
func TestTwoNamesAtAnd(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Glued\n\nA survey by the Quarry Herald and Harbour TV shows a lead. Talks between President Ivo Lund and House Republicans collapsed. "+
		"Technology companies Brixton and Marlow Analytics kept access. The White House and Education Department agreed.\n\n"+
		"The Harbour and Transport Union struck. The Food and Drug Administration and the Securities and Exchange Commission acted.")
	wantTypes(t, an, map[string]EntityType{"Quarry Herald": Org, "Harbour TV": Org, "Ivo Lund": Person, "House Republicans": Other,
		"Marlow Analytics": Org, "White House": Org, "Education Department": Org, "Harbour and Transport Union": Org,
		"Food and Drug Administration": Org, "Securities and Exchange Commission": Org})
	types := entityTypes(an)
	for name := range types {
		if strings.Contains(name, " and ") && name != "Harbour and Transport Union" && name != "Food and Drug Administration" && name != "Securities and Exchange Commission" {
			t.Errorf("%q: two names glued at and; all %v", name, types)
		}
	}
}

// TestTitlePieces: words of a book's or a show's title in quotation marks
// that the name finder cut out of it are no entity; a known place or a
// person with a known given name inside the title stays, and so does a
// name the article also writes outside the title.
func TestTitlePieces(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Titles\n\nIvo Lund, author of “The Long Night Inside the Hidden Deal to Remake the Harbour,” spoke. "+
		"Mara Holt, author of “Coast of Fog, City of Lamps,” agreed. The “Canada’s Got Talent” host wrote it; the show got good ratings.\n\n"+
		"Holt said “Quarry Partners Will Win This Fight” and Quarry Partners did.")
	wantTypes(t, an, map[string]EntityType{"Ivo Lund": Person, "Mara Holt": Person, "Canada": Place, "Quarry Partners": Org})
	types := entityTypes(an)
	for _, no := range []string{"Hidden Deal", "City of Lamps", "Coast of Fog", "Got Talent"} {
		if _, ok := types[no]; ok {
			t.Errorf("%q (a piece of a title) is held; all %v", no, types)
		}
	}
}
