package compare

import (
	"math"
	"sort"

	"github.com/parallax-news/parallax/internal/nlp"
)

// WordCounts counts the content words of a body of text by stem, keeping
// the first written form of each stem for display.
type WordCounts struct {
	Counts  map[string]int
	Surface map[string]string
	Total   int
}

// NewWordCounts returns empty counts.
func NewWordCounts() *WordCounts {
	return &WordCounts{Counts: map[string]int{}, Surface: map[string]string{}}
}

// Add counts the content words of one analysed article.
func (c *WordCounts) Add(an *nlp.Analysis) {
	for _, s := range an.Sentences {
		for _, t := range s.Tokens {
			if !content(t) {
				continue
			}
			c.Counts[t.Stem]++
			if _, ok := c.Surface[t.Stem]; !ok {
				c.Surface[t.Stem] = t.Norm
			}
			c.Total++
		}
	}
}

// DistinctiveWords returns up to n words that set the text counted in a
// apart from the text counted in rest: the log-odds ratio with an
// informative Dirichlet prior (see distinctive), best first. It returns
// nil when either side has too little text for the statistic to mean
// anything.
func DistinctiveWords(a, rest *WordCounts, n int) []Word {
	if a.Total < minDistinctiveWords || rest.Total < minDistinctiveWords {
		return nil
	}
	return logOdds(a, func(w string) int { return rest.Counts[w] }, rest.Total, n)
}

// logOdds returns up to n words of a whose log-odds ratio against the rest
// (counted by restCount, restTotal words in all) reaches minZ, best first.
func logOdds(a *WordCounts, restCount func(string) int, restTotal, n int) []Word {
	total := float64(a.Total + restTotal)
	ni, nj := float64(a.Total), float64(restTotal)
	var ws []Word
	for w, yi := range a.Counts {
		if yi < minDistinctiveCount {
			continue
		}
		yj := float64(restCount(w))
		y := float64(yi)
		alpha := priorWeight * (y + yj) / total
		delta := math.Log((y+alpha)/(ni+priorWeight-y-alpha)) - math.Log((yj+alpha)/(nj+priorWeight-yj-alpha))
		z := delta / math.Sqrt(1/(y+alpha)+1/(yj+alpha))
		if z >= minZ {
			ws = append(ws, Word{Word: a.Surface[w], Count: yi, Z: round(z)})
		}
	}
	sort.Slice(ws, func(i, j int) bool {
		if ws[i].Z != ws[j].Z {
			return ws[i].Z > ws[j].Z
		}
		return ws[i].Word < ws[j].Word
	})
	return ws[:min(n, len(ws))]
}
