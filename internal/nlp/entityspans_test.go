package nlp

import "testing"

// TestHashtagThing: a hashtag ("#NeverTrump", "#MeToo") names a movement
// or a slogan, a thing, with its mark; no body or person of the word
// after the mark.
func TestHashtagThing(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Port\n\nCalls to reopen the port came from #SaveThePort activists, and Ivo Lund backed the #PortToo campaign on Monday.")
	wantTypes(t, an, map[string]EntityType{"#SaveThePort": Other, "#PortToo": Other, "Ivo Lund": Person})
	types := entityTypes(an)
	for _, no := range []string{"SaveThePort", "PortToo"} {
		if ty, ok := types[no]; ok {
			t.Errorf("%q is held as %v; all %v", no, ty, types)
		}
	}
	for _, e := range an.Entities {
		if e.Name != "#PortToo" {
			continue
		}
		for _, m := range e.Mentions {
			if m.Kind == MentionName && m.End-m.Start != len("#PortToo") {
				t.Errorf("#PortToo mention spans %d-%d, want the mark held", m.Start, m.End)
			}
		}
	}
}

// TestBodyFieldsAfterAnd: a body's name built on its head word and "of"
// goes on past "and" to a plural that ends the sequence ("Academy of
// Harbour Arts and Sciences", "Institute of Tides and Coastal Studies"):
// one body, not a body cut before "and". A known body or a place after
// "and" stays a name of its own.
func TestBodyFieldsAfterAnd(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Port\n\nThe Academy of Harbour Arts and Sciences is mostly male, Ivo Lund said. "+
		"The Institute of Tides and Coastal Studies said the port would reopen.")
	wantTypes(t, an, map[string]EntityType{"Academy of Harbour Arts and Sciences": Org, "Institute of Tides and Coastal Studies": Org})
	types := entityTypes(an)
	for _, no := range []string{"Academy of Harbour Arts", "Institute of Tides", "Sciences", "Coastal Studies"} {
		if ty, ok := types[no]; ok {
			t.Errorf("%q is held as %v; all %v", no, ty, types)
		}
	}
	an = analyze(t, a, "Port\n\nThe Department of Justice and Congress sparred, and the University of Texas and Texas Rangers fans met on Monday.")
	wantTypes(t, an, map[string]EntityType{"Department of Justice": Org, "Congress": Org, "University of Texas": Org})
}
