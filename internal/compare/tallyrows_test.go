package compare

import "testing"

// TestTallyRows: one vote told with other counts by two outlets ("6-3"
// and "7-2", "58-41" and "58-40") is one Numbers row, flagged; two votes
// of one story (other totals and ends, other weekdays, a sentence giving
// two tallies) keep their own rows.
func TestTallyRows(t *testing.T) {
	together := []struct{ name, a, b, na string }{
		{"a court's split told two ways",
			"Court backs port rule\nThe Vardia high court ruled 6-3 on Monday that the port rule stands.",
			"Port rule stands\nIn a 7-2 ruling on Monday, the Vardia high court said the port rule stands.",
			"6-3"},
		{"one vote, one member counted apart",
			"Osk confirmed\nThe council voted 58-41 to confirm Osk as harbour master.",
			"Harbour master\nThe council confirmed Osk as harbour master by a vote of 58 to 40.",
			"58-41"},
	}
	apart := []struct{ name, a, b, na, nb string }{
		{"two votes far apart",
			"Budget\nThe council voted 58-41 to pass the harbour budget.",
			"Budget vote\nThe council passed the harbour budget by a vote of 62 to 37 after a long debate.",
			"58-41", "62 to 37"},
		{"two weekdays",
			"Bill passes\nThe chamber passed the port bill 227-205 on Thursday.",
			"Bill passes again\nThe chamber passed the port bill 227 to 203 on Tuesday.",
			"227-205", "227 to 203"},
		{"a sentence with two tallies",
			"Levy\nThe council passed the berth levy 31-19 and the ferry fare 30-20.",
			"Levy vote\nThe council passed the berth levy by a vote of 30 to 20.",
			"31-19", "30 to 20"},
	}
	checkRows(t, apart, together)
	for _, c := range together {
		r := run(t, mkArticles(c.a, c.b))
		if q := quantityOf(r, "a0", c.na); q == nil || !q.Discrepancy {
			t.Errorf("%s: no discrepancy %+v", c.name, q)
		}
	}
}
