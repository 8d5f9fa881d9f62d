package compare

import "testing"

// TestChangeRows: a rate cut "from 35 percent to 21 percent" is a row of
// the new value, 21 percent, labelled with what changed ("business levy
// rate"), and two outlets that tell it with other verbs ("cut",
// "slashes") share it; the old value makes no row (h/forms71: fresh55's
// tax page showed it as a "range"). Fails before changerows.go.
func TestChangeRows(t *testing.T) {
	r := run(t, mkArticles(
		"Levy bill\nThe package would cut the business levy rate from 35 percent to 21 percent and double the allowance.",
		"Levy bill signed\nThe levy package slashes the business rate from 35 percent to 21 percent and cuts the burden for most households.",
	))
	q := quantityOf(r, "a0", "21 percent")
	if q == nil || len(q.Values) != 2 || q.What != "business levy rate" || q.Kind != "percent" {
		t.Fatalf("the new rate: %+v", q)
	}
	if q := quantityOf(r, "a0", "35 percent"); q != nil {
		t.Errorf("the old rate has a row: %+v", q)
	}
}

// TestRangeNoChange: "ranging from 5 to 10 percent" names no change; the
// range keeps its row as a range (h/forms71).
func TestRangeNoChange(t *testing.T) {
	r := run(t, mkArticles(
		"Fines\nFines ranging from 5 to 10 percent of the dock fees were handed down to the ferry firms.",
		"Fines set\nFines ranging from 5 to 10 percent of the dock fees were set for the ferry firms.",
	))
	if q := quantityOf(r, "a0", "5 to 10 percent"); q == nil || q.Kind != "range" || len(q.Values) != 2 {
		t.Errorf("the range: %+v", q)
	}
}
