package nlp

import "testing"

// TestSeatAfterMemberTitle: "Tory MP for <seat>" is a member's title and the
// seat, a place; the seat is no part of a body's name, and the member named
// after it stays a person.
func TestSeatAfterMemberTitle(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Brexit Row\n\nThe Tory MP for Dunmere West, Alan Pordry, accused the minister of hiding the figures. "+
		"Ivo Lund, Labour MP for Kelby East, said the plan was late.\n\nLater the MP for Harrowfield Alan Tomms spoke.")
	wantTypes(t, an, map[string]EntityType{"Dunmere West": Place, "Kelby East": Place, "Harrowfield": Place,
		"Alan Pordry": Person, "Ivo Lund": Person, "Alan Tomms": Person})
	for _, e := range an.Entities {
		if len(e.Name) > 6 && (e.Name[:6] == "Tory M" || e.Name[:6] == "Labour") {
			t.Errorf("title and seat read as one name %q (%v)", e.Name, e.Type)
		}
	}
}
