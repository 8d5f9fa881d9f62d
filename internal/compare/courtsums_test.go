package compare

import "testing"

// TestNumbersCourtSums: one sum of bail, a fine or a settlement that two
// outlets name with two nouns, or give once rounded, is one row of both
// and no discrepancy (h/numbers72; fails on main 7729ad9d, where each
// stood in a row of one outlet).
func TestNumbersCourtSums(t *testing.T) {
	for _, tc := range []struct{ a, b, fig string }{
		{"Judge Mara Quell released Tobin Vasser on a $250,000 signature bond.",
			"Tobin Vasser was released on $250,000 bail and denies the charges.", "$250,000"},
		{"Kelvane Corp agreed to pay a $1.2 billion fine for breaking export rules.",
			"Kelvane Corp paid $1.19 billion in penalties for breaking export rules.", "$1.2 billion"},
		{"Orvel Mining reached a $27,000 settlement with the former clerk.",
			"Orvel Mining signed a settlement of $27,111.75 with the former clerk.", "$27,000"},
	} {
		r := run(t, mkArticles("Court rules on the case\n"+tc.a, "Judge decides\n"+tc.b))
		q := quantityOf(r, "a0", tc.fig)
		if q == nil || len(q.ReportedBy) != 2 || q.Discrepancy {
			t.Errorf("%q / %q: %+v", tc.a, tc.b, q)
		}
	}
}

// TestNumbersCourtSumsApart: sums of these concepts at values no
// rounding explains, of two concepts, or a bond that is no bail, are no
// one quantity (guard).
func TestNumbersCourtSumsApart(t *testing.T) {
	for _, tc := range []struct{ a, b, fig string }{
		{"Kelvane Corp agreed to pay a $1 billion fine for breaking export rules.",
			"Kelvane Corp paid $1.19 billion in penalties for breaking export rules.", "$1 billion"},
		{"Orvel Mining agreed to pay a $40,000 fine over the spill.",
			"Orvel Mining agreed to a $40,000 settlement over the spill.", "$40,000"},
		{"The county sold a $250,000 bond to pay for the new bridge.",
			"The county set aside $250,000 bail money in the new budget.", "$250,000"},
	} {
		r := run(t, mkArticles("Court rules on the case\n"+tc.a, "Judge decides\n"+tc.b))
		q := quantityOf(r, "a0", tc.fig)
		if q == nil {
			t.Fatalf("%q: no row of %s", tc.a, tc.fig)
		}
		if len(q.ReportedBy) != 1 || q.Discrepancy {
			t.Errorf("%q / %q: %+v", tc.a, tc.b, q)
		}
	}
}
