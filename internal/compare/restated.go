package compare

import (
	"slices"
	"strings"

	"github.com/parallax-news/parallax/internal/nlp"
)

// Restated groups: an article that states one fact in two sentences (a
// quotation and its retelling, a lead and a later line saying it again)
// can give the fact two groups. groupFacts never puts two sentences of
// one article into a group, so the sentence that matches the others less
// gets a group of its own with its best match per other article, and
// those matches are mostly members of the first group already. The page
// then showed one fact twice ("“I was wrong,” McConnell said" in one
// group and "McConnell walked back his comments, saying he “was wrong”"
// in another, both beside the same line of the other outlet).
//
// Of two groups sharing a member, the smaller goes when it holds nothing
// the larger does not: each of its members is a member of the larger or
// a sentence of an article the larger holds that states the fact of that
// article's member there (the two sentences match as if they came from
// two articles, by their score, minCosine, and give the same figures,
// sameFigures). Groups of one size: the one whose own sentences share
// most with the shared members' main clauses (sharedMain), then match
// them best, stays. A sentence of a group dropped
// stays with its article's member of the kept group, as withoutContained
// does with a passage printed twice: it is no fact of its own.
//
// A sentence that packs two facts another article gives in two
// sentences is in two groups with different partners from that article;
// the partners state different facts and do not match, so both groups
// stay. Two lines of a speech built alike ("where there is a harbour,
// let us build a harbour", "where there is a road, let us build a road") do match: one of
// their groups goes (measured, README "Fact groups told twice").
func restatedGroups(mainOf func(int) clauseWords, al []aligned, ft *featureTable, groups []*factGroup) []*factGroup {
	rare := rareLimit(al)
	in := map[int][]int{} // sentence → the groups holding it
	for gi, g := range groups {
		for _, m := range g.members {
			in[m] = append(in[m], gi)
		}
	}
	gone := make([]bool, len(groups))
	for gi, g := range groups {
		if gone[gi] || len(g.docs) < 2 {
			continue
		}
		tried := map[int]bool{} // groups weighed against g already (they share several members)
		for _, m := range g.members {
			for _, hi := range in[m] {
				if hi == gi || gone[hi] || gone[gi] || tried[hi] {
					continue
				}
				tried[hi] = true
				h := groups[hi]
				if !restates(al, ft, rare, g, h) {
					continue
				}
				if len(h.members) == len(g.members) && better(restated(mainOf, al, ft, rare, g, h), restated(mainOf, al, ft, rare, h, g)) {
					gone[gi] = true // h states the fact better
				} else if len(h.members) <= len(g.members) {
					gone[hi] = true
				}
			}
		}
	}
	out := groups[:0:0]
	for i, g := range groups {
		if !gone[i] {
			out = append(out, g)
		}
	}
	return out
}

// restates reports whether every member of h is a member of g or a
// sentence of an article g holds that states the fact of that article's
// member of g, and h has no article g lacks.
func restates(al []aligned, ft *featureTable, rare int, g, h *factGroup) bool {
	if len(h.members) > len(g.members) || len(h.docs) < 2 {
		return false
	}
	of := make(map[int]int, len(g.members)) // article → its member of g
	shared := 0
	for _, m := range g.members {
		of[al[m].s.doc] = m
	}
	for _, m := range h.members {
		x, ok := of[al[m].s.doc]
		switch {
		case !ok:
			return false
		case x == m:
			shared++
		default:
			// A match by its score, not by a shared phrase alone
			// (minPhrase): "Iran would not hand over the black boxes"
			// and "reading them could take a month" share the
			// investigator and the boxes, and state two facts. Or a
			// short quoted line whose words the other, the writer's
			// own, holds (quoteHeldIn).
			sc, same := match(al[m], al[x], ft, rare, defaultAlign)
			if !(same && sc >= minCosine || quoteHeldIn(al[m], al[x]) || quoteHeldIn(al[x], al[m])) || !sameFigures(al[m], al[x], ft) {
				return false
			}
		}
	}
	return shared > 0 && shared < len(h.members)
}

// minHeldQuote is the least number of words a short quoted line must
// have for quoteHeldIn to take it as a restatement.
const minHeldQuote = 3

// quoteHeldIn reports whether a quotes a statement of three words or
// more, all of them predicate words of b, and b is the writer's own line
// (it quotes no statement; a fragment in quotation marks aside): an
// article's line ("Vell was the second worker to die this month") and a
// speaker's short line it also prints ("This is the second worker in a
// month," Brek wrote) tell one fact, though the long line and the short
// one score low against each other (the lawmaker's tweet of
// s88ad38b2d439d80c).
func quoteHeldIn(a, b aligned) bool {
	if len(a.quoted) < minHeldQuote || len(b.quoted) > 0 {
		return false
	}
	for _, w := range a.quoted {
		if _, ok := slices.BinarySearch(b.pred, w); !ok {
			return false
		}
	}
	return true
}

// restated is how well the members of h that g lacks state the fact of
// the members the two share: the words and names of their main clauses
// that they share (sharedMain), then their summed match scores.
func restated(mainOf func(int) clauseWords, al []aligned, ft *featureTable, rare int, g, h *factGroup) fit {
	own, shared := []int{}, []int{}
	for _, m := range h.members {
		if slices.Contains(g.members, m) {
			shared = append(shared, m)
		} else {
			own = append(own, m)
		}
	}
	var f fit
	for _, x := range own {
		for _, y := range shared {
			sc, _ := match(al[x], al[y], ft, rare, defaultAlign)
			f.score += sc
			f.main += sharedMain(mainOf(x), mainOf(y))
		}
	}
	return f
}

// fit is how well sentences state a fact (restated).
type fit struct {
	main  int
	score float64
}

// better reports whether a states the fact better than b.
func better(a, b fit) bool {
	return a.main > b.main || a.main == b.main && a.score > b.score
}

// sameFigures reports whether two sentences give the same figures (dates
// and ordinals aside: "on Monday", "America First"), or neither gives
// one: sentences of one article that differ in a figure
// ("a tenth would support major cuts", "nearly half minor cuts"; one
// state's sampling error and another's) state two facts.
func sameFigures(a, b aligned, ft *featureTable) bool {
	figures := func(x aligned) []int {
		var out []int
		for _, f := range x.feats {
			if n := ft.names[f]; strings.HasPrefix(n, "n:") && !strings.HasPrefix(n, "n:"+string(nlp.NumDate)+":") && !strings.HasPrefix(n, "n:"+string(nlp.NumOrdinal)+":") {
				out = append(out, f)
			}
		}
		return out
	}
	return slices.Equal(figures(a), figures(b))
}
