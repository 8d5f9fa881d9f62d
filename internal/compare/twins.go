package compare

import "slices"

// Twin groups: two fact groups of the same articles, of three sentences
// or more, that hold the same sentences but one, the odd pair coming
// from one article. A sentence left alone gets a group of its own with
// its best match in each other article (groupFacts), so when several
// sentences of one article each share a different detail with what two
// others agree on ("six districts vote on Sunday" beside her appeal to
// vote in the six districts, their list, and a statement naming them),
// each becomes a group with the same partners. At most one of them
// states the partners' proposition; the others share a detail with it,
// or state it a second time (a quotation and its retelling), and the
// page showed the fact twice. Of twins, the group whose odd sentence
// shares most with the others' main clauses (sharedMain; then the best
// summed match) stays; the others go, and an odd sentence no group holds
// any more is a fact of its own article (the paraphrase search still
// finds the articles that state it).
//
// Pairs are left alone: a pair whose twin differs in one sentence is
// mostly a sentence of one article that packs two facts another article
// gives in two sentences (two lines of one speech), each a fact. mainOf
// gives an aligned sentence's main clause (mainClauseOf).
func twinGroups(mainOf func(int) clauseWords, al []aligned, ft *featureTable, groups []*factGroup) []*factGroup {
	rare := rareLimit(al)
	in := membership(al, groups)
	gone := make([]bool, len(groups))
	for i, g := range groups {
		for j := i + 1; j < len(groups) && !gone[i]; j++ {
			if gone[j] {
				continue
			}
			x, y, ok := twins(al, g, groups[j])
			if !ok {
				continue
			}
			nx, sx := twinFit(al, ft, rare, mainOf, g, x)
			ny, sy := twinFit(al, ft, rare, mainOf, groups[j], y)
			if nx > ny || nx == ny && sx >= sy {
				gone[j] = true
			} else {
				gone[i] = true
			}
		}
	}
	out := groups[:0:0]
	var alone []*factGroup
	for i, g := range groups {
		if !gone[i] {
			out = append(out, g)
			continue
		}
		alone = release(g, in, al, alone)
	}
	return append(out, alone...)
}

// twins returns, when g and h are twin groups (three sentences or more,
// all the same but one of one article), the member of each that the
// other lacks.
func twins(al []aligned, g, h *factGroup) (int, int, bool) {
	if len(g.members) < 3 || len(g.members) != len(h.members) || len(g.docs) != len(h.docs) {
		return 0, 0, false
	}
	x, y, n := -1, -1, 0
	for _, m := range g.members {
		if !slices.Contains(h.members, m) {
			x, n = m, n+1
		}
	}
	for _, m := range h.members {
		if !slices.Contains(g.members, m) {
			y = m
		}
	}
	if n != 1 || al[x].s.doc != al[y].s.doc {
		return 0, 0, false
	}
	return x, y, true
}

// twinFit is how well the odd member x of g fits its other members: the
// words and names its main clause shares with theirs, and its summed
// match score.
func twinFit(al []aligned, ft *featureTable, rare int, mainOf func(int) clauseWords, g *factGroup, x int) (int, float64) {
	shared, sum := 0, 0.0
	for _, m := range g.members {
		if m != x {
			sc, _ := match(al[x], al[m], ft, rare, defaultAlign)
			sum += sc
			shared += sharedMain(mainOf(x), mainOf(m))
		}
	}
	return shared, sum
}
