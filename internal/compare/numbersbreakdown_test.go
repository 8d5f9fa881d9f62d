package compare

import (
	"testing"
)

// TestNumbersCitations: the volumes and pages of a court citation are
// no quantity (h/numbers57: read56 found volumes of the U.S. Reports as
// rows labelled "U.S."); "U.S." before a noun is the country.
func TestNumbersCitations(t *testing.T) {
	r := run(t, mkArticles(
		"Orvik ruling\nThe brief cites Lorne v. Orvik County, 612 U.S. 407, 415–16 (2031), and Tarn v. Ebbe, 88 S.Ct. 1200 (2030).",
		"Orvik ruling stands\nThe brief cites Lorne v. Orvik County, 612 U.S. 407, 415–16 (2031), and 250 U.S. troops stayed in Orvik.",
	))
	for _, text := range []string{"612", "415–16", "88", "407"} {
		if q := quantityOf(r, "a0", text); q != nil {
			t.Errorf("citation figure %s is a row: %+v", text, q)
		}
	}
	if q := quantityOf(r, "a1", "250"); q == nil {
		t.Errorf("250 U.S. troops lost")
	}
}

// TestNumbersBreakdown: the parts of a breakdown after a dash count
// the whole's noun ("42 seats — 15 to ... and 24 ..."), not the word
// after them ("24 split").
func TestNumbersBreakdown(t *testing.T) {
	r := run(t, mkArticles(
		"Orvik council vote\nThe Orvik council's 42 seats are filled by a mixed rule — 15 to the citywide winner and then 24 split among the winners of each ward.",
		"Orvik council vote held\nVoters in Orvik chose a new council on Sunday.",
	))
	for _, text := range []string{"15", "24"} {
		q := quantityOf(r, "a0", text)
		if q == nil || q.What != "seats" {
			t.Errorf("%s: %+v", text, q)
		}
	}
}

// TestNumbersNotNouns: an adverb or verb after a figure labels no row
// ("three apiece"), and a figure with no dash before it borrows no noun.
func TestNumbersNotNouns(t *testing.T) {
	r := run(t, mkArticles(
		"Orvik wards\nThe Orvik council has 24 seats, chosen three apiece by eight wards.",
		"Orvik wards vote\nThe Orvik council's 24 seats are chosen three apiece by eight wards.",
	))
	q := quantityOf(r, "a0", "three")
	if q == nil || q.What == "apiece" || q.What == "seats" || len(q.Values) != 2 {
		t.Errorf("three apiece: %+v", q)
	}
}

// TestNumbersBreakdownPair: a part of a breakdown and another outlet's
// figure of that part ("15 to the citywide winner" after "42 seats —";
// "the citywide winner gets 18 seats") are one quantity at odds, marked
// with each side's sentence; a figure of another part is not joined.
func TestNumbersBreakdownPair(t *testing.T) {
	a := "Orvik council vote\nThe Orvik council's 42 seats are filled by a mixed rule — 15 to the citywide winner and then 24 split among the winners of each ward."
	cases := []struct {
		name, b string
		want    bool
	}{
		{"same part", "Orvik council vote held\nIn Orvik, the citywide winner gets 18 seats.", true},
		{"other part", "Orvik council vote held\nIn Orvik, the ward winners get 18 seats.", false},
	}
	for _, c := range cases {
		r := run(t, mkArticles(a, c.b))
		q := quantityOf(r, "a1", "18")
		joined := q != nil && len(q.Values) == 2
		if joined != c.want || c.want && (!q.Discrepancy || q.Values[0].Sentence == q.Values[1].Sentence) {
			t.Errorf("%s: %+v", c.name, q)
		}
	}
}

// TestNumbersNotAPart: a figure after a verb past a dash is no part of
// the whole before it ("48 homes were sold – after buyers had returned
// 22"): it borrows no noun.
func TestNumbersNotAPart(t *testing.T) {
	r := run(t, mkArticles(
		"Orvik homes\nIn May 48 new homes were sold in Orvik – a change from April when buyers had returned 22.",
		"Orvik homes sold\nBuilders in Orvik said 48 new homes were sold in May.",
	))
	if q := quantityOf(r, "a0", "22"); q != nil && q.What == "new homes" {
		t.Errorf("22 took the noun of 48: %+v", q)
	}
}
