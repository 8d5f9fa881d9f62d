package nlp

import "testing"

// TestVenueNounAfterName checks that a name written right before a
// venue's or a region's noun is a place, also where the article names it
// again alone, and that a team before a player's role is a body while the
// player after it stays a person; a person's name before a noun of
// theirs, and a person named in full, stay persons.
func TestVenueNounAfterName(t *testing.T) {
	paras := []string{"Police said the gunman opened fire at Lumen nightclub in Ostrava early on Sunday.",
		"Witnesses said they had seen him at Lumen many times. But Lumen told reporters it had no record of him as a guest.",
		"The pipeline's route through the fragile Dune Hollows region was widely criticised.",
		"Harbour Falcons quarterback Tomas Vell said the loss was his own fault.",
		"Karel Mrak said the Mrak family would attend. Mrak supporters cheered, and Mrak said he was grateful.",
		"Mayor Pell said the Pell club would close. Pell said it was a sad day.",
		"Ona Brisk prayed at the Baptist church, then ate at a Kestrel restaurant near the Nordic region.",
		"Velmora's airport closed on Thursday, and flights to Velmora resumed on Friday."}
	a := newTestAnalyzer(t).Analyze(Input{Title: "Shooting at a club", Paragraphs: paras})
	want := map[string]EntityType{"Lumen": Place, "Dune Hollows": Place, "Harbour Falcons": Org, "Tomas Vell": Person, "Karel Mrak": Person, "Pell": Person, "Velmora": Place}
	got := map[string]EntityType{}
	for _, e := range a.Entities {
		for _, m := range e.Mentions {
			if m.Kind != MentionName {
				continue
			}
			if _, ok := want[m.Text]; ok {
				if old, seen := got[m.Text]; seen && old != e.Type {
					t.Errorf("%q typed both %s and %s", m.Text, old, e.Type)
				}
				got[m.Text] = e.Type
			}
		}
	}
	for _, name := range []string{"Baptist", "Kestrel", "Nordic"} {
		for _, e := range a.Entities {
			for _, m := range e.Mentions {
				if m.Text == name && e.Type == Place {
					t.Errorf("%q: a faith, a chain or an adjective typed place", name)
				}
			}
		}
	}
	for name, ty := range want {
		if got[name] != ty {
			t.Errorf("%q: got type %q, want %q", name, got[name], ty)
		}
	}
}
