package outlet

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Side is where an outlet's lean falls for coverage: left, center or
// right, or unrated when no rating is known.
type Side string

// Sides of the spectrum.
const (
	Left    Side = "left"
	Center  Side = "center"
	Right   Side = "right"
	Unrated Side = "unrated"
)

// Sides lists the rated sides from left to right.
var Sides = []Side{Left, Center, Right}

// ParseSide reads "left", "center" or "right".
func ParseSide(s string) (Side, error) {
	switch Side(strings.ToLower(strings.TrimSpace(s))) {
	case Left:
		return Left, nil
	case Center, "centre":
		return Center, nil
	case Right:
		return Right, nil
	}
	return "", fmt.Errorf("want left, center or right, not %q", s)
}

// Lean labels, from left to right. A lean's value is on a scale from -1
// (left) to +1 (right); a label alone stands for the value beside it.
const (
	LabelLeft      = "left"       // -1
	LabelLeanLeft  = "lean-left"  // -0.5
	LabelCenter    = "center"     // 0
	LabelLeanRight = "lean-right" // +0.5
	LabelRight     = "right"      // +1
)

var leanValues = map[string]float64{LabelLeft: -1, LabelLeanLeft: -0.5, LabelCenter: 0, LabelLeanRight: 0.5, LabelRight: 1}

// leanSynonyms maps the ways raters write a lean to Parallax's labels.
var leanSynonyms = map[string]string{
	"left": LabelLeft, "far-left": LabelLeft, "extreme-left": LabelLeft, "hyper-partisan-left": LabelLeft,
	"lean-left": LabelLeanLeft, "leans-left": LabelLeanLeft, "leaning-left": LabelLeanLeft, "left-leaning": LabelLeanLeft,
	"left-center": LabelLeanLeft, "center-left": LabelLeanLeft, "left-of-center": LabelLeanLeft, "slightly-left": LabelLeanLeft,
	"skews-left": LabelLeanLeft, "centre-left": LabelLeanLeft, "left-centre": LabelLeanLeft,
	"center": LabelCenter, "centre": LabelCenter, "centrist": LabelCenter, "neutral": LabelCenter, "least-biased": LabelCenter,
	"middle": LabelCenter, "balanced": LabelCenter,
	"lean-right": LabelLeanRight, "leans-right": LabelLeanRight, "leaning-right": LabelLeanRight, "right-leaning": LabelLeanRight,
	"right-center": LabelLeanRight, "center-right": LabelLeanRight, "right-of-center": LabelLeanRight, "slightly-right": LabelLeanRight,
	"skews-right": LabelLeanRight, "centre-right": LabelLeanRight, "right-centre": LabelLeanRight,
	"right": LabelRight, "far-right": LabelRight, "extreme-right": LabelRight, "hyper-partisan-right": LabelRight,
}

// normLabel lower-cases a label and joins its words with hyphens.
func normLabel(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return r == ' ' || r == '-' || r == '_' || r == '\t'
	}), "-")
}

// Scale is the range a rater's lean numbers run over, left to right, such
// as -42..42 or 0..2; Parallax maps it onto -1..+1.
type Scale struct{ Min, Max float64 }

// DefaultScale is Parallax's own: -1 (left) to +1 (right).
var DefaultScale = Scale{-1, 1}

// ParseScale reads "MIN..MAX" ("-42..42", "0..2"); "" is DefaultScale.
// MIN is the left end and may be larger than MAX when a rater counts
// from the right.
func ParseScale(s string) (Scale, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return DefaultScale, nil
	}
	lo, hi, ok := strings.Cut(s, "..")
	if ok {
		a, err1 := strconv.ParseFloat(strings.TrimSpace(lo), 64)
		b, err2 := strconv.ParseFloat(strings.TrimSpace(hi), 64)
		if err1 == nil && err2 == nil && a != b && !math.IsInf(a, 0) && !math.IsInf(b, 0) {
			return Scale{a, b}, nil
		}
	}
	return Scale{}, fmt.Errorf("bad lean scale %q: want MIN..MAX, e.g. -42..42 or 0..2", s)
}

// ParseLean reads a lean: one of the labels (left, lean-left, center,
// lean-right, right, or a common synonym such as "center-left" or "least
// biased"), or a number on scale. It returns the value on -1..+1 and the
// label.
func ParseLean(s string, scale Scale) (value float64, label string, err error) {
	t := strings.TrimSpace(s)
	if t == "" {
		return 0, "", fmt.Errorf("empty lean")
	}
	if l, ok := leanSynonyms[normLabel(t)]; ok {
		return leanValues[l], l, nil
	}
	n, perr := strconv.ParseFloat(t, 64)
	if perr != nil || math.IsNaN(n) || math.IsInf(n, 0) {
		return 0, "", fmt.Errorf("bad lean %q: want left, lean-left, center, lean-right, right or a number", s)
	}
	lo, hi := math.Min(scale.Min, scale.Max), math.Max(scale.Min, scale.Max)
	if n < lo || n > hi {
		return 0, "", fmt.Errorf("lean %v is outside its scale %v..%v (give the scale, e.g. lean_scale -42..42)", n, scale.Min, scale.Max)
	}
	v := -1 + 2*(n-scale.Min)/(scale.Max-scale.Min)
	v = math.Round(v*1000) / 1000
	return v, LeanLabel(v), nil
}

// LeanLabel names a value on -1..+1: left up to -0.6, lean-left up to
// -0.2, center up to +0.2, lean-right below +0.6, right from there.
func LeanLabel(v float64) string {
	switch {
	case v <= -0.6:
		return LabelLeft
	case v < -0.2:
		return LabelLeanLeft
	case v <= 0.2:
		return LabelCenter
	case v < 0.6:
		return LabelLeanRight
	}
	return LabelRight
}

// SideOf is the side of a lean label: left and lean-left are the left,
// lean-right and right the right. Any other label is Unrated.
func SideOf(label string) Side {
	switch label {
	case LabelLeft, LabelLeanLeft:
		return Left
	case LabelCenter:
		return Center
	case LabelLeanRight, LabelRight:
		return Right
	}
	return Unrated
}

// Factuality labels, from worst to best.
var FactualityLabels = []string{"very-low", "low", "mixed", "mostly-factual", "high", "very-high"}

// ParseFactuality reads a factuality label (case, spaces and hyphens are
// free: "Very High", "mostly factual").
func ParseFactuality(s string) (string, error) {
	l := normLabel(s)
	for _, f := range FactualityLabels {
		if l == f {
			return f, nil
		}
	}
	return "", fmt.Errorf("bad factuality %q: want one of %s", s, strings.Join(FactualityLabels, ", "))
}
