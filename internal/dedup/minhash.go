package dedup

import "math"

// minHasher computes MinHash sketches of k values by one-permutation hashing
// with densification (Li, Owen and Zhang, 2012; Shrivastava and Li, 2014):
// the hash range of the shingles is cut into k bins and each value is the
// minimum of its bin, so that the k "permutations" cost one pass over the
// shingles instead of k. A bin no shingle falls in borrows the value of the
// nearest filled bin to its right, offset by the distance, which keeps the
// probability that two sketches agree in a bin equal to the Jaccard
// similarity of the two shingle sets.
type minHasher struct {
	k int
}

func newMinHasher(k int) *minHasher { return &minHasher{k: k} }

// sketch returns the MinHash values of a set of shingle hashes (duplicates
// are harmless). An empty set gives nil.
func (m *minHasher) sketch(sh []uint64) []uint32 {
	if len(sh) == 0 {
		return nil
	}
	k := uint64(m.k)
	mins := make([]uint32, m.k)
	filled := make([]bool, m.k)
	for i := range mins {
		mins[i] = math.MaxUint32
	}
	for _, x := range sh {
		x = mix64(x ^ minHashSeed)
		b := (x >> 32) * k >> 32 // bin from the high bits
		v := uint32(x)           // value from the low bits
		filled[b] = true
		if v < mins[b] {
			mins[b] = v
		}
	}
	out := make([]uint32, m.k)
	for i := range out {
		for d := 0; d < m.k; d++ {
			j := (i + d) % m.k
			if filled[j] {
				out[i] = mins[j] + uint32(d)*0x9e3779b9
				break
			}
		}
	}
	return out
}

// minHashSeed fixes the bins: sketches made by any build compare.
const minHashSeed = 0x5eed_d0c5_ca11_ab1e

// Jaccard estimates the Jaccard similarity of the shingle sets behind two
// MinHash sketches: the fraction of equal values. Sketches of different
// lengths or empty sketches give 0.
func Jaccard(a, b []uint32) float64 {
	if len(a) == 0 || len(a) != len(b) {
		return 0
	}
	eq := 0
	for i := range a {
		if a[i] == b[i] {
			eq++
		}
	}
	return float64(eq) / float64(len(a))
}
