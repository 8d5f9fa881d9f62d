package reuseeval

import (
	"cmp"
	"slices"
)

// tree is a small classification tree (CART with Gini impurity) over
// numeric features. It is how the evaluation sets its thresholds: fitted on
// training folds only, never on the items it is scored on.
type tree struct {
	leaf      bool
	label     string
	feature   int
	threshold float64
	lo, hi    *tree // x[feature] <= threshold, and above
}

// treeParams bound the tree so that it cannot memorise: a shallow depth and
// a minimum number of training items per leaf.
type treeParams struct {
	maxDepth, minLeaf int
}

func fitTree(x [][]float64, y []string, labels []string, p treeParams) *tree {
	idx := make([]int, len(y))
	for i := range idx {
		idx[i] = i
	}
	return grow(x, y, labels, idx, p, 0)
}

func grow(x [][]float64, y []string, labels []string, idx []int, p treeParams, depth int) *tree {
	counts := map[string]int{}
	for _, i := range idx {
		counts[y[i]]++
	}
	major := ""
	for _, l := range labels { // ties go to the earlier label
		if counts[l] > counts[major] {
			major = l
		}
	}
	node := &tree{leaf: true, label: major}
	if depth >= p.maxDepth || counts[major] == len(idx) || len(idx) < 2*p.minLeaf {
		return node
	}
	best, bestF, bestT := gini(counts, len(idx)), -1, 0.0
	nf := len(x[idx[0]])
	for f := range nf {
		order := slices.Clone(idx)
		slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(x[a][f], x[b][f]) })
		left := map[string]int{}
		for k := 0; k+1 < len(order); k++ {
			left[y[order[k]]]++
			nl := k + 1
			if nl < p.minLeaf || len(order)-nl < p.minLeaf || x[order[k]][f] == x[order[k+1]][f] {
				continue
			}
			right := map[string]int{}
			for l, c := range counts {
				right[l] = c - left[l]
			}
			g := (float64(nl)*gini(left, nl) + float64(len(order)-nl)*gini(right, len(order)-nl)) / float64(len(order))
			if g < best-1e-12 {
				best, bestF, bestT = g, f, (x[order[k]][f]+x[order[k+1]][f])/2
			}
		}
	}
	if bestF < 0 {
		return node
	}
	var lo, hi []int
	for _, i := range idx {
		if x[i][bestF] <= bestT {
			lo = append(lo, i)
		} else {
			hi = append(hi, i)
		}
	}
	return &tree{feature: bestF, threshold: bestT,
		lo: grow(x, y, labels, lo, p, depth+1), hi: grow(x, y, labels, hi, p, depth+1)}
}

func gini(counts map[string]int, n int) float64 {
	if n == 0 {
		return 0
	}
	g := 1.0
	for _, c := range counts {
		q := float64(c) / float64(n)
		g -= q * q
	}
	return g
}

func (t *tree) predict(x []float64) string {
	for !t.leaf {
		if x[t.feature] <= t.threshold {
			t = t.lo
		} else {
			t = t.hi
		}
	}
	return t.label
}
