package compare

import (
	"testing"
)

// TestNumbersAgeRows: one person's age told with the person named
// beside it, as the sentence's subject ("vanished at age 16") or after a
// verb of being ("she was a 16-year-old clerk") is one row across
// outlets, and so is the age said of no one ("the 16-year-old clerk") in
// an article about that person (h/numbers59: a census of every event of
// 3+ outlets found such ages in up to four rows).
func TestNumbersAgeRows(t *testing.T) {
	r := run(t, mkArticles(
		"Orvik clerk found\nMarta Quill, 16, left the Orvik bakery on a Tuesday and did not come home.",
		"Clerk missing in Orvik\nMarta Quill vanished at age 16 after her shift at the Orvik bakery ended.",
		"Orvik bakery case\nInvestigators said Marta Quill was a 16-year-old clerk when the bakery closed for the night.",
		"Orvik search goes on\nMarta Quill had worked at the bakery for a year. Quill often walked home. The 16-year-old clerk left no note.",
	))
	q := quantityOf(r, "a0", "16")
	if q == nil || len(q.Values) != 4 || quantityOf(r, "a1", "16") != q || quantityOf(r, "a2", "16-year-old") != q || quantityOf(r, "a3", "16-year-old") != q {
		t.Errorf("age 16 of Quill: %+v", q)
	}
}

// TestNumbersAgeRowsApart: an age of the same value told of two
// persons, said as an adjective of someone else in a sentence about
// another person, or said of no one in an article about another person,
// joins no row.
func TestNumbersAgeRowsApart(t *testing.T) {
	for _, c := range []struct {
		name string
		arts []string
	}{
		{"two persons", []string{
			"Orvik clerk found\nMarta Quill, 16, left the Orvik bakery on a Tuesday and did not come home.",
			"Clerk missing in Orvik\nMarta Quill vanished at age 16 after her shift at the Orvik bakery ended.",
			"Orvik bakery case\nA year later Dana Fenwick vanished at age 16 on her way home from the Orvik pool.",
		}},
		{"adjective of another", []string{
			"Orvik clerk found\nMarta Quill, 16, left the Orvik bakery on a Tuesday and did not come home.",
			"Clerk missing in Orvik\nMarta Quill vanished at age 16 after her shift at the Orvik bakery ended.",
			"Orvik bakery case\nMayor Ilse Brandt met a 16-year-old volunteer at the Orvik bakery on Friday.",
		}},
		{"said of no one in another person's article", []string{
			"Orvik clerk found\nMarta Quill, 16, left the Orvik bakery on a Tuesday and did not come home.",
			"Clerk missing in Orvik\nMarta Quill vanished at age 16 after her shift at the Orvik bakery ended.",
			"Orvik pool reopens\nDana Fenwick reopened the Orvik pool. Fenwick swam first. The 16-year-old lifeguard cheered.",
		}},
	} {
		r := run(t, mkArticles(c.arts...))
		if q := quantityOf(r, "a1", "16"); q != nil && len(q.Values) > 2 {
			t.Errorf("%s: one row of 16 holds %d values: %+v", c.name, len(q.Values), q)
		}
	}
}
