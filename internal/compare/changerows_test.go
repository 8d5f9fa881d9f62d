package compare

import (
	"strings"
	"testing"
)

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
	// An adverb names nothing that changed; words between "from" and
	// "to" make no change ("rose 14 percent from 12 months earlier to").
	for _, c := range []struct{ text, figure, want string }{
		{"The count of ferry jobs added for March was revised upward from 88,000 to 138,000 jobs.", "138,000", "jobs"},
		{"Ferry sales rose 14 percent in July from 12 months earlier to 1.3 million.", "1.3 million", ""},
		{"The share of riders has doubled over the past two decades from 10% to 21%.", "21", ""},
	} {
		d := prepared(t, c.text)[0]
		s := d.an.Sentences[0]
		for i, tk := range s.Tokens {
			if tk.Surface == strings.Fields(c.figure)[0] {
				if got := changedThing(s.Tokens, i); got != "" {
					t.Errorf("%q: label %q, want none", c.text, got)
				}
			}
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
