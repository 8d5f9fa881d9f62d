package compare

import (
	"testing"
)

// TestNumbersTie: a tie ("deadlocked 4-4") is a tally, labelled a
// vote, not the range from four to four (h/numbers56, issue 15).
func TestNumbersTie(t *testing.T) {
	r := run(t, mkArticles(
		"Board stalls\nThe zoning board deadlocked 4-4 on the Harlow tower plan on Tuesday.",
		"Board stalls on tower\nThe zoning board split 4-4 on the Harlow tower plan, so the plan fails.",
	))
	q := quantityOf(r, "a0", "4-4")
	if q == nil || q.What != "vote" || len(q.Values) != 2 {
		t.Errorf("the tie: %+v", q)
	}
}

// TestNumbersApproximate: a figure given with a word of approximation
// or a bound ("more than a dozen", "nearly 50") meets an exact figure
// of one quantity in a row, never as a discrepancy (h/numbers56).
func TestNumbersApproximate(t *testing.T) {
	cases := []struct{ a, b, na string }{
		{"Flood hits valley\nMore than a dozen villages in the Tarn valley were flooded on Sunday.",
			"Flood hits Tarn valley\nSome 14 villages in the Tarn valley were flooded on Sunday, officials said.", "dozen"},
		{"Flood hits valley\nNearly 50 homes in the Tarn valley were flooded on Sunday.",
			"Flood hits Tarn valley\nA total of 47 homes in the Tarn valley were flooded on Sunday, officials said.", "50"},
	}
	for _, c := range cases {
		r := run(t, mkArticles(c.a, c.b))
		q := quantityOf(r, "a0", c.na)
		if q == nil || len(q.Values) != 2 || q.Discrepancy {
			t.Errorf("%q: %+v", c.na, q)
		}
	}
}

// TestNumbersLabelled: a count one outlet gives whose noun stands a
// word further on ("three other officers", "nine of the 12 jurors",
// "$40 million in road repairs") keeps its row, labelled with what it
// counts; a part never meets the whole it is taken from (h/numbers56:
// session 55 hid such rows for want of a label).
func TestNumbersLabelled(t *testing.T) {
	r := run(t, mkArticles(
		"Verdict in Harlow\nNine of the 12 jurors voted to convict the ferry owner. Three other officers were at the dock. The county set aside $40 million in road repairs.",
		"Verdict in Harlow case\nThe 12 jurors deliberated for two days before they voted on the ferry owner.",
	))
	for _, c := range []struct{ text, what string }{{"Nine", "of 12 jurors"}, {"Three", "officers"}, {"$40 million", "road repairs"}} {
		q := quantityOf(r, "a0", c.text)
		if q == nil || q.What != c.what || q.Discrepancy {
			t.Errorf("%q: %+v", c.text, q)
		}
	}
}

// TestNumbersOutOf: "seven out of eleven contests" is a part, labelled
// with its whole as "three of the four charges" is (h/numbers56).
func TestNumbersOutOf(t *testing.T) {
	r := run(t, mkArticles(
		"Primary night\nDarrow won seven out of eleven contests on Tuesday.",
		"Primary night ends\nThe rival campaign conceded late on Tuesday.",
	))
	if q := quantityOf(r, "a0", "seven"); q == nil || q.What != "of eleven contests" {
		t.Errorf("seven: %+v", q)
	}
}
