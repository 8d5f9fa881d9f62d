package reuseeval

// accuracy returns the fraction of predictions equal to the gold labels.
func accuracy(gold, pred []string) float64 {
	if len(gold) == 0 {
		return 0
	}
	ok := 0
	for i := range gold {
		if gold[i] == pred[i] {
			ok++
		}
	}
	return float64(ok) / float64(len(gold))
}

// macroF1 returns the mean over labels of the per-label F1. A label with
// no gold and no predicted item is left out; one with either counts with
// F1 0 when nothing is right.
func macroF1(gold, pred []string, labels []string) float64 {
	sum, n := 0.0, 0
	for _, l := range labels {
		tp, fp, fn := 0, 0, 0
		for i := range gold {
			switch {
			case gold[i] == l && pred[i] == l:
				tp++
			case pred[i] == l:
				fp++
			case gold[i] == l:
				fn++
			}
		}
		if tp+fp+fn == 0 {
			continue
		}
		n++
		sum += 2 * float64(tp) / float64(2*tp+fp+fn)
	}
	if n == 0 {
		return 0
	}
	return sum / float64(n)
}

// confusion counts gold (rows) against predicted (columns) labels.
func confusion(gold, pred []string, labels []string) [][]int {
	idx := map[string]int{}
	for i, l := range labels {
		idx[l] = i
	}
	m := make([][]int, len(labels))
	for i := range m {
		m[i] = make([]int, len(labels))
	}
	for i := range gold {
		g, okg := idx[gold[i]]
		p, okp := idx[pred[i]]
		if okg && okp {
			m[g][p]++
		}
	}
	return m
}
