package compare

import (
	"math"
	"slices"
)

// Ledes are not one fact because they are ledes. Every article of an
// event opens by naming the event the way the event is known ("Supreme
// Court nominee Brett Kavanaugh", "the woman who accused him of sexual
// assault"), and that description is in about one sentence per
// article: alignment counts its phrases as specific things two
// sentences share, so the opening sentences of one event match each
// other whatever each says of the event (read in session 58, h/read58:
// eight different ledes in one group of every outlet, a delay, chaos, a
// refusal to testify, an allegation that upended the process).
//
// ledeGroups weighs each pair of opening sentences (ledeOf) of a group
// of minLedes ledes or more again with the event's description set
// aside: the features that the opening sentences of at least a third of
// the articles give (ledeTopic). Two opening sentences whose main
// clauses then share no word of what they say (aligned.said), and that
// do not tell one news act (sameAct), are at odds; withoutOdd takes the
// one at odds with most out of the group.
func ledeGroups(al []aligned, ft *featureTable, groups []*factGroup, ndocs int) []*factGroup {
	if ndocs < 3 {
		return groups
	}
	lede := ledeOf(al)
	topic := ledeTopic(al, ndocs, lede)
	if len(topic) == 0 {
		return groups
	}
	rare := rareLimit(al)
	stripped := map[int]aligned{}
	strip := func(m int) aligned {
		a, ok := stripped[m]
		if !ok {
			a = withoutFeats(al[m], ft, topic)
			stripped[m] = a
		}
		return a
	}
	return withoutOdd(al, groups, func(members []int) (func(x, y int) bool, func(x, y int) int) {
		ledes := 0
		for _, m := range members {
			if lede(m) {
				ledes++
			}
		}
		if ledes < minLedes {
			return nil, nil
		}
		atOdds := func(x, y int) bool {
			if !lede(x) || !lede(y) || sameAct(al[x], al[y], ft) {
				return false
			}
			a, b := strip(x), strip(y)
			n := sharedRare(a.said, b.said, ft, math.MaxInt)
			return n == 0
		}
		shared := func(x, y int) int {
			sc, _ := match(strip(x), strip(y), ft, rare, defaultAlign)
			return int(sc * 100)
		}
		return atOdds, shared
	})
}

// ledeTopic returns the features that the opening sentences (lede) of
// at least a third of the ndocs articles, and of three at least, give.
func ledeTopic(al []aligned, ndocs int, lede func(int) bool) map[int]bool {
	docsOf := map[int]map[int]bool{}
	for m, a := range al {
		if !lede(m) {
			continue
		}
		for _, f := range a.feats {
			if docsOf[f] == nil {
				docsOf[f] = map[int]bool{}
			}
			docsOf[f][a.s.doc] = true
		}
	}
	out := map[int]bool{}
	for f, ds := range docsOf {
		if n := len(ds); n >= 3 && 3*n >= ndocs {
			out[f] = true
		}
	}
	return out
}

// withoutFeats returns a with the features of drop taken out of what it
// gives, says and quotes, its weight counted again.
func withoutFeats(a aligned, ft *featureTable, drop map[int]bool) aligned {
	keep := func(fs []int) []int {
		var out []int
		for _, f := range fs {
			if !drop[f] {
				out = append(out, f)
			}
		}
		return out
	}
	b := a
	b.feats, b.pred, b.said, b.quoted = keep(a.feats), keep(a.pred), keep(a.said), keep(a.quoted)
	b.total = 0
	for _, f := range b.feats {
		if ft.names[f][0] != 'b' {
			b.total += ft.weight[f]
		}
	}
	return b
}

// minLedes is the fewest opening sentences a group holds for
// ledeGroups to weigh it: a group of two or three outlets' ledes is most
// often the news itself told alike (on the judged sample, weighing those
// too took out six right groups).
const minLedes = 4

// ledeSents is how many of an article's first sentences that can state
// a fact are its lede for ledeGroups: the first two, where the article
// names the event it reports (further down, within actLede, outlets
// already tell facts of their own: "he also dismissed the calls for an
// FBI investigation").
const ledeSents = 2

// ledeOf returns whether aligned sentence m is among the ledeSents first
// of its article that alignment holds.
func ledeOf(al []aligned) func(m int) bool {
	first := map[int][]int{} // doc → its first positions, ascending
	for _, a := range al {
		ps := first[a.s.doc]
		ps = append(ps, a.s.pos)
		slices.Sort(ps)
		if len(ps) > ledeSents {
			ps = ps[:ledeSents]
		}
		first[a.s.doc] = ps
	}
	return func(m int) bool {
		ps := first[al[m].s.doc]
		return al[m].s.pos <= ps[len(ps)-1] && al[m].s.pos <= actLede
	}
}
