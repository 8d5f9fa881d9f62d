package compare

import (
	"strings"
	"testing"
)

// TestNumbersShown: the Numbers table leaves out a position one outlet
// alone gives ("his second statement") and a count that says nothing
// of what it counts ("two other women", "seven and a half years" read
// as seven, "the tens of millions next year"); a count of donors keeps its row (a position two outlets give, "the
// third governor", is no row either since h/numbers57b) (h/numbers55, issue 15; read54 found
// 124 positions and 50 bare "count" rows on 16 pages).
func TestNumbersShown(t *testing.T) {
	r := run(t, mkArticles(
		"Recall vote\nVardel became the third governor to be recalled, in his second statement of the day. He has denied claims from two other women. Two donors gave money. The board has made progress across the past seven and a half years. He expects crowds in the tens of millions next year at the polls.",
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
	// h/numbers57b: a rank is no row even when both outlets give it
	// (read57 found "debate first", "term second" across outlets as
	// number-label); it was kept here before.
	if q := quantityOf(r, "a0", "third"); q != nil {
		t.Errorf("the third governor is a row: %+v", q)
	}
	if q := quantityOf(r, "a0", "Two"); q == nil {
		t.Errorf("the donors lost: %+v", r.Numbers)
	}
}

// TestNumbersTallyLabel: a vote told as a bare tally ("voted 230-197",
// "was adopted, 230 to 197") is labelled a vote, not "range"
// (h/numbers55; read54 found "range" on 17 rows).
func TestNumbersTallyLabel(t *testing.T) {
	r := run(t, mkArticles(
		"House acts\nOn Wednesday the chamber voted 230-197 to impeach Darrow for misuse of office.",
		"House acts on charges\nThe chamber voted 230 to 197 for the first article against Darrow, on misuse of office; a single member abstained.",
	))
	q := quantityOf(r, "a0", "230-197")
	if q == nil || q.What != "vote" || len(q.Values) != 2 {
		t.Errorf("the vote: %+v", q)
	}
}

// TestNumbersDistanceFrom: two distances measured from other points
// ("80 miles from the Kestin station", "90 miles from the border at
// Kestin") are two quantities, in two rows; from one point they share a
// row (h/numbers55; read54 found 80 and 90 miles in one row).
func TestNumbersDistanceFrom(t *testing.T) {
	apart := []struct{ name, a, b, na, nb string }{
		{"station and border",
			"Boy dies\nThe town of Harlow lies roughly 80 miles by road from the Kestin station, officials said.",
			"Boy dies in custody\nThe town of Harlow lies roughly 90 miles by road from the border crossing at Kestin, officials said.",
			"80", "90"},
	}
	together := []struct{ name, a, b, na string }{
		{"one station",
			"Boy dies\nThe town of Harlow lies roughly 80 miles by road from the Kestin station, officials said.",
			"Boy dies in custody\nThe town of Harlow lies roughly 90 miles by road from the Kestin station, officials said.",
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

// TestNumbersOneRuling: one ruling told "a 5-4 decision", "a 5-to-4
// decision" and "the 5-4 decision split the court" is one row
// (h/numbers55; read54 found it in three rows).
func TestNumbersOneRuling(t *testing.T) {
	r := run(t, mkArticles(
		"Court backs marriage\nJustice Kerran wrote for the bench on Friday as a 5-4 decision went the couples' way.",
		"Court rules\nThe couples won nationwide on Friday by a 5-to-4 decision of the bench.",
		"Court decides\nOn Friday a historic 5-4 decision split the bench on familiar lines, Justice Kerran siding with the couples.",
	))
	if q := quantityOf(r, "a0", "5-4"); q == nil || len(q.Values) != 3 || q.Discrepancy {
		t.Errorf("the ruling: %+v", q)
	}
}

// TestNumbersSmallBare: a small figure told without what it counts
// shares no row with the same figure of another report that does not
// say either ("two people involved", "one of two other people"); 168
// injured and
// 182 hospitalized are two quantities (h/numbers55; read54 found both in
// one row).
func TestNumbersSmallBare(t *testing.T) {
	r := run(t, mkArticles(
		"Hearing\n\"There are two people in this,\" Brenner told the panel, \"and each of those two will get a say.\"",
		"Hearing friend\nPell Smyth, a school friend, said on Wednesday that Toskey listed him among two other people at the gathering.",
	))
	if q := quantityOf(r, "a0", "two"); q != nil && len(q.Values) != 1 {
		t.Errorf("two people involved and two other people: %+v", q)
	}
	apart := []struct{ name, a, b, na, nb string }{
		{"injured and hospitalized",
			"Crash\nThe crash at Orsa on Saturday killed two travellers and 168 were injured, officials said.",
			"Crash landing\nThe crash at Orsa on Saturday killed two travellers, and 182 people were hospitalized with injuries, officials said.",
			"168", "182"},
	}
	checkRows(t, apart, nil)
}
