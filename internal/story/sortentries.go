package story

import (
	"cmp"
	"math/bits"
	"slices"
	"strings"
)

// The two orders of entries the clusterer sorts by, on every article and
// event: strongest first (ties by hash), and by hash. Both are total
// orders on the entries of one vector (its hashes are distinct), so any
// correct sort gives the same result; these are written out for entries,
// with the comparison inlined, because slices.SortFunc calls its
// comparison through a function value, which cost about as much as the
// sorting itself (6.5 % of a full regroup's CPU in session 68's profile,
// most of it on the one goroutine that assigns articles).
//
// Each is an insertion sort for short runs under a quicksort on the
// median of three; a run that recurses deeper than twice the logarithm of
// its length is left to slices.SortFunc (pattern-defeating quicksort,
// O(n log n) at worst), so that no input makes them quadratic.

// sortRunMax is the longest run that is insertion-sorted.
const sortRunMax = 12

// heavier reports whether a comes before b strongest first: a greater
// weight, or an equal weight and a smaller hash. Weights are never NaN.
func heavier(a, b *entry) bool { return a.w > b.w || a.w == b.w && a.h < b.h }

// sortByWeight orders v strongest first, deterministically.
func sortByWeight(v []entry) { sortWeightDepth(v, 2*bits.Len(uint(len(v)))) }

// sortWeightDepth sorts v strongest first, quicksorting at most depth
// levels deep before it leaves the rest to slices.SortFunc.
func sortWeightDepth(v []entry, depth int) {
	for len(v) > sortRunMax {
		if depth == 0 {
			slices.SortFunc(v, func(a, b entry) int {
				switch {
				case heavier(&a, &b):
					return -1
				case heavier(&b, &a):
					return 1
				}
				return 0
			})
			return
		}
		depth--
		// Median of three to v[0], then partition v[1:] around it.
		m, l := len(v)/2, len(v)-1
		if heavier(&v[m], &v[0]) {
			v[m], v[0] = v[0], v[m]
		}
		if heavier(&v[l], &v[0]) {
			v[l], v[0] = v[0], v[l]
		}
		if heavier(&v[m], &v[l]) {
			v[m], v[l] = v[l], v[m]
		}
		// Now v[0], v[l], v[m] come in this order: v[l] is the median,
		// swapped to v[0] as the pivot.
		v[0], v[l] = v[l], v[0]
		p := v[0]
		i, j := 1, l
		for {
			for i <= j && heavier(&v[i], &p) {
				i++
			}
			for i <= j && heavier(&p, &v[j]) {
				j--
			}
			if i >= j {
				break
			}
			v[i], v[j] = v[j], v[i]
			i++
			j--
		}
		// v[1:i] come before p, v[j+1:] after it; j is p's place.
		v[0], v[j] = v[j], v[0]
		lo, hi := v[:j], v[j+1:]
		if len(lo) < len(hi) {
			sortWeightDepth(lo, depth)
			v = hi
		} else {
			sortWeightDepth(hi, depth)
			v = lo
		}
	}
	for i := 1; i < len(v); i++ {
		for j := i; j > 0 && heavier(&v[j], &v[j-1]); j-- {
			v[j], v[j-1] = v[j-1], v[j]
		}
	}
}

// sortByHash orders v by hash.
func sortByHash(v []entry) { sortHashDepth(v, 2*bits.Len(uint(len(v)))) }

// sortHashDepth sorts v by hash, quicksorting at most depth levels deep
// before it leaves the rest to slices.SortFunc.
func sortHashDepth(v []entry, depth int) {
	for len(v) > sortRunMax {
		if depth == 0 {
			slices.SortFunc(v, func(a, b entry) int { return cmp.Compare(a.h, b.h) })
			return
		}
		depth--
		m, l := len(v)/2, len(v)-1
		if v[m].h < v[0].h {
			v[m], v[0] = v[0], v[m]
		}
		if v[l].h < v[0].h {
			v[l], v[0] = v[0], v[l]
		}
		if v[m].h < v[l].h {
			v[m], v[l] = v[l], v[m]
		}
		v[0], v[l] = v[l], v[0]
		p := v[0].h
		i, j := 1, l
		for {
			for i <= j && v[i].h < p {
				i++
			}
			for i <= j && p < v[j].h {
				j--
			}
			if i >= j {
				break
			}
			v[i], v[j] = v[j], v[i]
			i++
			j--
		}
		v[0], v[j] = v[j], v[0]
		lo, hi := v[:j], v[j+1:]
		if len(lo) < len(hi) {
			sortHashDepth(lo, depth)
			v = hi
		} else {
			sortHashDepth(hi, depth)
			v = lo
		}
	}
	for i := 1; i < len(v); i++ {
		for j := i; j > 0 && v[j].h < v[j-1].h; j-- {
			v[j], v[j-1] = v[j-1], v[j]
		}
	}
}

// sortFeatures orders fs by key. The keys of one list are distinct (a
// bag's), so the order is total and any correct sort gives the same
// result; written out, as the two sorts above, because slices.SortFunc's
// comparison through a function value cost about a third of it (the
// extraction workers sorted every bag of every article: 4 % of a full
// regroup's CPU in session 71's profile).
func sortFeatures(fs []Feature) { sortFeaturesDepth(fs, 2*bits.Len(uint(len(fs)))) }

// sortFeaturesDepth sorts fs by key, quicksorting at most depth levels
// deep before it leaves the rest to slices.SortFunc.
func sortFeaturesDepth(v []Feature, depth int) {
	for len(v) > sortRunMax {
		if depth == 0 {
			slices.SortFunc(v, func(a, b Feature) int { return strings.Compare(a.Key, b.Key) })
			return
		}
		depth--
		m, l := len(v)/2, len(v)-1
		if v[m].Key < v[0].Key {
			v[m], v[0] = v[0], v[m]
		}
		if v[l].Key < v[0].Key {
			v[l], v[0] = v[0], v[l]
		}
		if v[m].Key < v[l].Key {
			v[m], v[l] = v[l], v[m]
		}
		v[0], v[l] = v[l], v[0]
		p := v[0].Key
		i, j := 1, l
		for {
			for i <= j && v[i].Key < p {
				i++
			}
			for i <= j && p < v[j].Key {
				j--
			}
			if i >= j {
				break
			}
			v[i], v[j] = v[j], v[i]
			i++
			j--
		}
		v[0], v[j] = v[j], v[0]
		lo, hi := v[:j], v[j+1:]
		if len(lo) < len(hi) {
			sortFeaturesDepth(lo, depth)
			v = hi
		} else {
			sortFeaturesDepth(hi, depth)
			v = lo
		}
	}
	for i := 1; i < len(v); i++ {
		for j := i; j > 0 && v[j].Key < v[j-1].Key; j-- {
			v[j], v[j-1] = v[j-1], v[j]
		}
	}
}
