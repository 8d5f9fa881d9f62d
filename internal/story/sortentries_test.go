package story

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// entriesFor returns n entries drawn with seed: distinct hashes, weights
// from few values (many ties) or many, in the given shape.
func entriesFor(seed uint64, n int, fewWeights bool, shape string) []entry {
	r := rand.New(rand.NewPCG(seed, 7081))
	v := make([]entry, n)
	for i := range v {
		w := r.Float64()
		if fewWeights {
			w = float64(r.IntN(3)) / 2
		}
		v[i] = entry{h: r.Uint64(), key: fmt.Sprint(i), w: w}
	}
	switch shape {
	case "ascending":
		slices.SortFunc(v, byHashRef)
	case "descending":
		slices.SortFunc(v, func(a, b entry) int { return cmp.Compare(b.h, a.h) })
	}
	return v
}

// byWeightRef and byHashRef are the two orders of sortentries.go written
// independently of it, as slices.SortFunc comparisons: the reference the
// hand-written sorts are checked and timed against.
func byWeightRef(a, b entry) int {
	switch {
	case a.w > b.w:
		return -1
	case a.w < b.w:
		return 1
	}
	return cmp.Compare(a.h, b.h)
}

func byHashRef(a, b entry) int { return cmp.Compare(a.h, b.h) }

// TestSortEntriesAsSortFunc checks that sortByWeight and sortByHash order
// entries as slices.SortFunc does with the same comparisons, over sizes
// around the insertion-sort cutoff and beyond, with ties of weight, and
// on inputs already sorted either way.
func TestSortEntriesAsSortFunc(t *testing.T) {
	seed := uint64(7080)
	for _, n := range []int{0, 1, 2, 3, 11, 12, 13, 14, 25, 64, 100, 144, 300, 1000} {
		for _, few := range []bool{false, true} {
			for _, shape := range []string{"random", "ascending", "descending"} {
				seed++
				v := entriesFor(seed, n, few, shape)
				want := slices.Clone(v)
				slices.SortFunc(want, byWeightRef)
				got := slices.Clone(v)
				sortByWeight(got)
				if !slices.Equal(got, want) {
					t.Errorf("sortByWeight n=%d few=%v %s: differs from slices.SortFunc", n, few, shape)
				}
				want = slices.Clone(v)
				slices.SortFunc(want, byHashRef)
				got = slices.Clone(v)
				sortByHash(got)
				if !slices.Equal(got, want) {
					t.Errorf("sortByHash n=%d few=%v %s: differs from slices.SortFunc", n, few, shape)
				}
			}
		}
	}
}

// TestSortEntriesDepthLimit checks the fallback a run takes when it
// recurses too deep: sorting with no depth left is still right.
func TestSortEntriesDepthLimit(t *testing.T) {
	v := entriesFor(7089, 200, true, "random")
	got := slices.Clone(v)
	sortWeightDepth(got, 0)
	want := slices.Clone(v)
	sortByWeight(want)
	if !slices.Equal(got, want) {
		t.Error("sortWeightDepth with no depth left differs")
	}
	got = slices.Clone(v)
	sortHashDepth(got, 0)
	want = slices.Clone(v)
	sortByHash(want)
	if !slices.Equal(got, want) {
		t.Error("sortHashDepth with no depth left differs")
	}
}

// BenchmarkSortEntries measures both sorts on vectors of an article's
// size, against slices.SortFunc with the same comparison.
func BenchmarkSortEntries(b *testing.B) {
	for _, n := range []int{16, 64, 300} {
		v := entriesFor(7082, n, false, "random")
		work := make([]entry, n)
		b.Run(fmt.Sprintf("weight-%d", n), func(b *testing.B) {
			for b.Loop() {
				copy(work, v)
				sortByWeight(work)
			}
		})
		b.Run(fmt.Sprintf("weight-SortFunc-%d", n), func(b *testing.B) {
			for b.Loop() {
				copy(work, v)
				slices.SortFunc(work, byWeightRef)
			}
		})
		b.Run(fmt.Sprintf("hash-%d", n), func(b *testing.B) {
			for b.Loop() {
				copy(work, v)
				sortByHash(work)
			}
		})
		b.Run(fmt.Sprintf("hash-SortFunc-%d", n), func(b *testing.B) {
			for b.Loop() {
				copy(work, v)
				slices.SortFunc(work, byHashRef)
			}
		})
	}
}
