package compare

import "github.com/parallax-news/parallax/internal/nlp"

// Percentages are read as fractions ("30 percent" is 0.3), and
// roundedEqual takes the precision a value is written to from its
// decimals: 0.3 has one, so 0.32 was "30 percent" rounded, and any
// figure within four points of a multiple of ten was one value with it
// (h/numbers70, issue 15: "up to 32%" and "up to 30 percent" of one
// tariff agreed; a candidate's 40% and another's 44 percent shared a
// row as one value, rows69-draw7161). A percentage is written to the
// precision of its points: the values are compared in points.

// pointsValue returns v in the units the figure is written in: points
// for a percentage or a range of percentages, v itself otherwise.
func pointsValue(kind nlp.NumberKind, unit string, v float64) float64 {
	if kind == nlp.NumPercent && unit != unitPoint || kind == nlp.NumRange && unit == "percent" {
		return v * 100
	}
	return v
}

// sameFigure reports whether two figures of one kind and unit give one
// value to the precision either is written (roundedEqual, percentages in
// points).
func sameFigure(a, b nlp.Number) bool {
	return roundedEqual(pointsValue(a.Kind, a.Unit, a.Value), pointsValue(b.Kind, b.Unit, b.Value))
}
