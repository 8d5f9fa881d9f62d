package clean

import (
	"cmp"
	"slices"
)

// Capacity bounds the lines a Model keeps. When it has more, the lines
// seen in one article only and longest ago are forgotten first: a line that
// recurs comes back before it is forgotten, so furniture is still learned
// from an outlet's first few dozen articles and kept as long as it recurs.
const Capacity = 16384

// Line is what a Model knows about one normalised paragraph.
type Line struct {
	Key uint64
	// Articles counts the distinct articles of the outlet that carry it.
	Articles uint32
	// First and Last are the days (since 1970-01-01, UTC) of the earliest
	// and latest of those articles; 0 when unknown.
	First, Last int32
	// Seen is the model's article count when the line was last seen; it
	// orders lines for forgetting.
	Seen uint32
}

// Model is what cleaning learns about one outlet: in how many of its
// articles each paragraph occurs. It is bounded in memory (Capacity), can
// be stored (MarshalBinary) and merged (Merge). A Model is not safe for
// concurrent use while it learns; reading it (Lookup) from several
// goroutines is safe once learning is done and Flush has been called.
type Model struct {
	// Articles counts the articles learned from.
	Articles uint32
	lines    []Line // sorted by Key
	// keys holds the lines' keys, in order: find searches them, eight
	// bytes a line rather than a Line's twenty-four, so that more of a
	// search stays in cache. setLines keeps it.
	keys []uint64
	// recur holds the keys of the lines seen in MinRepeats articles or
	// more, in order: the only lines cleaning asks about (Recurs), and
	// few of them, so that a search for a paragraph, most often in vain,
	// stays in the fastest cache. stale says that learning has counted
	// articles since it was built; Flush rebuilds it.
	recur   []uint64
	stale   bool
	pending map[uint64]int
	added   []Line // lines not yet merged into lines, indexed by pending
}

// Learn records one more article of the outlet: the distinct keys of its
// paragraphs (Keys) and its day (see Day).
func (m *Model) Learn(keys []uint64, day int32) {
	m.Articles++
	m.stale = true
	for _, k := range keys {
		if k == 0 {
			continue
		}
		if i, ok := m.find(k); ok {
			m.lines[i].touch(day, m.Articles)
			continue
		}
		if m.pending == nil {
			m.pending = map[uint64]int{}
		}
		if i, ok := m.pending[k]; ok {
			m.added[i].touch(day, m.Articles)
			continue
		}
		m.pending[k] = len(m.added)
		m.added = append(m.added, Line{Key: k, Articles: 1, First: day, Last: day, Seen: m.Articles})
	}
	if len(m.added) > max(1024, len(m.lines)/4) {
		m.Flush()
	}
}

func (l *Line) touch(day int32, seen uint32) {
	l.Articles++
	l.Seen = seen
	if day != 0 {
		if l.First == 0 || day < l.First {
			l.First = day
		}
		if day > l.Last {
			l.Last = day
		}
	}
}

// Flush merges what Learn gathered into the model and forgets lines over
// Capacity. Lookup and MarshalBinary call it; call it before sharing the
// model between goroutines.
func (m *Model) Flush() {
	if len(m.added) > 0 {
		slices.SortFunc(m.added, func(a, b Line) int { return cmp.Compare(a.Key, b.Key) })
		m.setLines(mergeLines(m.lines, m.added))
		m.added, m.pending = nil, nil
		m.prune()
	}
	if m.stale {
		m.setRecur()
	}
}

// mergeLines merges two lists sorted by key; a key in both is summed.
func mergeLines(a, b []Line) []Line {
	out := make([]Line, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i].Key < b[j].Key:
			out = append(out, a[i])
			i++
		case a[i].Key > b[j].Key:
			out = append(out, b[j])
			j++
		default:
			out = append(out, sum(a[i], b[j]))
			i++
			j++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}

func sum(a, b Line) Line {
	a.Articles += b.Articles
	if b.First != 0 && (a.First == 0 || b.First < a.First) {
		a.First = b.First
	}
	a.Last = max(a.Last, b.Last)
	a.Seen = max(a.Seen, b.Seen)
	return a
}

// prune forgets lines over Capacity, down to three quarters of it: lines
// seen in fewer articles first (one, then two), and among those the ones
// seen longest ago (ties by key, so that pruning is deterministic).
func (m *Model) prune() {
	if len(m.lines) <= Capacity {
		return
	}
	drop := len(m.lines) - Capacity*3/4
	gone := make([]bool, len(m.lines))
	for count := uint32(1); drop > 0; count++ {
		// The Seen of the lines seen in count articles (or more, on the
		// last round), oldest first.
		var seen []uint32
		for i, l := range m.lines {
			if !gone[i] && (l.Articles == count || count >= 3) {
				seen = append(seen, l.Seen)
			}
		}
		if len(seen) == 0 {
			continue
		}
		slices.Sort(seen)
		if len(seen) > drop {
			seen = seen[:drop]
		}
		cut := seen[len(seen)-1] // drop every line older than cut, and some at cut
		atCut := 0
		for _, v := range seen {
			if v == cut {
				atCut++
			}
		}
		for i, l := range m.lines { // lines are in key order: ties go by key
			if gone[i] || !(l.Articles == count || count >= 3) {
				continue
			}
			if l.Seen < cut || l.Seen == cut && atCut > 0 {
				if l.Seen == cut {
					atCut--
				}
				gone[i] = true
				drop--
			}
		}
	}
	kept := make([]Line, 0, Capacity*3/4)
	for i, l := range m.lines {
		if !gone[i] {
			kept = append(kept, l)
		}
	}
	m.setLines(kept)
}

// setLines replaces the lines (sorted by key) and their keys.
func (m *Model) setLines(lines []Line) {
	m.lines = lines
	m.keys = slices.Grow(m.keys[:0], len(lines))[:len(lines)]
	for i, l := range lines {
		m.keys[i] = l.Key
	}
	m.setRecur()
}

// setRecur rebuilds recur from the lines.
func (m *Model) setRecur() {
	m.recur = m.recur[:0]
	for _, l := range m.lines {
		if l.Articles >= MinRepeats {
			m.recur = append(m.recur, l.Key)
		}
	}
	m.stale = false
}

func (m *Model) find(k uint64) (int, bool) {
	return search(m.keys, k)
}

// search returns where k is or would be in keys, sorted.
func search(keys []uint64, k uint64) (int, bool) {
	// A hand-written search: the generic one with a comparison function
	// was a measured share of cleaning.
	lo, hi := 0, len(keys)
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if keys[h] < k {
			lo = h + 1
		} else {
			hi = h
		}
	}
	return lo, lo < len(keys) && keys[lo] == k
}

// Lookup returns what the model knows of a key; ok is false for a line it
// has not seen (or has forgotten).
func (m *Model) Lookup(k uint64) (Line, bool) {
	if m == nil {
		return Line{}, false
	}
	m.Flush()
	i, ok := m.find(k)
	if !ok {
		return Line{}, false
	}
	return m.lines[i], true
}

// Recurs is Lookup for the lines seen in MinRepeats articles or more: ok
// is false for any other line. It is what cleaning asks, and faster.
func (m *Model) Recurs(k uint64) (Line, bool) {
	if m == nil {
		return Line{}, false
	}
	m.Flush()
	if _, ok := search(m.recur, k); !ok {
		return Line{}, false
	}
	i, _ := m.find(k)
	return m.lines[i], true
}

// Len returns how many lines the model keeps.
func (m *Model) Len() int {
	if m == nil {
		return 0
	}
	m.Flush()
	return len(m.lines)
}

// Merge adds what other learned to m, as if m had learned other's
// articles too (the two must have learned different articles).
func (m *Model) Merge(other *Model) {
	if other == nil {
		return
	}
	m.Flush()
	other.Flush()
	seen := m.Articles
	m.Articles += other.Articles
	shifted := make([]Line, len(other.lines))
	for i, l := range other.lines {
		l.Seen += seen
		shifted[i] = l
	}
	m.setLines(mergeLines(m.lines, shifted))
	m.prune()
}

// Lines returns the lines the model keeps, sorted by key.
func (m *Model) Lines() []Line {
	if m == nil {
		return nil
	}
	m.Flush()
	return slices.Clone(m.lines)
}
