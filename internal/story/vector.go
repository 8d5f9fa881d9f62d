package story

import (
	"cmp"
	"math"
	"slices"

	"github.com/zeebo/xxh3"
)

// kind is one of the feature spaces compared separately.
type kind int

const (
	kindWords kind = iota
	kindNames
	kindNumbers
	kindTitle
	kindActions
	kindLead
	kindPhrases
	kindQuotes
	numKinds
)

// partNames are the names of the parts in Decision.Parts (read-only).
var partNames = [numKinds]string{"words", "entities", "numbers", "title", "actions", "lead", "phrases", "quotes"}

// hashKey hashes a feature key within its kind.
func hashKey(k kind, key string) uint64 {
	return xxh3.HashStringSeed(key, uint64(k)+0x9e3779b97f4a7c15)
}

// entry is one weighted key of a vector.
type entry struct {
	h   uint64
	key string
	w   float64
}

// vec is a sparse unit vector, sorted by weight (strongest first, ties by
// hash).
type vec []entry

// normalize scales v to unit length.
func normalize(v []entry) {
	var s float64
	for _, e := range v {
		s += e.w * e.w
	}
	if s == 0 {
		return
	}
	inv := 1 / math.Sqrt(s)
	for i := range v {
		v[i].w *= inv
	}
}

// scaledLike returns a copy of h, a reordering of v, with its weights
// scaled as normalize scales v's: summed in v's order, so that the
// result equals compact(v, len(v)) bit for bit when h is v sorted by
// hash.
func scaledLike(h, v vec) vec {
	var s float64
	for _, e := range v {
		s += e.w * e.w
	}
	out := slices.Clone(h)
	if s == 0 {
		return out
	}
	inv := 1 / math.Sqrt(s)
	for i := range out {
		out[i].w *= inv
	}
	return out
}

// byHash returns a copy of v sorted by hash, for merge joins.
func byHash(v vec) vec {
	out := slices.Clone(v)
	sortByHash(out)
	return out
}

// centroid is the compact summary of one kind of a story: the sum of its
// articles' unit vectors, pruned to the strongest keys, kept sorted by hash
// so that it is compared with a vector by one merge join.
type centroid struct {
	e    []entry // w holds the mass
	norm float64
}

// add sums the hash-sorted vector v, scaled, into c, then prunes and
// refreshes the norm. It merges in place, from the back, into c.e grown
// to hold both (nothing else holds c.e).
func (c *centroid) add(v vec, scale float64) {
	n := len(c.e)
	need := n + len(v)
	switch {
	case n == 0:
		c.e = make([]entry, 0, len(v)) // most events keep one article
	case cap(c.e) < need:
		grown := make([]entry, n, need+need/2)
		copy(grown, c.e)
		c.e = grown
	}
	buf := c.e[:need]
	i, j, k := n-1, len(v)-1, need-1
	for ; i >= 0 || j >= 0; k-- {
		switch {
		case j < 0 || (i >= 0 && c.e[i].h > v[j].h):
			buf[k] = buf[i]
			i--
		case i < 0 || v[j].h > buf[i].h:
			buf[k] = entry{h: v[j].h, key: v[j].key, w: v[j].w * scale}
			j--
		default:
			e := buf[i]
			e.w += v[j].w * scale
			buf[k] = e
			i--
			j--
		}
	}
	c.e = buf[:copy(buf, buf[k+1:])]
	if len(c.e) > centKeep+centSlack {
		top := strongestN(c.e, centKeep)
		sortByHash(top)
		c.e = top
	}
	var s float64
	for _, e := range c.e {
		s += e.w * e.w
	}
	c.norm = math.Sqrt(s)
}

// top returns the n strongest keys, strongest first. It selects them in
// a copy on the stack when c holds no more keys than an add leaves
// (centKeep+centSlack), and allocates only the n it returns.
func (c *centroid) top(n int) []entry {
	var tmp [centKeep + centSlack]entry
	if len(c.e) > len(tmp) {
		return strongestN(slices.Clone(c.e), n)
	}
	work := tmp[:len(c.e)]
	copy(work, c.e)
	return slices.Clone(strongestN(work, n))
}

// unit returns the n strongest keys scaled to a unit vector.
func (c *centroid) unit(n int) vec {
	v := c.top(n)
	normalize(v)
	return v
}

// cosine returns the cosine between the unit vector v (sorted by hash) and
// c.
func (c *centroid) cosine(v vec) float64 {
	if c.norm == 0 || len(v) == 0 {
		return 0
	}
	return dot(c.e, v) / c.norm
}

// find returns the mass of key h, or 0.
func (c *centroid) find(h uint64) float64 {
	i, ok := slices.BinarySearchFunc(c.e, h, func(e entry, h uint64) int { return cmp.Compare(e.h, h) })
	if !ok {
		return 0
	}
	return c.e[i].w
}

// dot returns the dot product of two hash-sorted vectors. The products
// of the keys both hold are summed in hash order. It is the inner loop of
// every comparison of an article, an event or a storyline: a key that
// differs moves on without a branch (a conditional move), since which side
// it moves is as good as random, and mispredicted branches cost a fifth of
// the loop.
func dot(a, b vec) float64 {
	var s float64
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		x, y := &a[i], &b[j]
		if x.h == y.h {
			s += x.w * y.w
			i++
			j++
			continue
		}
		di := 0
		if x.h < y.h {
			di = 1
		}
		i += di
		j += 1 - di
	}
	return s
}

// compact returns the n strongest keys of the strongest-first unit vector
// v, scaled back to unit length and sorted by hash: the small vector kept
// for each member of an event.
func compact(v vec, n int) vec {
	out := slices.Clone(v[:min(n, len(v))])
	normalize(out)
	sortByHash(out)
	return out
}

// strongestN returns the n strongest entries of v, strongest first (ties
// by hash), reordering v: a selection, then a sort of the n.
func strongestN(v vec, n int) vec {
	less := func(a, b entry) bool { return a.w > b.w || a.w == b.w && a.h < b.h }
	if len(v) > 2*n {
		// Quickselect the n strongest to the front.
		lo, hi := 0, len(v)-1
		for lo < hi {
			p := v[(lo+hi)/2]
			i, j := lo, hi
			for i <= j {
				for less(v[i], p) {
					i++
				}
				for less(p, v[j]) {
					j--
				}
				if i <= j {
					v[i], v[j] = v[j], v[i]
					i++
					j--
				}
			}
			switch {
			case n-1 <= j:
				hi = j
			case n-1 >= i:
				lo = i
			default:
				lo = hi
			}
		}
		v = v[:n]
	}
	sortByWeight(v)
	return v[:min(n, len(v))]
}
