package web

import (
	"strings"

	"github.com/parallax-news/parallax/internal/compare"
	"github.com/parallax-news/parallax/internal/nlp"
)

// figuresGiven indexes every figure of a story's number rows by its
// value, with the row and the outlet that gives it, so that a lens can
// tell whether a figure one row holds for one outlet is given by another
// outlet in a row of its own.
type figuresGiven map[float64][]givenFigure

// givenFigure is one outlet's figure in one number row.
type givenFigure struct {
	q      *compare.Quantity
	outlet int
}

// newFiguresGiven indexes the figures of p's number rows. Its cost is
// one entry per figure of the story.
func newFiguresGiven(p *storyPage) figuresGiven {
	g := figuresGiven{}
	for i := range p.Report.Numbers {
		q := &p.Report.Numbers[i]
		for _, v := range q.Values {
			g[v.Value] = append(g[v.Value], givenFigure{q, p.col(v.Article).OutletN})
		}
	}
	return g
}

// elsewhere reports whether an outlet other than outlet gives q's first
// figure in a row that may hold the same quantity: the same value, of
// the same kind (a count and a range of counts alike) and unit, and
// either the same counted thing, or one row naming none, or (for an
// exact figure of 10 or more other than a percentage or a sum of money,
// where chance meetings are rare) any counted thing ("thousands" of
// supporters and of pages are not one). Outlet 0 (an article of no known
// outlet) gives nothing. The rows are built apart: the same "22-month
// investigation" of four outlets stood in four rows, and "One hundred
// percent" in a row of its own beside "100 percent", so each outlet's
// lens said it alone gave them. A figure that only happens to equal another ("two guns"
// beside "two men" with no counted thing) may be held back too: the
// lens then claims less, never a figure that others give.
func (g figuresGiven) elsewhere(q compare.Quantity, outlet int) bool {
	v, exact := q.Values[0].Value, !q.Values[0].Approx
	for _, o := range g[v] {
		if o.outlet == outlet || o.outlet == 0 {
			continue
		}
		r := o.q
		if !sameFigureKind(q.Kind, r.Kind) || q.Unit != r.Unit && q.Unit != "" && r.Unit != "" {
			continue
		}
		if strings.EqualFold(q.What, r.What) || q.What == "" || r.What == "" || v >= 10 && exact && q.Kind != string(nlp.NumPercent) && q.Kind != string(nlp.NumMoney) {
			return true
		}
	}
	return false
}

// sameFigureKind reports whether figures of kinds a and b may measure
// one quantity: the same kind, or a count and a range ("230-197-1" and
// "230-197").
func sameFigureKind(a, b string) bool {
	if a == b {
		return true
	}
	counts := func(k string) bool { return k == string(nlp.NumCount) || k == string(nlp.NumRange) }
	return counts(a) && counts(b)
}
