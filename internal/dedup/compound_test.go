package dedup

import "testing"

// TestResolveCompoundKeepsOutletEvidence: a document X made of two others
// that share nothing is the copy in both pairs, unless the direction came
// from a date, a wire dateline or a credit.
func TestResolveCompoundKeepsOutletEvidence(t *testing.T) {
	span := func(lo, hi int) []Span {
		return []Span{{Source: Range{Start: lo, End: hi}, Copy: Range{Start: 0, End: hi - lo}, Words: (hi - lo) / 6}}
	}
	for _, tt := range []struct {
		basis string
		flip  bool
	}{
		{BasisLength, true}, {BasisOrder, true}, {BasisDated, true}, {BasisInsertedLead, true},
		{BasisPublished, false}, {BasisWire, false}, {BasisCredit, false},
	} {
		ms := []Match{
			{Source: "x", Copy: "a", Kind: KindDerived, Basis: tt.basis, Spans: span(0, 600), Share: 0.9, SourceShare: 0.4},
			{Source: "x", Copy: "b", Kind: KindDerived, Basis: BasisLength, Spans: span(900, 1500), Share: 0.9, SourceShare: 0.4},
		}
		resolveCompound(DefaultConfig(), ms)
		if flipped := ms[0].Source == "a"; flipped != tt.flip {
			t.Errorf("basis %s: source %s, flipped %v, want %v", tt.basis, ms[0].Source, flipped, tt.flip)
		}
		if ms[1].Source != "b" || ms[1].Basis != BasisCompound {
			t.Errorf("basis %s: the other pair is %s (%s), want b (compound)", tt.basis, ms[1].Source, ms[1].Basis)
		}
	}
}
