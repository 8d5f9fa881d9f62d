package compare

import "testing"

// TestNumbersCountedKindsApart: counts of disjoint kinds of person never
// share a row, even when one sentence names both nouns (h/numbers56;
// fresh56's arrest page put one outlet's "three other men" beside the
// other's "three women").
func TestNumbersCountedKindsApart(t *testing.T) {
	r := run(t, mkArticles(
		"Suspect held in Vellmoor killings\nDeputies halted both vans near Dorran and detained Kell along with three other men and two women, Marsh told reporters.",
		"Vellmoor murder suspect held\nKell rode beside three women in his van; his cousin and one more man followed in a second van.",
	))
	if q := quantityOf(r, "a0", "three"); q != nil && len(q.ReportedBy) > 1 {
		t.Errorf("three men beside three women: %+v", q)
	}
}

// TestNumbersCountedFatesApart: one noun and one value with other fates
// ("stabbed", "found") are two groups; one fate in other words
// ("found", "located"; "killed", "shot to death") is one.
func TestNumbersCountedFatesApart(t *testing.T) {
	r := run(t, mkArticles(
		"Vellmoor killings\nTwo of the four victims had been stabbed before the blaze, medics said.",
		"Vellmoor fire\nThe crates sat in the cellar where two of the victims were located.",
	))
	if q := quantityOf(r, "a0", "Two"); q != nil && len(q.ReportedBy) > 1 {
		t.Errorf("stabbed beside found: %+v", q)
	}
	for _, c := range []struct{ a, b, want string }{
		{"Three of the victims were found in the cellar.", "three of the victims were located in the cellar", "found"},
		{"Three of the victims had been stabbed.", "three of the victims had been stabbed", "stabbed"},
		{"Nine pupils and two adults were killed at the Orsa school.", "two adults were shot to death at the Orsa school", "killed"},
	} {
		for _, s := range []string{c.a, c.b} {
			an := newAnalyzer(t)
			docs, _ := prepare(mkArticles("A title\n"+s), nil, an)
			items := collectNumbers(docs)
			// The last figure of the sentence is the one asked about.
			if len(items) == 0 || items[len(items)-1].fate != c.want {
				t.Errorf("%q: fate %+v, want %q", s, items, c.want)
			}
		}
	}
}

// TestKindsApart: which counted nouns name disjoint kinds.
func TestKindsApart(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"men", "women", true},
		{"other men", "young women", true},
		{"boys", "girls", true},
		{"adults", "children", true},
		{"men", "boys", true},
		{"victims", "suspects", true},
		{"men", "victims", false},
		{"women", "females", false},
		{"women", "people", false},
		{"cars", "trucks", false},
	} {
		if got := kindsApart(c.a, c.b); got != c.want {
			t.Errorf("kindsApart(%q, %q) = %v", c.a, c.b, got)
		}
	}
}
