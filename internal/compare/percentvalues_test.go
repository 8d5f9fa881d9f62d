package compare

import (
	"testing"

	"github.com/parallax-news/parallax/internal/nlp"
)

// TestSameFigurePoints: percentages are compared in points (h/numbers70):
// 30 percent is written to the point, so 32% and 34% are other values
// (before, 0.3 had one decimal and took in 0.26 to 0.34); 67 percent is
// still two-thirds rounded, and a count keeps its own precision.
func TestSameFigurePoints(t *testing.T) {
	pct := func(v float64) nlp.Number { return nlp.Number{Kind: nlp.NumPercent, Value: v} }
	for _, c := range []struct {
		a, b nlp.Number
		same bool
	}{
		{pct(0.3), pct(0.32), false},
		{pct(0.4), pct(0.44), false},
		{pct(0.67), pct(2.0 / 3), true},
		{pct(0.3), pct(0.3), true},
		{nlp.Number{Kind: nlp.NumRange, Unit: "percent", Value: 0.2}, nlp.Number{Kind: nlp.NumRange, Unit: "percent", Value: 0.24}, false},
		{nlp.Number{Kind: nlp.NumCount, Value: 1.5}, nlp.Number{Kind: nlp.NumCount, Value: 1.54}, true},
	} {
		if got := sameFigure(c.a, c.b); got != c.same {
			t.Errorf("sameFigure(%v %g, %v %g) = %v, want %v", c.a.Kind, c.a.Value, c.b.Kind, c.b.Value, got, c.same)
		}
	}
}

// TestNumberRowsRivalShares: one candidate's 40 percent and another's 44
// percent of one primary are two quantities and share no row (h/rows69
// left this: a rival's share joined as "one value" through the rounding
// of 0.4).
func TestNumberRowsRivalShares(t *testing.T) {
	apart := []struct{ name, a, b, na, nb string }{
		{"two candidates' shares",
			"Estria primary\nGovernor Tomas Brenn was expected to win the Estria primary with 40 percent of the vote.",
			"Estria primary poll\nMarta Olsen has 44 percent of the vote in the Estria primary, the poll found.",
			"40 percent", "44 percent"},
	}
	checkRows(t, apart, nil)
}
