package compare

import "testing"

// TestNumbersTallyEnd: a tally's larger side that another outlet gives
// on its own, a vote's share rounded or a party's seats, shares the
// tally's row, with no discrepancy (h/numbers72; fails on main
// 7729ad9d, where a tally met no percentage or count).
func TestNumbersTallyEnd(t *testing.T) {
	for _, tc := range []struct{ a, b, fig string }{
		{"Voters in Pellham banned the new quarry by a margin of 61 to 39 on Tuesday.",
			"Pellham voters banned the new quarry on Tuesday: 60.72 percent voted for the ban, 39.28 percent voted against it.", "60.72 percent"},
		{"After the count, the Greens hold the majority in the Vale assembly by 31 to 27, with two races still open.",
			"The Greens will hold 31 seats in the Vale assembly, with two races still open.", "31"},
	} {
		r := run(t, mkArticles("Vote count ends\n"+tc.a, "Results are in\n"+tc.b))
		q := quantityOf(r, "a1", tc.fig)
		if q == nil || len(q.ReportedBy) != 2 || q.Discrepancy {
			t.Errorf("%q / %q: %+v", tc.a, tc.b, q)
		}
	}
}

// TestNumbersTallyEndApart: a share that rounds to no side of the
// tally, the smaller side's seats, a share of a vote whose sides make
// no hundred, and a share of another year stay apart (guard).
func TestNumbersTallyEndApart(t *testing.T) {
	for _, tc := range []struct{ a, b, fig string }{
		{"Voters in Pellham banned the new quarry by a margin of 61 to 39 on Tuesday.",
			"Pellham voters banned the new quarry on Tuesday: 58.72 percent voted for the ban.", "58.72 percent"},
		{"After the count, the Greens hold the majority in the Vale assembly by 31 to 27, with two races still open.",
			"The Reds will hold 27 seats in the Vale assembly, with two races still open.", "27"},
		{"The Vale assembly voted 61 to 30 to ban the new quarry in Pellham.",
			"In the Vale assembly vote to ban the new quarry in Pellham, 61 percent of members voted for it.", "61 percent"},
		{"Voters in Pellham banned the new quarry by a margin of 61 to 39 on Tuesday.",
			"In 2009, Pellham voters banned the old quarry: 60.72 percent voted for the ban.", "60.72 percent"},
	} {
		r := run(t, mkArticles("Vote count ends\n"+tc.a, "Results are in\n"+tc.b))
		q := quantityOf(r, "a1", tc.fig)
		if q == nil {
			t.Fatalf("%q: no row of %s", tc.b, tc.fig)
		}
		if len(q.ReportedBy) != 1 {
			t.Errorf("%q / %q: %+v", tc.a, tc.b, q)
		}
	}
}
