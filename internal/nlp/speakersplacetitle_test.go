package nlp

import "testing"

// entityTypes maps each entity's name to its type.
func entityTypes(an *Analysis) map[string]EntityType {
	out := map[string]EntityType{}
	for _, e := range an.Entities {
		out[e.Name] = e.Type
	}
	return out
}

// TestSpeakerAfterPlaceAndTitle: "said Oregon Sen. Ada Rusk" credits the
// senator, not the state written before the title's short form.
func TestSpeakerAfterPlaceAndTitle(t *testing.T) {
	a := newTestAnalyzer(t)
	for _, text := range []string{
		"Vote\n\n“Now the plan is dead,” said Oregon Sen. Ada Rusk, who runs the panel.\n\nMore followed.",
		"Vote\n\n“Now the plan is dead,” said Oregon Sen. Ada Van Rusk, who runs the panel.\n\nMore followed.",
	} {
		an := analyze(t, a, text)
		if got, _ := speakerOf(an, "Now the plan is dead,"); got != "Ada Rusk" && got != "Ada Van Rusk" {
			t.Errorf("speaker %q, want the senator", got)
		}
	}
}

// TestWordGluedBeforeName: a verb's -ing form or a word the article
// writes in small letters elsewhere, opening a sentence before a name,
// is not the name's given name.
func TestWordGluedBeforeName(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Race\n\nTrailing Donald Ruiz in the polls, the mayor waited. “We will win,” Ruiz said on Tuesday.\n\nThe mayor said nothing.")
	if got, _ := speakerOf(an, "We will win,"); got != "Donald Ruiz" {
		t.Errorf("speaker %q, want Donald Ruiz", got)
	}
	an = analyze(t, a, "Tour\n\nOn Monday, Mayor Donald Ruiz toured the port. Few expect a deal.\n\nExpect Ruiz to repeat his claims. “We lost nothing,” he said.")
	for name := range entityTypes(an) {
		if name == "Expect Ruiz" {
			t.Errorf("entity %q: the verb is glued to the name", name)
		}
	}
	// A given name that the article also writes in small letters stays.
	an = analyze(t, a, "Note\n\nHope Ruiz spoke first. Officials hope for a deal.\n\n“It is late,” Hope Ruiz said.")
	if got, _ := speakerOf(an, "It is late,"); got != "Hope Ruiz" {
		t.Errorf("speaker %q, want Hope Ruiz", got)
	}
}

// TestBuildingAndArchiveNoPersons: a name ending in "Tower" is a place,
// one ending in "Archive" a body; neither takes a "he" nor speaks.
func TestBuildingAndArchiveNoPersons(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Tower\n\nOn Monday, President Donald Ruiz spoke at Ruiz Tower. “We are great,” he said.\n\nData from Ruiz Post Archive lists his posts. “We lost nothing,” he said.")
	ty := entityTypes(an)
	if ty["Ruiz Tower"] != Place {
		t.Errorf("Ruiz Tower is %q, want place", ty["Ruiz Tower"])
	}
	if ty["Ruiz Post Archive"] != Org {
		t.Errorf("Ruiz Post Archive is %q, want org", ty["Ruiz Post Archive"])
	}
	for _, q := range []string{"We are great,", "We lost nothing,"} {
		if got, _ := speakerOf(an, q); got != "Donald Ruiz" {
			t.Errorf("speaker of %q = %q, want Donald Ruiz", q, got)
		}
	}
}

// TestShortGivenNamesOnePerson: "Bill Ruiz" and "William P. Ruiz" are one
// person when no other Ruiz is named; with a third given name of the
// surname, or two that are no pair, each stays apart.
func TestShortGivenNamesOnePerson(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Probe\n\nAttorney General William P. Ruiz testified. Rep. Jerrold Lund spoke. “This is wrong,” Lund said. “No,” Bill Ruiz said. Jerry Lund said “Enough.”")
	for q, want := range map[string]string{"No,": "William P. Ruiz", "Enough.": "Jerrold Lund"} {
		if got, _ := speakerOf(an, q); got != want {
			t.Errorf("speaker of %q = %q, want %q", q, got, want)
		}
	}
	an = analyze(t, a, "Family\n\nWilliam Ruiz met Bill Ruiz and Anna Ruiz at home. “No,” Bill Ruiz said. Tom Lund and Ivo Lund left.")
	if got, _ := speakerOf(an, "No,"); got != "Bill Ruiz" {
		t.Errorf("speaker %q, want Bill Ruiz kept apart", got)
	}
}
