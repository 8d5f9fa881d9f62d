package compare

import "testing"

// TestNumberRowsMeasureForms: one count written as a measure ("the
// 448-page report", "a 60-vote threshold") and plainly ("448 pages", "60
// votes") is one row (h/numbers70; before, the two forms had two units
// and stood in two rows); a measure of another count stays apart.
func TestNumberRowsMeasureForms(t *testing.T) {
	together := []struct{ name, a, b, na string }{
		{"pages",
			"Report out\nThe counsel's 448-page report on the port inquiry was released on Thursday.",
			"Report released\nThe counsel's report on the port inquiry runs 448 pages and was released on Thursday.",
			"448-page"},
		{"votes",
			"Rule change\nSenators voted to end the 60-vote threshold for Brenn's nominees on Thursday.",
			"Rule change passes\nUnder the old rule, Brenn's nominees needed 60 votes to end a filibuster in the Senate.",
			"60-vote"},
	}
	apart := []struct{ name, a, b, na, nb string }{
		{"another count",
			"Report out\nThe counsel's 448-page report on the port inquiry was released on Thursday.",
			"Report released\nThe counsel questioned 448 witnesses in the port inquiry, the report released on Thursday says.",
			"448-page", "448"},
	}
	checkRows(t, apart, together)
}

// TestMeasurePlural: a row of measures is labelled with the plural.
func TestMeasurePlural(t *testing.T) {
	for w, want := range map[string]string{"page": "pages", "story": "stories", "foot": "feet", "mph": "mph", "inch": "inches", "day": "days"} {
		if got := measurePlural(w); got != want {
			t.Errorf("measurePlural(%q) = %q, want %q", w, got, want)
		}
	}
}
