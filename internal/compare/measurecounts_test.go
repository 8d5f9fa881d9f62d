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
		{"a margin's points",
			"Estria poll\nBrenn holds a 13-point advantage among Estria women, the poll found on Monday.",
			"Estria poll out\nIn Estria, Olsen leads Brenn among men by 13 points, the poll found on Monday.",
			"13-point", "13"},
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

// TestNumbersMeasureRules: a 60-vote threshold and a 51-vote majority of
// one bill are two rules, not two values at odds (h/numbers70's census
// read them as a discrepancy after 05ff5945); two reports' 448-page and
// 400-page reports of one counsel still are.
func TestNumbersMeasureRules(t *testing.T) {
	r := run(t, mkArticles(
		"Repeal bill\nThe Dorran-led chamber has until Friday to pass the bill with a simple, 51-vote majority, under the budget procedures.",
		"Repeal vote\nThe chamber, which Dorran's party controls by 52-48, faces a Friday deadline on the bill under a rule that lets it pass with a simple majority, instead of clearing the usual 60-vote threshold most bills face.",
	))
	if q := quantityOf(r, "a0", "51-vote"); q != nil && q.Discrepancy {
		t.Errorf("51-vote majority and 60-vote threshold at odds: %+v", q)
	}
	r = run(t, mkArticles(
		"Report out\nThe counsel's 448-page report on the port inquiry was released on Thursday, Brenn said.",
		"Report released\nThe counsel's 400-page report on the port inquiry was released on Thursday, Brenn said.",
	))
	if q := quantityOf(r, "a0", "448-page"); q == nil || len(q.Values) != 2 || !q.Discrepancy {
		t.Errorf("448-page and 400-page reports: %+v", q)
	}
}
