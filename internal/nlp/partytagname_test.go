package nlp

import "testing"

// TestPartyTagNoName: a party-and-state tag after a member's name ("R-South
// Dakota", "D-N.Y.", "(R-TX)") is no entity, neither a person nor a body;
// the members stay persons, and "D-Day" stays a name.
func TestPartyTagNoName(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Vote\n\nSen. Ola Finch, R-South Dakota, and Rep. Lu Brant, D-N.Y., voted for the plan. "+
		"Rep. Ivo Quell (R-TX) and Rep. Ed Moy, D-West Virginia, did not.\n\nThey met again on D-Day.")
	wantTypes(t, an, map[string]EntityType{"Ola Finch": Person, "Lu Brant": Person, "Ivo Quell": Person, "Ed Moy": Person})
	for _, e := range an.Entities {
		for _, m := range e.Mentions {
			if len(m.Text) > 2 && m.Text[1] == '-' && m.Text != "D-Day" {
				t.Errorf("tag %q is an entity %q (%v)", m.Text, e.Name, e.Type)
			}
		}
	}
}
