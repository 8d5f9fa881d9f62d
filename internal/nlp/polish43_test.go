package nlp

import "testing"

// TestPossessiveRunOn: a person named in full, then another's surname in
// the possessive, are two people, not one of three names; a run the
// article writes whole elsewhere stays one name.
func TestPossessiveRunOn(t *testing.T) {
	a := newTestAnalyzer(t)
	names := func(paras ...string) map[string]bool {
		got := map[string]bool{}
		for _, e := range a.Analyze(Input{Paragraphs: paras}).Entities {
			if e.Type == Person {
				got[e.Name] = true
			}
		}
		return got
	}
	got := names("Carl Lund spoke in Valmora on Monday.", "With the race tight, the party sent Carl Lund Ruiz's way in the last week.", "Ana Ruiz thanked him.")
	if got["Carl Lund Ruiz"] || !got["Carl Lund"] || !got["Ana Ruiz"] {
		t.Errorf("two names side by side: %v", got)
	}
	got = names("Carl Lund Ruiz spoke in Valmora on Monday.", "The party sent Carl Lund Ruiz's team in the last week.", "Carl Lund and Ana Ruiz came too.")
	if !got["Carl Lund Ruiz"] {
		t.Errorf("a whole name written twice: %v", got)
	}
	got = names("The party asked former Mayor Carl Lund Ruiz's closer to speak.", "Ana Lund spoke first.", "Ruiz was pleased.")
	if got["Carl Lund Ruiz"] || !got["Carl Lund"] {
		t.Errorf("a full name not repeated, then a surname: %v", got)
	}
	got = names("The party sent Ana Vela Ruiz's team in the last week.", "Vela Ruiz was pleased.", "Ruiz said so.")
	if !got["Ana Vela Ruiz"] {
		t.Errorf("a double surname: %v", got)
	}
	got = names("The party sent Carl Lund Ruiz's team in the last week.", "Ruiz was pleased.")
	if !got["Carl Lund Ruiz"] {
		t.Errorf("a three-word name with no shorter run elsewhere: %v", got)
	}
}
