package story

import "sort"

// PublishedOrder returns the order in which docs should be clustered: by
// publication time, where an undated article keeps its place in the input
// behind the dated article that precedes it (it takes that article's time;
// undated articles before any dated one come first). Ties keep input order,
// so the order is deterministic.
func PublishedOrder(docs []Doc) []int {
	keys := make([]int64, len(docs))
	var last int64 = -1 << 63
	for i, d := range docs {
		if d.HasTime {
			last = d.Published.UnixNano()
		}
		keys[i] = last
	}
	idx := make([]int, len(docs))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return keys[idx[a]] < keys[idx[b]] })
	return idx
}
