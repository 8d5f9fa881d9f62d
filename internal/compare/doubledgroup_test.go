package compare

import (
	"slices"
	"testing"
)

// TestNoDoubledGroup: four articles tell that the governor rejected
// calls for an inquiry (one group); a fifth, the mayor supporting those
// calls, heads a second group with three of the four. The opposite stance
// takes it out of that group, which is left holding three sentences of
// the first: one fact shown twice, as on main.
func TestNoDoubledGroup(t *testing.T) {
	docs, _ := prepare(mkArticles(
		"Harbour fire\nGovernor Sand rejected calls for a state police inquiry into the harbour fire.",
		"Governor and the fire\nGovernor Sand on Monday dismissed the calls for a state police inquiry into the harbour fire.",
		"Inquiry refused\nGovernor Sand has rejected the calls for a state police inquiry into the fire at the harbour.",
		"No inquiry\nGovernor Sand rebuffed calls for a state police inquiry into the harbour fire on Monday.",
		"Mayor wants inquiry\n\"I strongly support the calls for a state police inquiry into the harbour fire,\" Mayor Berg said.",
	), nil, newAnalyzer(t))
	al, ft, _ := alignFacts(docs, defaultAlign)
	first := func(doc int) int {
		for i, a := range al {
			if a.s.doc == doc {
				return i
			}
		}
		t.Fatalf("no sentence in article %d", doc)
		return -1
	}
	group := func(ms ...int) *factGroup {
		g := &factGroup{members: ms, docs: map[int]bool{}, best: 0.7}
		for _, m := range ms {
			g.docs[al[m].s.doc] = true
		}
		return g
	}
	a, b, c, d, x := first(0), first(1), first(2), first(3), first(4)
	out := regroup(docs, al, ft, mainClauseOf(docs, al), []*factGroup{group(a, b, c, d), group(a, b, c, x)})
	var sets [][]int
	for _, g := range out {
		sets = append(sets, slices.Sorted(slices.Values(g.members)))
	}
	if !slices.ContainsFunc(sets, func(s []int) bool { return slices.Equal(s, []int{a, b, c, d}) }) {
		t.Fatalf("the four tellings are no longer one group: %v", sets)
	}
	for _, s := range sets {
		if len(s) > 1 && !slices.Equal(s, []int{a, b, c, d}) && !slices.Contains(s, x) {
			t.Errorf("a second group holds only sentences of the first: %v (all: %v)", s, sets)
		}
	}
}
