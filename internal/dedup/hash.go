package dedup

import "math/bits"

// mix64 is the splitmix64/murmur3 finaliser: a cheap bijective scrambler.
func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// combine hashes a sequence of word hashes into one order-sensitive hash.
func combine(hs []uint64) uint64 {
	s := uint64(0x9e3779b97f4a7c15) ^ uint64(len(hs))
	for _, h := range hs {
		s = bits.RotateLeft64((s^h)*0xff51afd7ed558ccd, 29)
	}
	return mix64(s)
}

// tokenHashes returns the 64-bit word hashes of toks.
func tokenHashes(toks []Token) []uint64 {
	out := make([]uint64, len(toks))
	for i, t := range toks {
		out[i] = t.Hash
	}
	return out
}

// shingles returns the hashes of all runs of k consecutive words. A text
// shorter than k words gives one shingle of all its words; an empty text
// gives none.
func shingles(words []uint64, k int) []uint64 {
	if len(words) == 0 {
		return nil
	}
	if k < 1 {
		k = 1
	}
	if len(words) <= k {
		return []uint64{combine(words)}
	}
	out := make([]uint64, len(words)-k+1)
	for i := range out {
		out[i] = combine(words[i : i+k])
	}
	return out
}

// TextHash returns the exact hash of a text's normalised words: two texts
// that differ only in case, punctuation and spacing have the same hash.
// An empty text hashes to 0.
func TextHash(toks []Token) uint64 {
	if len(toks) == 0 {
		return 0
	}
	return combine(tokenHashes(toks))
}
