package compare

import (
	"math"
	"sort"
)

// Distinctive words: the log-odds ratio with an informative Dirichlet
// prior (Monroe, Colaresi and Quinn 2008, "Fightin' Words", §3.5). For
// word w, article i and the other articles j, with counts y and totals n
// and a prior α_w proportional to w's frequency in all the articles
// (α_0 = priorWeight),
//
//	δ_w = log((y_iw+α_w)/(n_i+α_0−y_iw−α_w)) − log((y_jw+α_w)/(n_j+α_0−y_jw−α_w))
//	σ²_w ≈ 1/(y_iw+α_w) + 1/(y_jw+α_w)
//
// and a word is distinctive when δ_w/σ_w ≥ minZ. The statistic means
// nothing on a few sentences, so it is computed only when every article
// and the rest each have at least minDistinctiveWords content words.
const (
	priorWeight         = 500.0
	minZ                = 1.96
	minDistinctiveWords = 150
	minDistinctiveCount = 2
	maxDistinctive      = 10
)

// distinctive returns each article's distinctive words, or nil when
// there is too little text or only one article.
func distinctive(docs []*doc) [][]Word {
	if len(docs) < 2 {
		return nil
	}
	counts := make([]map[string]int, len(docs))
	surface := make([]map[string]string, len(docs))
	totals := make([]int, len(docs))
	all := map[string]int{}
	total := 0
	for i, d := range docs {
		counts[i], surface[i] = map[string]int{}, map[string]string{}
		for _, s := range d.an.Sentences {
			for _, t := range s.Tokens {
				if !content(t) {
					continue
				}
				counts[i][t.Stem]++
				if _, ok := surface[i][t.Stem]; !ok {
					surface[i][t.Stem] = t.Norm
				}
				all[t.Stem]++
				totals[i]++
				total++
			}
		}
	}
	for i := range docs {
		if totals[i] < minDistinctiveWords || total-totals[i] < minDistinctiveWords {
			return nil
		}
	}
	out := make([][]Word, len(docs))
	for i := range docs {
		ni, nj := float64(totals[i]), float64(total-totals[i])
		var ws []Word
		for w, yi := range counts[i] {
			if yi < minDistinctiveCount {
				continue
			}
			a := priorWeight * float64(all[w]) / float64(total)
			yj := float64(all[w] - yi)
			y := float64(yi)
			delta := math.Log((y+a)/(ni+priorWeight-y-a)) - math.Log((yj+a)/(nj+priorWeight-yj-a))
			z := delta / math.Sqrt(1/(y+a)+1/(yj+a))
			if z >= minZ {
				ws = append(ws, Word{Word: surface[i][w], Count: yi, Z: round(z)})
			}
		}
		sort.Slice(ws, func(a, b int) bool {
			if ws[a].Z != ws[b].Z {
				return ws[a].Z > ws[b].Z
			}
			return ws[a].Word < ws[b].Word
		})
		if len(ws) > maxDistinctive {
			ws = ws[:maxDistinctive]
		}
		out[i] = ws
	}
	return out
}
