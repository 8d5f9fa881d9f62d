package story

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"testing"
)

func TestStrongestN(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for trial := range 200 {
		n := 1 + r.IntN(20)
		v := make(vec, r.IntN(100))
		for i := range v {
			v[i] = entry{h: uint64(r.IntN(50)), w: float64(r.IntN(10))}
		}
		want := slices.Clone(v)
		sortByWeight(want)
		want = want[:min(n, len(want))]
		got := strongestN(slices.Clone(v), n)
		if !slices.Equal(got, want) {
			t.Fatalf("trial %d: strongestN(%d) = %v, want %v", trial, n, got, want)
		}
	}
}

// TestScaledLikeCompact checks that scaledLike of v sorted by hash equals
// compact(v, len(v)) bit for bit, as prepare relies on.
func TestScaledLikeCompact(t *testing.T) {
	v := vec{{h: 9, key: "a", w: 0.7}, {h: 3, key: "b", w: 0.5}, {h: 5, key: "c", w: 0.5}, {h: 1, key: "d", w: 0.1}}
	normalize(v)
	h := slices.Clone(v)
	slices.SortFunc(h, func(a, b entry) int { return cmp.Compare(a.h, b.h) })
	if got, want := scaledLike(h, v), compact(v, len(v)); !slices.Equal(got, want) {
		t.Fatalf("scaledLike = %v, want %v", got, want)
	}
}
