package compare

import "testing"

// TestNumbersFarValuesDoNotHideOdds: an article that counts its noun
// again with a far value ("up to 5,000 nurses could be moved") or a
// vague one ("thousands of nurses") still gives its own count of the
// whole (31,000 walked out), and a rough count of another outlet more
// than a writer's rounding away (some 27,000) is at odds with it
// (read59: 30,000 / 25,000 / 26,000 teachers of one strike shown
// without a mark).
func TestNumbersFarValuesDoNotHideOdds(t *testing.T) {
	r := run(t, mkArticles(
		"Varno nurses strike leaves wards short\n31,000 nurses and other staff walked out after failing to reach a contract deal. Up to 5,000 nurses could be moved to other wards, the union said.",
		"Varno nurses walk out\nThe hospital network, which employs about 24,000 nurses, announced plans to keep 40 of its 300 clinics open. The union called the strike on Monday.",
		"Varno nurses strike for first time in years\nSome 27,000 nurses and support staff joined the picket after union leaders said they were far from a contract deal. Thousands of nurses marched.",
	))
	q := quantityOf(r, "a0", "31,000")
	if q == nil || quantityOf(r, "a2", "27,000") != q || !q.Discrepancy {
		t.Errorf("31,000 and some 27,000 nurses: one row marked at odds, got %+v", q)
	}
	if q := quantityOf(r, "a0", "5,000"); q != nil && len(q.Values) > 1 {
		t.Errorf("5,000 nurses to be moved joined a row: %+v", q)
	}
}

// TestNumbersCloseValueStillVaries: an article giving two close counts
// of its noun ("31,000", later "29,500 nurses") gives no one count, and
// its figure is not set at odds with another outlet's rough count.
func TestNumbersCloseValueStillVaries(t *testing.T) {
	r := run(t, mkArticles(
		"Varno nurses strike leaves wards short\n31,000 nurses and other staff walked out after failing to reach a contract deal. By noon 29,500 nurses had signed the union roll, the union said.",
		"Varno nurses walk out\nThe union said talks had lasted eight months before the walkout on Monday.",
		"Varno nurses strike for first time in years\nSome 27,000 nurses and support staff joined the picket after union leaders said they were far from a contract deal.",
	))
	for _, q := range r.Numbers {
		if q.Discrepancy {
			t.Errorf("a varying count set at odds: %+v", q)
		}
	}
}

// TestOtherValueVaries: which second figure of one article makes its
// first vary for roughApart.
func TestOtherValueVaries(t *testing.T) {
	count := func(thing, text string, v float64, approx bool) numItem {
		it := numItem{thing: thing}
		it.n.Text, it.n.Value, it.n.Approx = text, v, approx
		return it
	}
	for _, c := range []struct {
		name string
		a, b numItem
		want bool
	}{
		{"close definite", count("h:nurs", "31,000", 31000, false), count("h:nurs", "29,500", 29500, false), true},
		{"far", count("h:nurs", "31,000", 31000, false), count("h:nurs", "5,000", 5000, false), false},
		{"vague other", count("h:nurs", "31,000", 31000, false), count("h:nurs", "thousands", 1000, true), false},
		{"toll far", count("c:death", "30", 30, false), count("c:death", "nine", 9, false), true},
	} {
		if got := otherValueVaries(c.a, c.b); got != c.want {
			t.Errorf("%s: got %v, want %v", c.name, got, c.want)
		}
	}
}

// TestNumbersOneSumOneRow: one sum of four significant figures that
// outlets say pays for other words ("relief package", "disaster money")
// is one row; a two-figure sum given for two funds is not.
func TestNumbersOneSumOneRow(t *testing.T) {
	r := run(t, mkArticles(
		"Senate passes Tarvel flood bill\nThe Senate on Friday passed a $12.35 billion flood relief package for Tarvel. The bill adds $4.2 billion for the farm fund.",
		"Tarvel aid clears Senate\nThe bill hands out $12.35 billion in disaster money to Tarvel and its ports. It also sets $4.2 billion for road repair.",
		"Flood aid for Tarvel\nLawmakers voted on Friday for the Tarvel measure, which still needs the governor's signature.",
	))
	q := quantityOf(r, "a0", "$12.35 billion")
	if q == nil || quantityOf(r, "a1", "$12.35 billion") != q {
		t.Errorf("$12.35 billion: one row, got %+v", q)
	}
	if q := quantityOf(r, "a0", "$4.2 billion"); q != nil && quantityOf(r, "a1", "$4.2 billion") == q {
		t.Errorf("$4.2 billion for two funds in one row: %+v", q)
	}
}

// TestSignificantFigures: the figures a sum is written with.
func TestSignificantFigures(t *testing.T) {
	for _, c := range []struct {
		v    float64
		want int
	}{{15.25e9, 4}, {7.4e9, 2}, {27111.75, 7}, {391e6, 3}, {1e6, 1}, {0.5, 1}} {
		if got := significantFigures(c.v); got != c.want {
			t.Errorf("%v: got %d, want %d", c.v, got, c.want)
		}
	}
}
