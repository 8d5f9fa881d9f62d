package nlp

import "testing"

// mentionTypes runs the analyzer on paras and gives, for every name
// mention whose text is a key of want, the type of its entity; a text
// typed two ways fails the test.
func mentionTypes(t *testing.T, paras []string, want map[string]EntityType) map[string]EntityType {
	t.Helper()
	a := newTestAnalyzer(t).Analyze(Input{Title: "A report", Paragraphs: paras})
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
	return got
}

// TestBaseAndStationNames checks that a military base ("Brevik Air Base")
// and a station named before its kind and "station" ("Hollin Marsh
// underground train station") are places, and so is a base's name alone
// where the article gives the base in full; a person's name before
// "station" words stays a person's.
func TestBaseAndStationNames(t *testing.T) {
	paras := []string{"Nine people were hurt when a fire broke out in the Hollin Marsh underground train station on Friday.",
		"Corvale and Estavia are partners, and Brevik has a key role for the coalition, said Tomas Weller. The jets left Brevik Air Base on Monday.",
		"Officers took Vera Quill to the police station, where Quill said nothing."}
	want := map[string]EntityType{"Hollin Marsh": Place, "Brevik": Place, "Brevik Air Base": Place, "Tomas Weller": Person, "Vera Quill": Person}
	got := mentionTypes(t, paras, want)
	for name, ty := range want {
		if got[name] != ty {
			t.Errorf("%q: got type %q, want %q", name, got[name], ty)
		}
	}
}

// TestChamberGroupAfterPlace checks that a place before a chamber's party
// group is a word of the group's name ("Norland Senate Republicans"), as
// it is of a body's, not a cut span with the place dropped.
func TestChamberGroupAfterPlace(t *testing.T) {
	a := newTestAnalyzer(t).Analyze(Input{Title: "A vote", Paragraphs: []string{
		"WASHINGTON - U.S. Senate Republicans on Tuesday blocked the Velmora Accord, which Democrats backed."}})
	found := false
	for _, e := range a.Entities {
		for _, m := range e.Mentions {
			if m.Kind != MentionName {
				continue
			}
			if m.Text == "Senate Republicans" {
				t.Errorf("%q: the group's name cut after the place", m.Text)
			}
			if m.Text == "U.S. Senate Republicans" {
				found = true
				if e.Type != Other {
					t.Errorf("%q: got type %q, want other", m.Text, e.Type)
				}
			}
		}
	}
	if !found {
		t.Errorf("no mention \"U.S. Senate Republicans\"")
	}
}
