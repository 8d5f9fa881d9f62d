package compare

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
	counts := make([]*WordCounts, len(docs))
	all := NewWordCounts()
	for i, d := range docs {
		counts[i] = NewWordCounts()
		counts[i].Add(d.an)
		for w, n := range counts[i].Counts {
			all.Counts[w] += n
		}
		all.Total += counts[i].Total
	}
	for _, c := range counts {
		if c.Total < minDistinctiveWords || all.Total-c.Total < minDistinctiveWords {
			return nil
		}
	}
	out := make([][]Word, len(docs))
	for i, c := range counts {
		rest := func(w string) int { return all.Counts[w] - c.Counts[w] }
		out[i] = logOdds(c, rest, all.Total-c.Total, maxDistinctive)
	}
	return out
}
