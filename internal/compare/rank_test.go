package compare

import "testing"

// TestQuantityRank: discrepancies first, then figures several articles
// give, then one article's figures and positions ("first") that several
// give.
func TestQuantityRank(t *testing.T) {
	for _, tc := range []struct {
		name string
		q    Quantity
		want int
	}{
		{"a discrepancy", Quantity{Kind: "count", Discrepancy: true, ReportedBy: []string{"a", "b"}}, 0},
		{"a shared count", Quantity{Kind: "count", ReportedBy: []string{"a", "b"}}, 1},
		{"one article's count", Quantity{Kind: "count", ReportedBy: []string{"a"}}, 2},
		{"a shared position", Quantity{Kind: "ordinal", ReportedBy: []string{"a", "b", "c"}}, 2},
	} {
		if got := tc.q.Rank(); got != tc.want {
			t.Errorf("%s: rank %d, want %d", tc.name, got, tc.want)
		}
	}
}
