package dedup

import (
	"cmp"
	"container/heap"
)

// tile is an exact shared run of words: a[A:A+N] equals b[B:B+N].
type tile struct{ A, B, N int }

// Limits that keep alignment near-linear on repetitive input.
const (
	maxSeedOccurrences = 16  // occurrences of one seed in a that are tried
	maxChainSteps      = 256 // hash-chain steps per position of b
	workPerWord        = 64  // extension steps allowed per input word
)

// seedIndex finds where k-word seeds of a text a occur. It is built once
// per text and queried with every text compared with it.
type seedIndex struct {
	a          []uint32
	k          int
	grams      []uint64
	head, next []int32
	mask       uint64
}

func newSeedIndex(a []uint32, k int) *seedIndex {
	k = max(k, 1)
	x := &seedIndex{a: a, k: k}
	if len(a) < k {
		return x
	}
	na := len(a) - k + 1
	x.grams = make([]uint64, na)
	for i := range x.grams {
		x.grams[i] = seedHash(a[i : i+k])
	}
	size := 1
	for size < 2*na {
		size <<= 1
	}
	x.mask = uint64(size - 1)
	x.head = make([]int32, size)
	for i := range x.head {
		x.head[i] = -1
	}
	x.next = make([]int32, na)
	for i := na - 1; i >= 0; i-- {
		h := x.grams[i] & x.mask
		x.next[i] = x.head[h]
		x.head[h] = int32(i)
	}
	return x
}

// maximalMatches returns the exact shared runs of at least k words that
// cannot be extended to the left (seed-and-extend over k-word seeds). A seed
// repeated more than maxSeedOccurrences times in a is tried only at its first
// occurrences, and the total work is bounded, so that pathological input
// (one word repeated) stays fast; the result is then partial.
func maximalMatches(a, b []uint32, k int) []tile {
	return newSeedIndex(a, k).matches(b)
}

// matches returns the maximal matches between the indexed text and b.
func (x *seedIndex) matches(b []uint32) []tile {
	a, k := x.a, x.k
	if len(a) < k || len(b) < k {
		return nil
	}
	budget := workPerWord*(len(a)+len(b)) + 1<<16
	var out []tile
	for j := 0; j+k <= len(b) && budget > 0; j++ {
		g := seedHash(b[j : j+k])
		occ, steps := 0, 0
		for i32 := x.head[g&x.mask]; i32 >= 0 && occ < maxSeedOccurrences && steps < maxChainSteps; i32 = x.next[i32] {
			steps++
			i := int(i32)
			if x.grams[i] != g {
				continue
			}
			occ++
			if i > 0 && j > 0 && a[i-1] == b[j-1] {
				continue // inside a longer match found from its left end
			}
			n := 0
			for i+n < len(a) && j+n < len(b) && a[i+n] == b[j+n] {
				n++
			}
			budget -= n + 1
			if n >= k {
				out = append(out, tile{A: i, B: j, N: n})
			}
		}
	}
	return out
}

func seedHash(ws []uint32) uint64 {
	h := uint64(0x27d4eb2f165667c5)
	for _, w := range ws {
		h = mix64(h ^ uint64(w))
	}
	return h
}

// greedyTiles picks non-overlapping tiles from matches, longest first, as
// Greedy String Tiling does (Wise, 1996): a match that overlaps tiles
// already taken gives back its free parts of at least minLen words. Tiles
// may be in any order in a and b, so reordered paragraphs are found.
func greedyTiles(matches []tile, na, nb, minLen int) []tile {
	usedA := make([]bool, na)
	usedB := make([]bool, nb)
	h := tileHeap(append([]tile(nil), matches...))
	heap.Init(&h)
	var out []tile
	for h.Len() > 0 {
		t := heap.Pop(&h).(tile)
		free := true
		for x := range t.N {
			if usedA[t.A+x] || usedB[t.B+x] {
				free = false
				break
			}
		}
		if free {
			for x := range t.N {
				usedA[t.A+x], usedB[t.B+x] = true, true
			}
			out = append(out, t)
			continue
		}
		run := 0
		for x := 0; x <= t.N; x++ {
			if x < t.N && !usedA[t.A+x] && !usedB[t.B+x] {
				run++
				continue
			}
			if run >= minLen {
				heap.Push(&h, tile{A: t.A + x - run, B: t.B + x - run, N: run})
			}
			run = 0
		}
	}
	return out
}

// tileHeap orders tiles longest first, then by position in b and in a.
type tileHeap []tile

// Len, Less, Swap, Push and Pop implement heap.Interface.
func (h tileHeap) Len() int { return len(h) }
func (h tileHeap) Less(i, j int) bool {
	if h[i].N != h[j].N {
		return h[i].N > h[j].N
	}
	if c := cmp.Compare(h[i].B, h[j].B); c != 0 {
		return c < 0
	}
	return h[i].A < h[j].A
}
func (h tileHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *tileHeap) Push(x any)   { *h = append(*h, x.(tile)) }
func (h *tileHeap) Pop() any {
	old := *h
	t := old[len(old)-1]
	*h = old[:len(old)-1]
	return t
}
