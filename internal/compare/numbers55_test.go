package compare

import (
	"strings"
	"testing"
)

// TestNumbers55Shown: the Numbers table leaves out a position one outlet
// alone gives ("his second statement") and a count that says nothing
// of what it counts ("two other women", "seven and a half years" read
// as seven, "the tens of millions next year"); a position two outlets give ("the third governor") and a
// count of donors keep their rows (h/numbers55, issue 15; read54 found
// 124 positions and 50 bare "count" rows on 16 pages).
func TestNumbers55Shown(t *testing.T) {
	r := run(t, mkArticles(
		"Recall vote\nVardel became the third governor to be recalled, in his second statement of the day. He has denied claims from two other women. Two donors gave money. The board has made progress over the last seven and a half years. Voters will turn out by the tens of millions next year to vote him out.",
		"Recall vote counted\nVardel is the third governor to be recalled in the state's history. Two donors gave money to the recall.",
	))
	for _, q := range r.Numbers {
		if q.What == "" && q.Unit == "" && q.Kind == "count" || strings.HasPrefix(q.What, "next") {
			t.Errorf("a row says nothing of what it counts: %+v", q)
		}
		for _, v := range q.Values {
			if v.Text == "second" {
				t.Errorf("a position one outlet gives has a row: %+v", q)
			}
		}
	}
	if q := quantityOf(r, "a0", "third"); q == nil || len(q.Values) != 2 {
		t.Errorf("the third governor, told by both: %+v", q)
	}
	if q := quantityOf(r, "a0", "Two"); q == nil {
		t.Errorf("the donors lost: %+v", r.Numbers)
	}
}

// TestNumbers55TallyLabel: a vote told as a bare tally ("voted 230-197",
// "was adopted, 230 to 197") is labelled a vote, not "range"
// (h/numbers55; read54 found "range" on 17 rows).
func TestNumbers55TallyLabel(t *testing.T) {
	r := run(t, mkArticles(
		"House acts\nThe House voted 230-197 to charge Darrow with abuse of power on Wednesday.",
		"House acts on charges\nThe first article, abuse of power by Darrow, was adopted by the House, 230 to 197, with one member voting present.",
	))
	q := quantityOf(r, "a0", "230-197")
	if q == nil || q.What != "vote" || len(q.Values) != 2 {
		t.Errorf("the vote: %+v", q)
	}
}

// TestNumbers55DistanceFrom: two distances measured from other points
// ("80 miles from the Kestin station", "90 miles from the border at
// Kestin") are two quantities, in two rows; from one point they share a
// row (h/numbers55; read54 found 80 and 90 miles in one row).
func TestNumbers55DistanceFrom(t *testing.T) {
	apart := []struct{ name, a, b, na, nb string }{
		{"station and border",
			"Boy dies\nHarlow, where the boy died, is about 80 miles away from the Kestin station, officials said.",
			"Boy dies in custody\nHarlow, where the boy died, is about 90 miles from the border at Kestin, officials said.",
			"80", "90"},
	}
	together := []struct{ name, a, b, na string }{
		{"one station",
			"Boy dies\nHarlow, where the boy died, is about 80 miles away from the Kestin station, officials said.",
			"Boy dies in custody\nHarlow, where the boy died, is about 90 miles from the Kestin station, officials said.",
			"80"},
	}
	checkRows(t, apart, together)
	for _, c := range apart {
		if strings.Contains(c.a, "80") {
			r := run(t, mkArticles(c.a, c.b))
			if q := quantityOf(r, "a1", c.nb); q == nil || len(q.Values) != 1 {
				t.Errorf("%s: %+v", c.name, q)
			}
		}
	}
}

// TestNumbers55OneRuling: one ruling told "a 5-4 decision", "a 5-to-4
// decision" and "the 5-4 decision split the court" is one row
// (h/numbers55; read54 found it in three rows).
func TestNumbers55OneRuling(t *testing.T) {
	r := run(t, mkArticles(
		"Court backs marriage\nLed by Justice Kerran, the high court ruled Friday, in a 5-4 decision, in favor of the couples.",
		"Court rules\nIn a 5-to-4 decision, the high court handed the couples a sweeping win across the country.",
		"Court decides\nThe landmark 5-4 decision split the high court along the usual lines, with Justice Kerran joining the liberal wing.",
	))
	if q := quantityOf(r, "a0", "5-4"); q == nil || len(q.Values) != 3 || q.Discrepancy {
		t.Errorf("the ruling: %+v", q)
	}
}

// TestNumbers55SmallBare: a small figure told without what it counts
// shares no row with the same figure of another report that does not
// say either ("two people involved", "one of two other people"); 168
// injured and
// 182 hospitalized are two quantities (h/numbers55; read54 found both in
// one row).
func TestNumbers55SmallBare(t *testing.T) {
	r := run(t, mkArticles(
		"Hearing\n\"We've got two people involved,\" Brenner said, \"and two people ought to be able to tell their stories.\"",
		"Hearing friend\nAnother friend, Pell Smyth, said on Wednesday he was one of two other people Toskey named at the party.",
	))
	if q := quantityOf(r, "a0", "two"); q != nil && len(q.Values) != 1 {
		t.Errorf("two people involved and two other people: %+v", q)
	}
	apart := []struct{ name, a, b, na, nb string }{
		{"injured and hospitalized",
			"Crash\nTwo passengers died and 168 were injured in the crash at Orsa on Saturday.",
			"Crash landing\nBesides the two deaths in the crash at Orsa on Saturday, 182 people were hospitalized with injuries.",
			"168", "182"},
	}
	checkRows(t, apart, nil)
}
