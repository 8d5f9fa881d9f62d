package compare

import "testing"

// TestNegatedFigure: a count of those that did not act ("14 ports did
// not join") is another set than a count of those that did ("22 ports
// joined"), though both sentences name the same pact; two counts of
// those that did still differ.
func TestNegatedFigure(t *testing.T) {
	r := run(t, mkArticles(
		"Harbour Pact\nPort fees fell in May after 22 ports joined the Harbour Pact, the shipping council said.",
		"Harbour Pact fees\nPort fees fell in May, though 14 ports did not join the Harbour Pact, the shipping council said.",
	))
	if q := quantityOf(r, "a0", "22"); q != nil && q.Discrepancy {
		t.Errorf("ports that joined against ports that did not: a discrepancy %+v", q.Values)
	}
	both := run(t, mkArticles(
		"Harbour Pact\nPort fees fell in May after 22 ports joined the Harbour Pact, the shipping council said.",
		"Harbour Pact fees\nPort fees fell in May after 14 ports joined the Harbour Pact, the shipping council said.",
	))
	if q := quantityOf(both, "a0", "22"); q == nil || !q.Discrepancy {
		t.Errorf("two counts of ports that joined: no discrepancy %+v", q)
	}
}
