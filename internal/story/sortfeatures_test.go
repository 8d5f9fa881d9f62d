package story

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// featuresFor returns n features with distinct keys drawn with seed:
// short lower-case words, many sharing a prefix (as stems and names do),
// in the given shape.
func featuresFor(seed uint64, n int, shape string) []Feature {
	r := rand.New(rand.NewPCG(seed, 7421))
	prefixes := []string{"", "pre", "con", "state", "an"}
	seen := map[string]bool{}
	v := make([]Feature, 0, n)
	for len(v) < n {
		var b strings.Builder
		b.WriteString(prefixes[r.IntN(len(prefixes))])
		for range 1 + r.IntN(9) {
			b.WriteByte(byte('a' + r.IntN(26)))
		}
		k := b.String()
		if seen[k] {
			continue
		}
		seen[k] = true
		v = append(v, Feature{Key: k, Count: r.IntN(5) + 1})
	}
	switch shape {
	case "ascending":
		slices.SortFunc(v, byKeyRef)
	case "descending":
		slices.SortFunc(v, func(a, b Feature) int { return byKeyRef(b, a) })
	}
	return v
}

// byKeyRef is the order of sortFeatures written independently of it, as
// a slices.SortFunc comparison: what bag.features sorted with before.
func byKeyRef(a, b Feature) int { return strings.Compare(a.Key, b.Key) }

// TestSortFeaturesAsSortFunc checks that sortFeatures orders features as
// slices.SortFunc does by key, over sizes around the insertion-sort
// cutoff and beyond, and on inputs already sorted either way.
func TestSortFeaturesAsSortFunc(t *testing.T) {
	seed := uint64(7420)
	for _, n := range []int{0, 1, 2, 3, 11, 12, 13, 14, 25, 64, 100, 300, 1000} {
		for _, shape := range []string{"random", "ascending", "descending"} {
			seed++
			v := featuresFor(seed, n, shape)
			want := slices.Clone(v)
			slices.SortFunc(want, byKeyRef)
			got := slices.Clone(v)
			sortFeatures(got)
			if !slices.Equal(got, want) {
				t.Errorf("sortFeatures n=%d %s: differs from slices.SortFunc", n, shape)
			}
		}
	}
	v := featuresFor(7429, 200, "random")
	got := slices.Clone(v)
	sortFeaturesDepth(got, 0)
	want := slices.Clone(v)
	slices.SortFunc(want, byKeyRef)
	if !slices.Equal(got, want) {
		t.Error("sortFeaturesDepth with no depth left differs")
	}
}

// BenchmarkSortFeatures measures sortFeatures on bags of an article's
// sizes, against slices.SortFunc with the same comparison.
func BenchmarkSortFeatures(b *testing.B) {
	for _, n := range []int{16, 64, 300} {
		v := featuresFor(7422, n, "random")
		work := make([]Feature, n)
		b.Run(fmt.Sprintf("written-%d", n), func(b *testing.B) {
			for b.Loop() {
				copy(work, v)
				sortFeatures(work)
			}
		})
		b.Run(fmt.Sprintf("SortFunc-%d", n), func(b *testing.B) {
			for b.Loop() {
				copy(work, v)
				slices.SortFunc(work, byKeyRef)
			}
		})
	}
}
