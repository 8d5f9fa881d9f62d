package compare

import (
	"testing"
)

// TestNumbers59AgeRows: one person's age told with the person named
// beside it, as the sentence's subject ("vanished at age 16") or after a
// verb of being ("she was a 16-year-old clerk") is one row across
// outlets (h/numbers59: a census of every event of 3+ outlets found such
// ages in up to four rows).
func TestNumbers59AgeRows(t *testing.T) {
	r := run(t, mkArticles(
		"Orvik clerk found\nMarta Quill, 16, left the Orvik bakery on a Tuesday and did not come home.",
		"Clerk missing in Orvik\nQuill vanished at age 16 after her shift at the Orvik bakery ended.",
		"Orvik bakery case\nInvestigators said Quill was a 16-year-old clerk when the bakery closed for the night.",
	))
	q := quantityOf(r, "a0", "16")
	if q == nil || len(q.Values) != 3 || quantityOf(r, "a1", "16") != q || quantityOf(r, "a2", "16-year-old") != q {
		t.Errorf("age 16 of Quill: %+v", q)
	}
}

// TestNumbers59AgeRowsApart: an age of the same value told of two
// persons, or said as an adjective of someone else in a sentence about
// another person, joins no row.
func TestNumbers59AgeRowsApart(t *testing.T) {
	for _, c := range []struct {
		name string
		arts []string
	}{
		{"two persons", []string{
			"Orvik clerk found\nMarta Quill, 16, left the Orvik bakery on a Tuesday and did not come home.",
			"Clerk missing in Orvik\nQuill vanished at age 16 after her shift at the Orvik bakery ended.",
			"Orvik bakery case\nA year later Dana Fenwick vanished at age 16 on her way home from the Orvik pool.",
		}},
		{"adjective of another", []string{
			"Orvik clerk found\nMarta Quill, 16, left the Orvik bakery on a Tuesday and did not come home.",
			"Clerk missing in Orvik\nQuill vanished at age 16 after her shift at the Orvik bakery ended.",
			"Orvik bakery case\nMayor Ilse Brandt met a 16-year-old volunteer at the Orvik bakery on Friday.",
		}},
	} {
		r := run(t, mkArticles(c.arts...))
		if q := quantityOf(r, "a1", "16"); q != nil && len(q.Values) > 2 {
			t.Errorf("%s: one row of 16 holds %d values: %+v", c.name, len(q.Values), q)
		}
	}
}
