package nlp

import "testing"

// TestTrainRoomChiefs checks that a train named with its number ("Velrail
// Coastal Express Train 412") is a thing, not a person of its words; that
// a room after "the" stays a place before "of" ("the Harbour Room of the
// Ostra Palace"); and that the Joint Chiefs of Staff is one body, not the
// person "Joint Chiefs".
func TestTrainRoomChiefs(t *testing.T) {
	paras := []string{"The engineer of Velrail Coastal Express Train 412 braked hard near Ostra, and Velrail Train 412 stopped.",
		"The Velrail Night Train 9 was late. Mayor Ivo Marsh spoke in the Harbour Room of the Ostra Palace on Friday with Gen. Tomas Weller, who leads the Joint Chiefs of Staff."}
	want := map[string]EntityType{"Velrail Coastal Express Train 412": Other, "Velrail Night Train 9": Other, "Velrail Train 412": Other, "Harbour Room": Place,
		"Joint Chiefs of Staff": Org, "Tomas Weller": Person}
	got := mentionTypes(t, paras, want)
	for name, ty := range want {
		if got[name] != ty {
			t.Errorf("%q: got type %q, want %q", name, got[name], ty)
		}
	}
}
