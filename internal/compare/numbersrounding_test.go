package compare

import (
	"strings"
	"testing"
)

// TestNumbersNearly: two outlets that put one count "nearly" at
// figures whose spans do not meet ("nearly 800,000" young tenants
// against "nearly 700,000") give one row marked as a discrepancy, with
// each side's sentence; a "nearly" figure its exact value lies under
// agrees (h/numbers56b, issue 15: no row of read56's sixteen pages
// carried the mark).
func TestNumbersNearly(t *testing.T) {
	cases := []struct {
		name, a, b string
		want       bool
	}{
		{"apart", "Tenant rule\nThe Harlow housing rule covers nearly 800,000 young tenants who rent from the county.",
			"Tenant rule falls\nThe council would act to force a vote on the county rule in Harlow, the rule that protects nearly 700,000 young tenants who rent their homes and that the mayor said he would end.", true},
		{"close", "Tenant rule\nThe Harlow housing rule covers nearly 800,000 young tenants who rent from the county.",
			"Tenant rule falls\nThe county rule in Harlow protects 760,000 young tenants who rent their homes.", false},
	}
	for _, c := range cases {
		r := run(t, mkArticles(c.a, c.b))
		q := quantityOf(r, "a0", "800,000")
		if q == nil || len(q.Values) != 2 || q.Discrepancy != c.want {
			t.Errorf("%s: %+v", c.name, q)
			continue
		}
		for _, v := range q.Values {
			if !strings.Contains(v.Sentence, "tenants") {
				t.Errorf("%s: sentence %q", c.name, v.Sentence)
			}
		}
	}
}

// TestRoundingApart: a difference of rounding is none (49.9 and 49.8;
// 120,000 and 122,000); a figure of one significant figure is no
// rounding of one far from it (100 and 140), nor 270 of 263.
func TestRoundingApart(t *testing.T) {
	for _, c := range []struct {
		x, y float64
		want bool
	}{{49.9, 49.8, true}, {120000, 122000, true}, {800000, 700000, false}, {100, 140, false}, {270, 263, false}, {59, 58, false}, {3, 2, false}, {18, 15, false}} {
		if got := roundingApart(c.x, c.y); got != c.want {
			t.Errorf("roundingApart(%v, %v) = %v, want %v", c.x, c.y, got, c.want)
		}
	}
}

// TestNumbersRunning: two moments of a count in progress ("with 70
// percent of precincts reporting") are no discrepancy.
func TestNumbersRunning(t *testing.T) {
	r := run(t, mkArticles(
		"Orvik mayor race\nWith 70 percent of precincts reporting, Ada Lorne led the Orvik mayoral race with 4,100 votes.",
		"Orvik mayor race closes\nAda Lorne led the Orvik mayoral race with 4,300 votes with 90 percent of precincts reporting.",
	))
	for _, q := range r.Numbers {
		if q.Discrepancy {
			t.Errorf("running count marked: %+v", q)
		}
	}
}
