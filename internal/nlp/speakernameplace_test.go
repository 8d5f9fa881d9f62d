package nlp

import "testing"

// TestSpeakerNameStopsBeforePlace: a speaker's name stops before "in" or
// "from" and the place where the speaker is ("CNN iReporter Ana Lind in
// Ostra, Ohio, said"): the place is no part of the speaker's mention.
// Invented names; the first three cases fail without placeAfterName, the
// last guards a description that holds no name.
func TestSpeakerNameStopsBeforePlace(t *testing.T) {
	a := newTestAnalyzer(t)
	cases := []struct {
		name, text, mention, entity string
	}{
		{"a town set off by its state", "\"We will stay,\" Ana Lind in Ostra, Ohio, said on Monday.", "Ana Lind", "Ana Lind"},
		{"a known city, a space before the comma", "Harbour reporter Carl Vesk in Lima, Peru , said the vote marked \"a new chapter\" for the port.", "Carl Vesk", "Carl Vesk"},
		{"from a town set off by its state", "Carl Vesk from Ostra, Ohio, said \"we will stay\" on Monday.", "Carl Vesk", "Carl Vesk"},
		{"no name before the place", "A friend of hers in Ostra, Ohio, said \"we will stay\".", "", ""},
	}
	for _, c := range cases {
		an := analyze(t, a, c.text)
		if len(an.Quotes) != 1 {
			t.Fatalf("%s: %d quotations, want 1", c.name, len(an.Quotes))
		}
		sp := an.Quotes[0].Speaker
		if c.entity == "" {
			if e := entityOf(an, sp); e != nil && e.Type == Person {
				t.Errorf("%s: speaker %q, want no person", c.name, e.Name)
			}
			continue
		}
		if sp == nil || sp.Mention != c.mention {
			t.Errorf("%s: speaker %+v, want the mention %q", c.name, sp, c.mention)
			continue
		}
		if e := entityOf(an, sp); e == nil || e.Name != c.entity {
			t.Errorf("%s: speaker entity %v, want %q", c.name, e, c.entity)
		}
	}
}
