package compare

import "testing"

// TestNumbersExactTally: one exact tally told by three outlets, one of
// them with no word of voting near it, is one row labelled a vote
// (h/numbers58c; read58 found such a tally in a row of its own).
func TestNumbersExactTally(t *testing.T) {
	r := run(t, mkArticles(
		"House acts on ban\nThe House approved a bill Tuesday that would bar the procedure after 20 weeks. The measure went through largely on party lines, 237-189.",
		"Ban clears House\nThe Kestrel Act passed its first hurdle on Tuesday, 237-189, a nearly party-line vote in the harbour assembly.",
		"House passes ban\nThe House passed the bill in a 237-189 vote.",
	))
	q := quantityOf(r, "a0", "237-189")
	if q == nil || len(q.Values) != 3 || q.What != "vote" || q.Discrepancy {
		t.Errorf("the tally: %+v", q)
	}
}

// TestNumbersSmallTally: a small tally recurs by chance ("5-4" of two
// rulings) and joins no row by its figures alone.
func TestNumbersSmallTally(t *testing.T) {
	r := run(t, mkArticles(
		"Court rules\nThe justices split 5-4 in the water case on Monday.",
		"Team wins\nThe Orvik side won the final 5-4 after extra time.",
	))
	if q := quantityOf(r, "a0", "5-4"); q != nil && len(q.Values) > 1 {
		t.Errorf("two small tallies joined: %+v", q)
	}
}

// TestNumbersOneLine: one article giving one figure twice under one
// label ("over six topics", "six topics:") shows one line, even when one
// mention reads as a bound (h/numbers58c; read58 found "topics six" twice
// for one article).
func TestNumbersOneLine(t *testing.T) {
	r := run(t, mkArticles(
		"Debate night\nThe two rivals will argue over six topics including trade and taxes during their last meeting before the vote. The meeting, run by a radio host, will cover six topics: trade, taxes, courts, health and the border.",
		"Debate night ahead\nThe rivals meet for the last time on Wednesday.",
	))
	n := 0
	for _, q := range r.Numbers {
		for _, v := range q.Values {
			if v.Text == "six" {
				n++
			}
		}
	}
	if n != 1 {
		t.Errorf("six topics shown %d times: %+v", n, r.Numbers)
	}
}
