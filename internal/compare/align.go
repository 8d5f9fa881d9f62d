package compare

import (
	"math"
	"sort"
)

// Alignment thresholds. A pair of sentences of different articles states
// the same fact when the IDF-weighted overlap of their features (content
// stems, linked entities, numbers) is at least minCosine of the geometric
// mean of their weights, and at least minSharedRare of the shared features
// are rare in the story (in at most rareShare of its sentences).
const (
	minCosine     = 0.29
	minSharedRare = 2
	rareShare     = 0.2
	// candidateDF bounds the features used to find candidate pairs: a
	// feature in more sentences than this does not generate candidates
	// (it still counts in the score), so the search stays near-linear.
	candidateDF = 24
)

// featureTable numbers the features of all sentences and weighs them.
type featureTable struct {
	ids    map[string]int
	names  []string
	df     []int
	weight []float64
}

// aligned is a sentence as alignment sees it: sorted feature ids.
type aligned struct {
	s     *sent
	feats []int
	total float64
}

// edge is a matching pair of sentences (indexes into the aligned slice).
type edge struct {
	a, b  int
	score float64
}

// newAligned numbers and weighs the features of sents.
func newAligned(sents []*sent) ([]aligned, *featureTable) {
	ft := &featureTable{ids: map[string]int{}}
	out := make([]aligned, len(sents))
	for i, s := range sents {
		fs := make([]int, 0, len(s.feats))
		for _, f := range s.feats {
			id, ok := ft.ids[f]
			if !ok {
				id = len(ft.names)
				ft.ids[f] = id
				ft.names = append(ft.names, f)
				ft.df = append(ft.df, 0)
			}
			ft.df[id]++
			fs = append(fs, id)
		}
		sort.Ints(fs)
		out[i] = aligned{s: s, feats: fs}
	}
	n := float64(len(sents))
	ft.weight = make([]float64, len(ft.df))
	for id, df := range ft.df {
		w := math.Log(1 + n/float64(df))
		if c := ft.names[id][0]; c == 'e' || c == 'n' {
			w *= 1.5 // names and numbers say more than words
		}
		ft.weight[id] = w
	}
	for i := range out {
		for _, f := range out[i].feats {
			if ft.names[f][0] != 'b' {
				out[i].total += ft.weight[f] // a shared pair is a bonus
			}
		}
	}
	return out, ft
}

// edges finds the matching sentence pairs of different articles, best
// first. Candidates come from an inverted index of the rarer features.
func edges(al []aligned, ft *featureTable) []edge {
	post := map[int][]int{}
	for i, a := range al {
		for _, f := range a.feats {
			if ft.df[f] <= candidateDF {
				post[f] = append(post[f], i)
			}
		}
	}
	rare := max(2, int(rareShare*float64(len(al))))
	var out []edge
	seen := map[int]bool{}
	for i, a := range al {
		clear(seen)
		for _, f := range a.feats {
			for _, j := range post[f] {
				if j <= i || seen[j] || al[j].s.doc == a.s.doc {
					continue
				}
				seen[j] = true
				if sc, ok := match(a, al[j], ft, rare); ok {
					out = append(out, edge{i, j, sc})
				}
			}
		}
	}
	sort.Slice(out, func(x, y int) bool {
		if out[x].score != out[y].score {
			return out[x].score > out[y].score
		}
		if out[x].a != out[y].a {
			return out[x].a < out[y].a
		}
		return out[x].b < out[y].b
	})
	return out
}

// match scores a pair of sentences and says whether they state one fact.
func match(a, b aligned, ft *featureTable, rare int) (float64, bool) {
	shared, nRare := 0.0, 0
	i, j := 0, 0
	for i < len(a.feats) && j < len(b.feats) {
		switch {
		case a.feats[i] < b.feats[j]:
			i++
		case a.feats[i] > b.feats[j]:
			j++
		default:
			f := a.feats[i]
			shared += ft.weight[f]
			if ft.df[f] <= rare {
				nRare++
			}
			i++
			j++
		}
	}
	if a.total == 0 || b.total == 0 {
		return 0, false
	}
	sc := shared / math.Sqrt(a.total*b.total)
	return sc, sc >= minCosine && nRare >= minSharedRare
}
