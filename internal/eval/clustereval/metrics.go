package clustereval

// Scores are precision, recall and F1.
type Scores struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// f1 fills F1 from precision and recall.
func (s Scores) withF1() Scores {
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	return s
}

// BCubed scores a predicted clustering against gold labels: pred[i] and
// gold[i] are the cluster and the gold event of item i. For each item,
// precision is the share of its predicted cluster that shares its gold
// event, and recall the share of its gold event that shares its predicted
// cluster; both are averaged over items.
func BCubed(pred, gold []string) Scores {
	if len(pred) == 0 {
		return Scores{}
	}
	joint := map[[2]string]int{}
	predN := map[string]int{}
	goldN := map[string]int{}
	for i := range pred {
		joint[[2]string{pred[i], gold[i]}]++
		predN[pred[i]]++
		goldN[gold[i]]++
	}
	var p, r float64
	for i := range pred {
		both := float64(joint[[2]string{pred[i], gold[i]}])
		p += both / float64(predN[pred[i]])
		r += both / float64(goldN[gold[i]])
	}
	n := float64(len(pred))
	return Scores{Precision: p / n, Recall: r / n}.withF1()
}

// Pairwise scores a clustering by its pairs of items: precision is the share
// of pairs put in one predicted cluster that share a gold event, recall the
// share of gold pairs put in one predicted cluster. With no predicted pairs
// precision is 1; with no gold pairs recall is 1.
func Pairwise(pred, gold []string) Scores {
	joint := map[[2]string]int{}
	predN := map[string]int{}
	goldN := map[string]int{}
	for i := range pred {
		joint[[2]string{pred[i], gold[i]}]++
		predN[pred[i]]++
		goldN[gold[i]]++
	}
	pairs := func(n int) float64 { return float64(n) * float64(n-1) / 2 }
	var tp, pp, gp float64
	for _, n := range joint {
		tp += pairs(n)
	}
	for _, n := range predN {
		pp += pairs(n)
	}
	for _, n := range goldN {
		gp += pairs(n)
	}
	s := Scores{Precision: 1, Recall: 1}
	if pp > 0 {
		s.Precision = tp / pp
	}
	if gp > 0 {
		s.Recall = tp / gp
	}
	return s.withF1()
}

// clusterStats returns the number of distinct labels and the share of them
// that label a single item (the singleton rate).
func clusterStats(labels []string) (clusters int, singletonRate float64) {
	n := map[string]int{}
	for _, l := range labels {
		n[l]++
	}
	single := 0
	for _, c := range n {
		if c == 1 {
			single++
		}
	}
	if len(n) > 0 {
		singletonRate = float64(single) / float64(len(n))
	}
	return len(n), singletonRate
}
