package nlp

import (
	"slices"
	"testing"
)

// TestSpeakersOfAJointStatement checks words two or more persons said
// together: the first named is the speaker, and the others are in With,
// however the list is written; one person alone has none in With, nor
// has each of a list whose words the text gives "respectively".
func TestSpeakersOfAJointStatement(t *testing.T) {
	a := newTestAnalyzer(t)
	for _, tc := range []struct {
		name, text string
		want       []string // the speaker's entity, then With's
	}{
		{"after the quote, with a joint statement",
			"\u201cThe bill is a disgrace,\u201d Ivo Lund and Ana Ruiz said in a joint statement.",
			[]string{"Ivo Lund", "Ana Ruiz"}},
		{"before the quote, with a joint statement",
			"Ivo Lund and Ana Ruiz said in a joint statement that the bill was \u201ca disgrace.\u201d",
			[]string{"Ivo Lund", "Ana Ruiz"}},
		{"titled senators with their parties",
			"\u201cThe bill is a disgrace,\u201d Sens. Ivo Lund (R-Ohio) and Ana Ruiz (D-Maine) said.",
			[]string{"Ivo Lund", "Ana Ruiz"}},
		{"three after a colon",
			"In a joint statement, Sens. Ivo Lund (R-Ohio), Tom Hale (R-Iowa) and Ana Ruiz (D-Maine) said: \u201cThe bill is a disgrace.\u201d",
			[]string{"Ivo Lund", "Tom Hale", "Ana Ruiz"}},
		{"each his own words",
			"Sens. Ivo Lund and Tom Hale parted with the mayor, calling him, respectively, \u201ca bad planner\u201d and \u201ca risk to the port.\u201d",
			[]string{"Ivo Lund"}},
		{"unchanged: one speaker, another named after",
			"\u201cThe bill is a disgrace,\u201d Ivo Lund said. Ana Ruiz agreed.",
			[]string{"Ivo Lund"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			an := analyze(t, a, tc.text)
			if len(an.Quotes) == 0 {
				t.Fatal("no quote")
			}
			for i, q := range an.Quotes {
				sp := q.Speaker
				if sp == nil {
					t.Fatalf("quote %d has no speaker", i)
				}
				var got []string
				for _, e := range append([]int{sp.Entity}, sp.With...) {
					if e < 0 || e >= len(an.Entities) {
						t.Fatalf("speaker %+v: entity out of range", sp)
					}
					got = append(got, an.Entities[e].Name)
				}
				if !slices.Equal(got, tc.want) {
					t.Errorf("quote %d speakers %q, want %q", i, got, tc.want)
				}
			}
		})
	}
}
