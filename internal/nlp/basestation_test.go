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

// TestStationGuards checks that "station" alone after a name does not
// make it a place (a broadcaster's, a brand's, a desk's station), that a
// numbered name's tail before a station is no name (a year before a
// venue's name is no number of it), nor a letter, that a carrier before
// its station stays a body, and that a base's name alone is a place after
// "Air Force Base" too.
func TestStationGuards(t *testing.T) {
	paras := []string{"Limbaugh was on a Sports station. The nurse stood at the Nurses station. The Shell station had no gas.",
		"A man sat at the 30th Street train station in Velmora. Others went to the 3rd District police station, or the A/C/E subway station.", "The 1977 Corvale Hall synagogue shooting was recalled.",
		"Volunteers waited at the Greyhound bus station. Greyhound is adding buses.",
		"The jets left Brevik Air Force Base on Friday. On Friday, Brevik announced that the museum would close."}
	got := mentionTypes(t, paras, map[string]EntityType{"Sports": "", "Nurses": "", "Shell": "", "Street": "", "District": "", "E": "", "Greyhound": "", "Brevik": "", "Corvale Hall": ""})
	for _, name := range []string{"Sports", "Nurses", "Shell", "Street", "District", "E"} {
		if got[name] == Place {
			t.Errorf("%q: a place", name)
		}
	}
	if got["Greyhound"] != Org {
		t.Errorf("%q: got type %q, want org", "Greyhound", got["Greyhound"])
	}
	for _, name := range []string{"Brevik", "Corvale Hall"} {
		if got[name] != Place {
			t.Errorf("%q: got type %q, want place", name, got[name])
		}
	}
}

// TestChamberGroupBeforeOn checks that a chamber's party group with its
// place, written before "on" and a capitalised name ("top U.S. Senate
// Republicans on Capitol Hill"), is no piece cut from a longer name: the
// group stays a name.
func TestChamberGroupBeforeOn(t *testing.T) {
	got := mentionTypes(t, []string{"Tomas Vell met top U.S. Senate Republicans on Harmon Ridge after the vote."},
		map[string]EntityType{"U.S. Senate Republicans": ""})
	if got["U.S. Senate Republicans"] != Other {
		t.Errorf("%q: got type %q, want other", "U.S. Senate Republicans", got["U.S. Senate Republicans"])
	}
}

// TestHyphenatedBaseAlone checks that a base's hyphenated name written
// alone ("Varne-Holt" after "Varne-Holt Air Force Base") is the base, a
// place, though a hyphen marks a compound before a venue's noun.
func TestHyphenatedBaseAlone(t *testing.T) {
	paras := []string{"The crews left Varne-Holt Air Force Base in Ostra on Monday.",
		"Later, Varne-Holt said it had sent two more crews, and planes at Varne-Holt were ready."}
	got := mentionTypes(t, paras, map[string]EntityType{"Varne-Holt": Place, "Varne-Holt Air Force Base": Place})
	for _, name := range []string{"Varne-Holt", "Varne-Holt Air Force Base"} {
		if got[name] != Place {
			t.Errorf("%q: got type %q, want place", name, got[name])
		}
	}
}
