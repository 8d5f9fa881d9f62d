package furnitureeval

import "math/rand/v2"

// rng draws with the PCG generator of math/rand/v2, whose output for a seed
// is fixed by its specification; bounded integers and subsets are computed
// here so that a draw does not depend on the Go release.
type rng struct{ src *rand.PCG }

func newRNG(seed uint64) *rng { return &rng{src: rand.NewPCG(seed, 0)} }

// intn returns a uniform integer in [0, n), by rejection, for n > 0.
func (r *rng) intn(n int) int {
	bound := uint64(n)
	limit := ^uint64(0) - (^uint64(0)%bound+1)%bound
	for {
		if v := r.src.Uint64(); v <= limit {
			return int(v % bound)
		}
	}
}

// choose returns k distinct indexes of [0, n), uniformly without
// replacement, in the order drawn (a partial Fisher–Yates shuffle).
func (r *rng) choose(n, k int) []int {
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	for i := 0; i < k; i++ {
		j := i + r.intn(n-i)
		idx[i], idx[j] = idx[j], idx[i]
	}
	return idx[:k]
}
