package story

import (
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
