package story

import (
	"maps"
	"math/rand/v2"
	"slices"
	"testing"
)

// naiveSet is invIndex.set as it was: every old key's posting loses
// serial once, then every new key's posting gains it.
func naiveSet(post map[uint64][]int64, serial int64, old, keys []uint64) {
	for _, h := range old {
		list := post[h]
		if i := slices.Index(list, serial); i >= 0 {
			list = slices.Delete(list, i, i+1)
		}
		if len(list) == 0 {
			delete(post, h)
		} else {
			post[h] = list
		}
	}
	for _, h := range keys {
		post[h] = append(post[h], serial)
	}
}

// TestIndexSetAsRemoveAll checks that set, which leaves the postings of
// keys a story keeps, leaves each posting list with the same stories as
// many times as removing all old keys and adding all new ones does, over
// random updates of a few stories whose keys repeat and overlap (seed
// 7083), and that candidates then ranks the same stories.
func TestIndexSetAsRemoveAll(t *testing.T) {
	r := rand.New(rand.NewPCG(7083, 7084))
	var ix invIndex
	naive := map[uint64][]int64{}
	indexed := map[int64][]uint64{}
	draw := func() []uint64 {
		keys := make([]uint64, r.IntN(8))
		for i := range keys {
			keys[i] = uint64(r.IntN(12)) // few keys: overlaps and repeats
		}
		return keys
	}
	for step := range 2000 {
		serial := int64(r.IntN(6))
		keys := draw()
		if r.IntN(10) == 0 {
			keys = nil // the story leaves the index
		}
		ix.set(serial, indexed[serial], keys)
		naiveSet(naive, serial, indexed[serial], keys)
		indexed[serial] = keys
		for _, h := range slices.Sorted(maps.Keys(naive)) {
			got, want := slices.Sorted(slices.Values(ix.post[h])), slices.Sorted(slices.Values(naive[h]))
			if !slices.Equal(got, want) {
				t.Fatalf("step %d key %d: postings %v, want %v", step, h, got, want)
			}
		}
		if len(ix.post) != len(naive) {
			t.Fatalf("step %d: %d keys posted, want %d", step, len(ix.post), len(naive))
		}
		q := []entry{{h: uint64(r.IntN(12)), w: 0.5}, {h: uint64(r.IntN(12)), w: 0.25}}
		want := (&invIndex{post: naive}).candidates(q, 4, -1)
		if got := ix.candidates(q, 4, -1); !slices.Equal(got, want) {
			t.Fatalf("step %d: candidates %v, want %v", step, got, want)
		}
	}
}

// TestBestCandidatesAsSort checks that bestCandidates keeps what sorting
// all candidates best first and keeping n did, over random candidates
// with tied weights (seed 7085).
func TestBestCandidatesAsSort(t *testing.T) {
	r := rand.New(rand.NewPCG(7085, 7086))
	for _, size := range []int{0, 1, 5, 20, 21, 60, 500} {
		for _, n := range []int{0, 1, 3, 20, 600} {
			cs := make([]candidate, size)
			for i, s := range r.Perm(size) {
				cs[i] = candidate{serial: int64(s), w: float64(r.IntN(4)) / 4}
			}
			want := slices.Clone(cs)
			slices.SortFunc(want, func(a, b candidate) int {
				switch {
				case a.beats(b):
					return -1
				case b.beats(a):
					return 1
				}
				return 0
			})
			want = want[:min(n, len(want))]
			if got := bestCandidates(cs, n); !slices.Equal(got, want) {
				t.Errorf("%d candidates, n=%d: got %v, want %v", size, n, got, want)
			}
		}
	}
}
