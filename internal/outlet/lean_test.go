package outlet

import (
	"math"
	"testing"
)

func TestParseLean(t *testing.T) {
	tests := []struct {
		in    string
		scale string
		value float64
		label string
		bad   bool
	}{
		{in: "left", value: -1, label: LabelLeft},
		{in: "Lean Left", value: -0.5, label: LabelLeanLeft},
		{in: "center-left", value: -0.5, label: LabelLeanLeft},
		{in: "CENTRE", value: 0, label: LabelCenter},
		{in: "least biased", value: 0, label: LabelCenter},
		{in: "right_center", value: 0.5, label: LabelLeanRight},
		{in: "far-right", value: 1, label: LabelRight},
		{in: "-0.3", value: -0.3, label: LabelLeanLeft},
		{in: "0.1", value: 0.1, label: LabelCenter},
		{in: "1", value: 1, label: LabelRight},
		{in: "-21", scale: "-42..42", value: -0.5, label: LabelLeanLeft},
		{in: "2", scale: "0..2", value: 1, label: LabelRight},
		{in: "0", scale: "0..2", value: -1, label: LabelLeft},
		{in: "10", scale: "10..0", value: -1, label: LabelLeft},
		{in: "3", bad: true},
		{in: "3", scale: "0..2", bad: true},
		{in: "leftish", bad: true},
		{in: "NaN", bad: true},
		{in: "", bad: true},
	}
	for _, tc := range tests {
		sc, err := ParseScale(tc.scale)
		if err != nil {
			t.Fatalf("ParseScale(%q): %v", tc.scale, err)
		}
		v, l, err := ParseLean(tc.in, sc)
		if tc.bad {
			if err == nil {
				t.Errorf("ParseLean(%q, %q) = %v, %q; want an error", tc.in, tc.scale, v, l)
			}
			continue
		}
		if err != nil || math.Abs(v-tc.value) > 1e-9 || l != tc.label {
			t.Errorf("ParseLean(%q, %q) = %v, %q, %v; want %v, %q", tc.in, tc.scale, v, l, err, tc.value, tc.label)
		}
	}
	for _, bad := range []string{"1..1", "a..b", "-42", "0..inf"} {
		if _, err := ParseScale(bad); err == nil {
			t.Errorf("ParseScale(%q): want an error", bad)
		}
	}
}

func TestLeanLabelAndSide(t *testing.T) {
	tests := []struct {
		v     float64
		label string
		side  Side
	}{
		{-1, LabelLeft, Left}, {-0.6, LabelLeft, Left}, {-0.59, LabelLeanLeft, Left}, {-0.21, LabelLeanLeft, Left},
		{-0.2, LabelCenter, Center}, {0, LabelCenter, Center}, {0.2, LabelCenter, Center},
		{0.21, LabelLeanRight, Right}, {0.59, LabelLeanRight, Right}, {0.6, LabelRight, Right}, {1, LabelRight, Right},
	}
	for _, tc := range tests {
		l := LeanLabel(tc.v)
		if l != tc.label || SideOf(l) != tc.side {
			t.Errorf("LeanLabel(%v) = %q (side %q), want %q (%q)", tc.v, l, SideOf(l), tc.label, tc.side)
		}
	}
	if SideOf("mixed") != Unrated {
		t.Errorf("SideOf(mixed) = %q, want unrated", SideOf("mixed"))
	}
}

func TestParseFactuality(t *testing.T) {
	for in, want := range map[string]string{"Very High": "very-high", "mostly factual": "mostly-factual", "LOW": "low"} {
		if got, err := ParseFactuality(in); err != nil || got != want {
			t.Errorf("ParseFactuality(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := ParseFactuality("trustworthy"); err == nil {
		t.Error("ParseFactuality(trustworthy): want an error")
	}
}

func TestBest(t *testing.T) {
	v := func(f float64) *float64 { return &f }
	ratings := []Rating{
		{Kind: KindLean, Label: LabelLeft, Value: v(-1), Source: "bias", Provenance: FromInput, Articles: 40},
		{Kind: KindLean, Label: LabelCenter, Value: v(0), Source: "bias", Provenance: FromInput, Articles: 50},
		{Kind: KindLean, Section: "Opinion", Label: LabelRight, Value: v(1), Source: "bias", Provenance: FromInput, Articles: 5},
		{Kind: KindFactuality, Label: "high", Source: "Fact Desk", Provenance: FromImport, Date: "2025-01-01"},
		{Kind: KindFactuality, Label: "mixed", Source: "Other Desk", Provenance: FromImport, Date: "2026-01-01"},
	}
	if r, ok := Best(ratings, KindLean, ""); !ok || r.Label != LabelCenter {
		t.Errorf("lean of the outlet: %+v, %v; want center (most input articles)", r, ok)
	}
	if r, ok := Best(ratings, KindLean, "Opinion"); !ok || r.Label != LabelRight {
		t.Errorf("lean of Opinion: %+v, %v; want the section's right", r, ok)
	}
	if r, ok := Best(ratings, KindLean, "News"); !ok || r.Label != LabelCenter {
		t.Errorf("lean of News: %+v, %v; want the outlet's center", r, ok)
	}
	if r, ok := Best(ratings, KindFactuality, ""); !ok || r.Label != "mixed" {
		t.Errorf("factuality: %+v, %v; want the later import's mixed", r, ok)
	}
	user := append(ratings, Rating{Kind: KindLean, Label: LabelLeanRight, Value: v(0.5), Source: "me", Provenance: FromUser})
	if r, _ := Best(user, KindLean, ""); r.Label != LabelLeanRight {
		t.Errorf("with a user rating: %+v; want the user's lean-right", r)
	}
	// Sections that agree stand for the outlet; sections that do not
	// leave it unrated.
	agree := []Rating{
		{Kind: KindLean, Section: "News", Label: LabelLeft, Provenance: FromInput, Articles: 3},
		{Kind: KindLean, Section: "Opinion", Label: LabelLeft, Provenance: FromInput, Articles: 1},
	}
	if r, ok := Best(agree, KindLean, ""); !ok || r.Label != LabelLeft || r.Section != "" {
		t.Errorf("agreeing sections: %+v, %v; want left for the outlet", r, ok)
	}
	disagree := append(agree[:1:1], Rating{Kind: KindLean, Section: "Opinion", Label: LabelRight, Provenance: FromInput, Articles: 1})
	if r, ok := Best(disagree, KindLean, ""); ok {
		t.Errorf("disagreeing sections: %+v; want no lean for the outlet", r)
	}
	if r, ok := Best(disagree, KindLean, "Opinion"); !ok || r.Label != LabelRight {
		t.Errorf("disagreeing sections, Opinion: %+v, %v; want right", r, ok)
	}
}
