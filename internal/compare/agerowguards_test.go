package compare

import "testing"

// TestAgeRowsGuards: the rules of joinAgeRows that
// TestNumbersAgeRowsApart does not reach, each a case that would join
// wrongly without it (review59a): an adjective age in a sentence about
// the same person ("Quill trained a 16-year-old volunteer"), an age said
// of no one in an article naming two persons equally (mainPersons' tie),
// and two ages of one article, which stay in two rows.
func TestAgeRowsGuards(t *testing.T) {
	for _, c := range []struct {
		name string
		arts []string
		id   string // the article whose age must not join a0's row
		text string
	}{
		{"adjective of another noun, same person", []string{
			"Orvik clerk found\nMarta Quill, 16, left the Orvik bakery on a Tuesday and did not come home.",
			"Clerk missing in Orvik\nMarta Quill vanished at age 16 after her shift at the Orvik bakery ended.",
			"Orvik bakery case\nMarta Quill trained a 16-year-old volunteer at the Orvik bakery on Friday.",
		}, "a2", "16-year-old"},
		{"said of no one, two persons named alike", []string{
			"Orvik clerk found\nMarta Quill, 16, left the Orvik bakery on a Tuesday and did not come home.",
			"Clerk missing in Orvik\nMarta Quill vanished at age 16 after her shift at the Orvik bakery ended.",
			"Orvik bakery case\nMarta Quill and Dana Fenwick closed the Orvik bakery early. The 16-year-old clerk left no note.",
		}, "a2", "16-year-old"},
		{"two ages of one article", []string{
			"Orvik clerk found\nMarta Quill, 16, left the Orvik bakery on a Tuesday. The 16-year-old clerk did not come home.",
			"Clerk missing in Orvik\nMarta Quill vanished at age 16 after her shift at the Orvik bakery ended.",
		}, "a0", "16-year-old"},
	} {
		r := run(t, mkArticles(c.arts...))
		q := quantityOf(r, c.id, c.text)
		if q == nil {
			t.Errorf("%s: no row of %s %q", c.name, c.id, c.text)
			continue
		}
		if own := quantityOf(r, "a0", "16"); own == q {
			t.Errorf("%s: %s %q joined a0's row: %+v", c.name, c.id, c.text, q)
		}
	}
}

// TestAgeRowLabel: a person's joined age row is labelled as the age of
// the person named beside it ("Marta Quill, a 16-year-old clerk"), not
// by a noun of a mention said of no one that comes first ("the
// 16-year-old student"); since h/labels69 not by "clerk" either.
func TestAgeRowLabel(t *testing.T) {
	r := run(t, mkArticles(
		"Orvik clerk found\nMarta Quill had worked at the bakery for a year. Quill often walked home. The 16-year-old student left no note.",
		"Clerk missing in Orvik\nMarta Quill, a 16-year-old clerk, left the Orvik bakery on a Tuesday and did not come home.",
		"Orvik bakery case\nMarta Quill vanished at age 16 after her shift at the Orvik bakery ended.",
	))
	q := quantityOf(r, "a0", "16-year-old")
	if q == nil || len(q.Values) != 3 || q.What != "age of Marta Quill" {
		t.Errorf("Quill's age row: %+v", q)
	}
}
