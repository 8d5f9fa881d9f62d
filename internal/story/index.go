package story

import (
	"cmp"
	"slices"
)

// invIndex maps a word or name key to the active stories that hold it among
// their strongest keys.
type invIndex struct {
	post map[uint64][]int64
	acc  map[int64]float64 // scratch of candidates
}

// set replaces the keys of story serial: old are removed, keys added.
func (ix *invIndex) set(serial int64, old, keys []uint64) {
	for _, h := range old {
		ix.remove(h, serial)
	}
	if ix.post == nil {
		ix.post = make(map[uint64][]int64)
	}
	for _, h := range keys {
		ix.post[h] = append(ix.post[h], serial)
	}
}

// remove drops serial from the postings of h.
func (ix *invIndex) remove(h uint64, serial int64) {
	list := ix.post[h]
	for i, s := range list {
		if s == serial {
			list[i] = list[len(list)-1]
			list = list[:len(list)-1]
			break
		}
	}
	if len(list) == 0 {
		delete(ix.post, h)
	} else {
		ix.post[h] = list
	}
}

// candidates returns up to n stories sharing the most weight with the
// query keys, best first (ties: newest story first). skip is left out.
func (ix *invIndex) candidates(query []entry, n int, skip int64) []int64 {
	if ix.acc == nil {
		ix.acc = map[int64]float64{}
	}
	acc := ix.acc
	clear(acc)
	for _, e := range query {
		for _, s := range ix.post[e.h] {
			if s != skip {
				acc[s] += e.w
			}
		}
	}
	ranked := make([]candidate, 0, len(acc))
	for s, w := range acc {
		ranked = append(ranked, candidate{s, w})
	}
	slices.SortFunc(ranked, func(a, b candidate) int {
		if a.w != b.w {
			if a.w > b.w {
				return -1
			}
			return 1
		}
		return cmp.Compare(b.serial, a.serial)
	})
	out := make([]int64, len(ranked))
	for i, c := range ranked {
		out[i] = c.serial
	}
	if len(out) > n {
		out = out[:n]
	}
	return out
}

// candidate is a story and the weight of the query keys it shares.
type candidate struct {
	serial int64
	w      float64
}
