package textcase

import (
	"strings"
	"testing"
)

func TestLowerKeepsOffsets(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"", true},
		{"The Harbour Board", true},
		{"Émile Brønn of Zürich", true},    // letters whose small forms are as long
		{"\uFFFD written as itself", true}, // the replacement character, valid UTF-8
		{"ȺȺ a pilot", false},              // grows by a byte
		{"STRAẞE", false},                  // shrinks by a byte
		{"Ⱥ Kolja ẞ", false},               // the whole keeps its length, the offsets between move
		{"bad \xff byte", false},           // not UTF-8
		{"\u212a", false},                  // the Kelvin sign lowers to a one-byte k
		{"\u0130", false},                  // a dotted capital I lowers to two characters
	} {
		if got := LowerKeepsOffsets(tc.s); got != tc.want {
			t.Errorf("LowerKeepsOffsets(%q) = %v, want %v", tc.s, got, tc.want)
		}
		if got, same := LowerKeepsOffsets(tc.s), len(strings.ToLower(tc.s)) == len(tc.s); got && !same {
			t.Errorf("%q: said to keep offsets but lowering changes its length", tc.s)
		}
	}
}
