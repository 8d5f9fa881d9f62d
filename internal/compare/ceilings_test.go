package compare

import (
	"strings"
	"testing"
)

// TestNumbersLevyCeiling: two reports of one duty cut give the old duty's
// top rate two ways, "up to 34%" and "up to 30 percent": one row, "top
// duty rate", and a discrepancy (h/numbers70; fresh53's newsprint event
// showed none). Before, the two figures shared no counted noun or name,
// one stood beside "would" and two "up to" figures never disagreed.
func TestNumbersLevyCeiling(t *testing.T) {
	r := run(t, mkArticles(
		"Timber duty cut\nThe Trade Office said Tuesday that it would lower the duty of up to 34% on imported Varnian timber, which is used for housing.",
		"Builders want the timber duties gone\nThe original duties imposed in March were adding up to 30 percent extra onto what Varnian timber costs.",
	))
	q := quantityOf(r, "a0", "34%")
	if q == nil || len(q.Values) != 2 || !q.Discrepancy || q.What != "top duty rate" {
		t.Fatalf("top duty rate: %+v", q)
	}
}

// TestNumbersLevyCeilingApart: what keeps two "up to" rates of a levy
// from being one top rate: the new rate against the old, a threat, a
// cut's target, two goods, or an article that gives two top rates.
func TestNumbersLevyCeilingApart(t *testing.T) {
	old := "Timber duty cut\nThe Trade Office said Tuesday that it would lower the duty of up to 34% on imported Varnian timber."
	for _, c := range []struct{ name, a, b, na string }{
		{"the new rate", old,
			"Timber duties\nThe new duties of up to 20% on Varnian timber take effect in May.", "34%"},
		{"a threat",
			"Car tariffs\nDorran threatened tariffs of up to 25% on Estrian cars on Monday.",
			"Car tariffs now\nThe tariffs were adding up to 10% to the price of Estrian cars, dealers said.", "25%"},
		{"a cut's target",
			"Car tariffs cut\nDorran said he would cut the tariffs to up to 15% on Estrian cars.",
			"Car tariffs now\nThe tariffs were adding up to 10% to the price of Estrian cars, dealers said.", "15%"},
		{"two goods",
			"Metal tariffs\nThe steel tariffs of up to 25% hit Estrian mills on Monday.",
			"Metal tariffs again\nThe tariffs on aluminum of up to 10% hit Estrian mills on Monday.", "25%"},
		{"two top rates in one article",
			"Metal tariffs\nThe tariff of up to 25% hit Estrian mills. A second tariff of up to 12% hit smelters.",
			"Metal tariffs again\nThe tariffs were adding up to 10% to the price of Estrian metal, mills said.", "25%"},
	} {
		r := run(t, mkArticles(c.a, c.b))
		for _, q := range r.Numbers {
			if q.Discrepancy && strings.Contains(q.What, "rate") {
				t.Errorf("%s: %+v", c.name, q)
			}
		}
		if q := quantityOf(r, "a0", c.na); q != nil && q.Discrepancy {
			t.Errorf("%s: %+v", c.name, q)
		}
	}
}
