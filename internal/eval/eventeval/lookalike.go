package eventeval

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode"
)

// Look-alike search: every dated article gets a TF-IDF vector of its title
// (counted twice) and the first leadWords words of its text; its nearest
// neighbour by cosine among the articles of other events published at
// most Window days apart makes a candidate pair.
const (
	leadWords = 60
	// maxDFShare drops terms in more than this share of the articles
	// from the candidate search (they add little to a cosine).
	maxDFShare = 0.05
)

// termWeight is one entry of a sparse vector.
type termWeight struct {
	term int
	w    float64
}

// candidate is a look-alike pair: indexes into Corpus.Articles, a < b.
type candidate struct {
	a, b int
	sim  float64
}

// lookalikes draws opts.Lookalike pairs of articles in different events
// from the nearest-neighbour candidates, shared equally among the
// similarity bands.
func lookalikes(c *Corpus, opts Options, used map[Key]bool) []Pair {
	cands := nearest(c, opts.Window)
	perStory := map[string]int{}
	storyPairs := map[[2]string]bool{}
	var out []Pair
	carry := 0
	for k, lo := range opts.Bands {
		hi := math.Inf(1)
		if k > 0 {
			hi = opts.Bands[k-1]
		}
		quota := opts.Lookalike/len(opts.Bands) + carry
		if k < opts.Lookalike%len(opts.Bands) {
			quota++
		}
		var band []candidate
		for _, cd := range cands {
			if cd.sim >= lo && cd.sim < hi {
				band = append(band, cd)
			}
		}
		r := rng(opts.Seed, fmt.Sprintf("%s/%d", Lookalike, k))
		r.Shuffle(len(band), func(i, j int) { band[i], band[j] = band[j], band[i] })
		got := 0
		for _, cd := range band {
			if got == quota {
				break
			}
			a, b := c.Articles[cd.a], c.Articles[cd.b]
			key := KeyOf(a.Ref, b.Ref)
			sa, sb := eventOf(c, cd.a), eventOf(c, cd.b)
			sp := [2]string{min(sa, sb), max(sa, sb)}
			if used[key] || storyPairs[sp] || perStory[sa] >= opts.PerLookalikeStory || perStory[sb] >= opts.PerLookalikeStory {
				continue
			}
			used[key], storyPairs[sp] = true, true
			perStory[sa]++
			perStory[sb]++
			out = append(out, Pair{Stratum: Lookalike, A: a.Ref, B: b.Ref})
			got++
		}
		carry = quota - got
	}
	return out
}

// eventOf names article i's event; an article without one is an event of
// its own.
func eventOf(c *Corpus, i int) string {
	if e := c.Articles[i].Event; e != "" {
		return e
	}
	return "\x00" + c.Articles[i].Ref.key()
}

// nearest returns, for every dated article, its most similar article in
// another event published at most window days apart, as unique pairs in a
// fixed order (by key).
func nearest(c *Corpus, window int) []candidate {
	var docs []int
	for i, a := range c.Articles {
		if !a.Published.IsZero() {
			docs = append(docs, i)
		}
	}
	day := func(i int) int64 { return c.Articles[i].Published.Unix() / 86400 }
	slices.SortStableFunc(docs, func(x, y int) int { return cmp.Compare(day(x), day(y)) })
	vecs := vectors(c, docs)

	// Postings of the terms kept, in day order.
	type posting struct {
		doc int // index into docs
		w   float64
	}
	df := map[int]int{}
	for _, v := range vecs {
		for _, tw := range v {
			df[tw.term]++
		}
	}
	maxDF := int(maxDFShare*float64(len(docs))) + 1
	post := map[int][]posting{}
	for d, v := range vecs {
		for _, tw := range v {
			if df[tw.term] <= maxDF {
				post[tw.term] = append(post[tw.term], posting{d, tw.w})
			}
		}
	}
	acc := make([]float64, len(docs))
	var touched []int
	pairs := map[[2]int]float64{}
	for d, v := range vecs {
		di := day(docs[d])
		for _, tw := range v {
			pl := post[tw.term]
			start, _ := slices.BinarySearchFunc(pl, di-int64(window), func(p posting, t int64) int {
				return cmp.Compare(day(docs[p.doc]), t)
			})
			for _, p := range pl[start:] {
				if day(docs[p.doc]) > di+int64(window) {
					break
				}
				if p.doc == d {
					continue
				}
				if acc[p.doc] == 0 {
					touched = append(touched, p.doc)
				}
				acc[p.doc] += tw.w * p.w
			}
		}
		best, bestSim := -1, 0.0
		ev := eventOf(c, docs[d])
		for _, o := range touched {
			s := acc[o]
			acc[o] = 0
			if eventOf(c, docs[o]) == ev {
				continue
			}
			if s > bestSim || s == bestSim && best >= 0 && c.Articles[docs[o]].Ref.key() < c.Articles[docs[best]].Ref.key() {
				best, bestSim = o, s
			}
		}
		touched = touched[:0]
		if best >= 0 {
			a, b := docs[d], docs[best]
			if a > b {
				a, b = b, a
			}
			pairs[[2]int{a, b}] = bestSim
		}
	}
	out := make([]candidate, 0, len(pairs))
	for p, s := range pairs {
		out = append(out, candidate{p[0], p[1], s})
	}
	slices.SortFunc(out, func(x, y candidate) int {
		kx := KeyOf(c.Articles[x.a].Ref, c.Articles[x.b].Ref)
		ky := KeyOf(c.Articles[y.a].Ref, c.Articles[y.b].Ref)
		return cmp.Or(cmp.Compare(kx.A, ky.A), cmp.Compare(kx.B, ky.B))
	})
	return out
}

// vectors returns the unit TF-IDF vector (sublinear term frequency) of the
// title and lead of each of docs, terms sorted.
func vectors(c *Corpus, docs []int) [][]termWeight {
	ids := map[string]int{}
	counts := make([]map[int]float64, len(docs))
	df := map[int]int{}
	for d, i := range docs {
		a := c.Articles[i]
		m := map[int]float64{}
		for _, w := range tokens(a.Title) {
			m[termID(ids, w)] += 2
		}
		lead := tokens(a.Lead)
		if len(lead) > leadWords {
			lead = lead[:leadWords]
		}
		for _, w := range lead {
			m[termID(ids, w)]++
		}
		for t := range m {
			df[t]++
		}
		counts[d] = m
	}
	n := float64(len(docs))
	vecs := make([][]termWeight, len(docs))
	for d, m := range counts {
		v := make([]termWeight, 0, len(m))
		norm := 0.0
		for t, tf := range m {
			w := (1 + math.Log(tf)) * math.Log(n/float64(df[t]))
			if w <= 0 {
				continue
			}
			v = append(v, termWeight{t, w})
			norm += w * w
		}
		norm = math.Sqrt(norm)
		for k := range v {
			v[k].w /= norm
		}
		slices.SortFunc(v, func(x, y termWeight) int { return cmp.Compare(x.term, y.term) })
		vecs[d] = v
	}
	return vecs
}

func termID(ids map[string]int, w string) int {
	id, ok := ids[w]
	if !ok {
		id = len(ids)
		ids[w] = id
	}
	return id
}

// tokens returns the lower-cased words of s that hold a letter, without
// stop words.
func tokens(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	}) {
		w = strings.Trim(w, "'")
		w = strings.TrimSuffix(w, "'s")
		if len(w) < 2 || stop[w] || !strings.ContainsFunc(w, unicode.IsLetter) {
			continue
		}
		out = append(out, w)
	}
	return out
}

var stop = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a about after again against all also am an and any are as at be
		because been before being between both but by can could did do does doing down during each few
		for from further had has have having he her here hers herself him himself his how if in into is
		it its itself just me more most my no nor not now of off on once only or other our ours out over
		own said same says she should so some such than that the their theirs them then there these they
		this those through to too under until up very was we were what when where which while who whom
		why will with would you your yours mr ms mrs new one two get got like`) {
		m[w] = true
	}
	return m
}()
