package compare

import (
	"math"
	"sort"
)

// Alignment thresholds. A pair of sentences of different articles states
// the same fact when the IDF-weighted overlap of their features (content
// stems, linked entities, numbers and what they count) is at least
// minCosine of the geometric mean of their weights, and at least
// minSharedRare of the shared features are rare in the story (in at most
// rareShare of its sentences, or as many sentences as there are
// articles). minJoin and minRestate govern a sentence's second group (see
// groupFacts). The values were chosen on the hand-labelled gold of
// testdata/factgold.txt (factgold_test.go; on it, at these values,
// sentence-pair precision 0.95 and recall 0.84), in the middle of the
// plateau of the best F1 rather than at its single best point.
const (
	minCosine     = 0.26
	minSharedRare = 2
	rareShare     = 0.2
	minJoin       = 0.8
	minRestate    = 0.32
	// candidateDF bounds the features used to find candidate pairs: a
	// feature in more sentences than this does not generate candidates
	// (it still counts in the score), so the search stays near-linear.
	candidateDF = 24
)

// alignParams are the thresholds of a match; factgold_test.go measures
// them against the gold in testdata/factgold.txt.
type alignParams struct {
	minCosine     float64
	minSharedRare int
	// minJoin is the least score with which a sentence already in a
	// group also joins a second one, and minRestate the least with which
	// a sentence left alone gets a group with its matches (see
	// groupFacts).
	minJoin, minRestate float64
}

// defaultAlign are the thresholds Compare uses.
var defaultAlign = alignParams{minCosine: minCosine, minSharedRare: minSharedRare, minJoin: minJoin, minRestate: minRestate}

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
		if c := ft.names[id][0]; c == 'e' || c == 'n' || c == 'q' {
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
func edges(al []aligned, ft *featureTable, p alignParams) []edge {
	post := make([][]int32, len(ft.names))
	for i, a := range al {
		for _, f := range a.feats {
			if ft.df[f] <= candidateDF {
				post[f] = append(post[f], int32(i))
			}
		}
	}
	docs := map[int]bool{}
	for _, a := range al {
		docs[a.s.doc] = true
	}
	rare := max(2, int(rareShare*float64(len(al))), len(docs)+len(docs)/2)
	var out []edge
	// seen[j] == i+1 when sentence j was already tried with sentence i.
	seen := make([]int32, len(al))
	for i, a := range al {
		for _, f := range a.feats {
			for _, j32 := range post[f] {
				j := int(j32)
				if j <= i || seen[j] == int32(i+1) || al[j].s.doc == a.s.doc {
					continue
				}
				seen[j] = int32(i + 1)
				if sc, ok := match(a, al[j], ft, rare, p); ok {
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
func match(a, b aligned, ft *featureTable, rare int, p alignParams) (float64, bool) {
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
	return sc, sc >= p.minCosine && nRare >= p.minSharedRare
}
