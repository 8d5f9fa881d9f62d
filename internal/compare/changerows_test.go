package compare

import (
	"strings"
	"testing"
)

// TestChangeRows: a rate cut "from 34 percent to 19 percent" is a row of
// the new value, 19 percent, labelled with what changed ("business levy
// rate"), and two outlets that tell it with other verbs ("cut",
// "slashes") share it; the old value makes no row (h/forms71: fresh55's
// tax page showed it as a "range"). Fails before changerows.go.
func TestChangeRows(t *testing.T) {
	r := run(t, mkArticles(
		"Levy bill\nThe plan would cut the business levy rate from 34 percent to 19 percent while doubling the harbour allowance.",
		"Levy bill signed\nThe levy plan slashes the business rate from 34 percent to 19 percent, easing the load on Pellam households.",
	))
	q := quantityOf(r, "a0", "19 percent")
	if q == nil || len(q.Values) != 2 || q.What != "business levy rate" || q.Kind != "percent" {
		t.Fatalf("the new rate: %+v", q)
	}
	if q := quantityOf(r, "a0", "34 percent"); q != nil {
		t.Errorf("the old rate has a row: %+v", q)
	}
	// An adverb names nothing that changed; words between "from" and
	// "to" make no change ("rose 16 percent from 12 months before to").
	for _, c := range []struct{ text, figure, want string }{
		{"The tally of ferry berths added in Pellam was revised upward from 77,000 to 129,000 berths.", "129,000", "berths"},
		{"Ferry fares rose 16 percent from 12 months before to 2.4 million in May.", "2.4 million", ""},
		{"The share of Pellam cyclists has doubled in the last three winters from 10% to 23%.", "23", ""},
	} {
		d := prepared(t, c.text)[0]
		s := d.an.Sentences[len(d.an.Sentences)-1] // the body's sentence, not the title
		found := false
		for i, tk := range s.Tokens {
			if tk.Surface == strings.Fields(c.figure)[0] {
				found = true
				if got := changedThing(s.Tokens, i); got != "" {
					t.Errorf("%q: label %q, want none", c.text, got)
				}
			}
		}
		if !found {
			t.Errorf("%q: figure %q not found", c.text, c.figure)
		}
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
