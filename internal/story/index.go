package story

import (
	"slices"
)

// invIndex maps a word or name key to the active stories that hold it among
// their strongest keys.
type invIndex struct {
	post map[uint64][]int64
	acc  map[int64]float64 // scratch of candidates
	// was and now are scratch of set: sorted copies of a story's old and
	// new keys.
	was, now []uint64
}

// set replaces the keys of story serial: old are removed, keys added. The
// postings of a key in both are left as they are (a story's strongest
// keys change little from one update to the next, and removing the story
// from a long posting list is a scan of it): each key's posting list then
// holds serial as many times as keys holds the key, as removing all of old
// and adding all of keys would leave it, in another order, which no reader
// of the postings depends on (candidates sums a story's weight over the
// query, and rareMerge reads sets).
func (ix *invIndex) set(serial int64, old, keys []uint64) {
	if ix.post == nil {
		ix.post = make(map[uint64][]int64)
	}
	ix.was = append(ix.was[:0], old...)
	ix.now = append(ix.now[:0], keys...)
	slices.Sort(ix.was)
	slices.Sort(ix.now)
	was, now := ix.was, ix.now
	for len(was) > 0 || len(now) > 0 {
		switch {
		case len(now) == 0 || len(was) > 0 && was[0] < now[0]:
			ix.remove(was[0], serial)
			was = was[1:]
		case len(was) == 0 || now[0] < was[0]:
			ix.post[now[0]] = append(ix.post[now[0]], serial)
			now = now[1:]
		default: // in both: its posting stays
			was, now = was[1:], now[1:]
		}
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
	ranked = bestCandidates(ranked, n)
	out := make([]int64, len(ranked))
	for i, c := range ranked {
		out[i] = c.serial
	}
	return out
}

// beats reports whether candidate a ranks before b: more weight shared,
// or as much and a newer story.
func (a candidate) beats(b candidate) bool {
	return a.w > b.w || a.w == b.w && a.serial > b.serial
}

// bestCandidates returns the n best of cs, best first, reordering cs: an
// insertion into the n best so far, which most candidates fail at its
// last (a sort of all of them cost more; the stories sharing a common
// key are many). The order is total (serials are distinct), so the
// result is that of sorting cs and keeping n.
func bestCandidates(cs []candidate, n int) []candidate {
	if n <= 0 {
		return cs[:0]
	}
	k := 0 // cs[:k] are the best so far, best first
	for i := range cs {
		c := cs[i]
		if k == n && !c.beats(cs[k-1]) {
			continue
		}
		if k < n {
			k++
		}
		j := k - 1
		for ; j > 0 && c.beats(cs[j-1]); j-- {
			cs[j] = cs[j-1]
		}
		cs[j] = c
	}
	return cs[:k]
}

// candidate is a story and the weight of the query keys it shares.
type candidate struct {
	serial int64
	w      float64
}
