package compare

import "testing"

// TestTallyRowLabels: a tally in a sentence that names the chamber that
// voted ("It cleared the Upper House 66-32") labels its row "vote", not
// "range" (h/forms71: fresh55's tax page); one of the seats a body's
// sides hold ("keep a Senate majority, by a count of 51 to 47")
// labels it "seats", not "vote" (fresh55's Sinema page). A tally with a
// word of voting stays "vote"; a span of years ("2015-16") near a
// chamber is no vote. The first two and the fourth fail before
// tallylabels.go.
func TestTallyRowLabels(t *testing.T) {
	cases := []struct{ text, figure, want string }{
		{"Levy bill\nThe levy bill passed the Lower House on Thursday. It cleared the Upper House 66-32.", "66-32", "vote"},
		{"Kestin race\nAfter the autumn polls, Blues keep a Senate majority, by a count of 51 to 47, with two contests still open and a bruising loss in Kestin feared.", "51 to 47", "seats"},
		{"Ferry bill\nThe ferry bill passed the Lower House on a 231-188 vote over Greens opposition.", "231-188", "vote"},
		{"Kestin race\nBlues control the chamber, 53-47, and look set to wave through the mayor.", "53-47", "seats"},
		{"Donors\nThe fund gave to a quartet of state Senate candidates in 2015-16.", "2015-16", ""},
	}
	for _, c := range cases {
		r := run(t, mkArticles(c.text, "Other\nNothing here counts anything at all."))
		q := quantityOf(r, "a0", c.figure)
		if c.want == "" && q != nil && q.What == tallyLabel || c.want != "" && (q == nil || q.What != c.want) {
			t.Errorf("%q: row %+v, want label %q", c.figure, q, c.want)
		}
	}
}
