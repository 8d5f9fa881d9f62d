package story

import (
	"math"
	"strconv"
)

// prepared is an article ready to score: one unit tf-idf vector per kind
// and the years it mentions.
type prepared struct {
	doc   Doc
	vecs  [numKinds]vec
	years []int
}

// featureLists returns the feature lists of f in kind order.
func featureLists(f Features) [numKinds][]Feature {
	return [numKinds][]Feature{f.Terms, f.Names, f.Numbers, f.Title}
}

// hashes returns the hashed keys of every kind of f, for the
// document-frequency sketch (title words count as words).
func hashes(f Features) [numKinds][]uint64 {
	var out [numKinds][]uint64
	for k, list := range featureLists(f) {
		kk := kind(k)
		if kk == kindTitle {
			continue
		}
		hs := make([]uint64, len(list))
		for i, ft := range list {
			hs[i] = hashKey(kk, ft.Key)
		}
		out[k] = hs
	}
	return out
}

// prepare weighs f by the sketch's idf and keeps the strongest keys of each
// kind. Title words share the words' document frequencies.
func prepare(d Doc, f Features, hs [numKinds][]uint64, df *dfSketch) prepared {
	p := prepared{doc: d}
	for k, list := range featureLists(f) {
		kk := kind(k)
		if len(list) == 0 {
			continue
		}
		v := make(vec, len(list))
		for i, ft := range list {
			var h, dh uint64
			if kk == kindTitle {
				h = hashKey(kindTitle, ft.Key)
				dh = hashKey(kindWords, ft.Key)
			} else {
				h = hs[k][i]
				dh = h
			}
			v[i] = entry{h: h, key: ft.Key, w: (1 + math.Log(float64(ft.Count))) * df.idf(dh)}
		}
		sortByWeight(v)
		keep := docKeep
		if kk == kindTitle {
			keep = titleKeep
		}
		if len(v) > keep {
			v = v[:keep]
		}
		normalize(v)
		p.vecs[k] = v
	}
	for _, ft := range f.Numbers {
		if y, ok := yearOf(ft.Key); ok {
			p.years = append(p.years, y)
		}
	}
	return p
}

// yearOf reports whether a number key is a plausible year of news.
func yearOf(s string) (int, bool) {
	if len(s) != 4 {
		return 0, false
	}
	y, err := strconv.Atoi(s)
	if err != nil || y < 1950 || y > 2039 {
		return 0, false
	}
	return y, true
}
