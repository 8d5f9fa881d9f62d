package compare

import (
	"fmt"
	"maps"
	"slices"
	"testing"
)

// bigAskedGroup is one fact group of m members, one per article, whose
// main clauses (the project's own words) share a few words of no
// no-comment line; every fifth member's clause also holds an ask word
// when asks is true.
func bigAskedGroup(m int, asks bool) ([]aligned, []*factGroup, func(int) clauseWords) {
	al := make([]aligned, m)
	g := &factGroup{docs: map[int]bool{}}
	main := make([]clauseWords, m)
	for i := range al {
		al[i] = aligned{s: &sent{doc: i}}
		g.members = append(g.members, i)
		g.docs[i] = true
		c := clauseWords{words: map[string]bool{}, names: map[int]bool{}, nameWords: map[string]bool{}}
		for _, w := range []string{"ferri", "crew", "vote", "timet", "harbour", "board", "ostra", "tuesday"} {
			c.words[w] = true
		}
		for k := range 8 {
			c.words[fmt.Sprintf("w%d_%d", i, k)] = true
		}
		if asks && i%5 == 0 {
			c = clauseWords{words: map[string]bool{"respond": true, "comment": true}, names: map[int]bool{i: true}, nameWords: map[string]bool{fmt.Sprint("n", i): true}}
		}
		c.names[1000+i] = true
		main[i] = c
	}
	return al, []*factGroup{g}, func(x int) clauseWords { return main[x] }
}

func benchmarkAskedGroups(b *testing.B, m int, asks bool) {
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		al, groups, mainOf := bigAskedGroup(m, asks)
		b.StartTimer()
		askedGroups(mainOf, al, groups)
	}
}

// BenchmarkAskedGroups: a fact group of 50 or 400 articles' sentences,
// none a no-comment line: no pair can be at odds.
func BenchmarkAskedGroups50(b *testing.B)  { benchmarkAskedGroups(b, 50, false) }
func BenchmarkAskedGroups400(b *testing.B) { benchmarkAskedGroups(b, 400, false) }

// BenchmarkAskedGroupsAsks400: the same with every fifth member a
// no-comment line about someone else.
func BenchmarkAskedGroupsAsks400(b *testing.B) { benchmarkAskedGroups(b, 400, true) }

// askedGroupsAllPairs is askedGroups as merged in session 57: every pair
// of every group weighed.
func askedGroupsAllPairs(mainOf func(int) clauseWords, al []aligned, groups []*factGroup) []*factGroup {
	return withoutOdd(al, groups, func([]int) (func(x, y int) bool, func(x, y int) int) {
		atOdds := func(x, y int) bool { return othersAsked(mainOf(x), mainOf(y)) }
		return atOdds, func(x, y int) int { return sharedMain(mainOf(x), mainOf(y)) }
	})
}

// TestAskedGroupsSameAsAllPairs: leaving unweighed the groups with fewer
// than two no-comment lines keeps the groups the all-pairs reading made.
func TestAskedGroupsSameAsAllPairs(t *testing.T) {
	for _, m := range []int{2, 3, 6, 7, 40} {
		for _, asks := range []bool{false, true} {
			al, g1, mainOf := bigAskedGroup(m, asks)
			_, g2, _ := bigAskedGroup(m, asks)
			got, want := askedGroups(mainOf, al, g1), askedGroupsAllPairs(mainOf, al, g2)
			if len(got) != len(want) {
				t.Fatalf("m=%d asks=%v: %d groups, want %d", m, asks, len(got), len(want))
			}
			for i := range got {
				if !slices.Equal(got[i].members, want[i].members) || !maps.Equal(got[i].docs, want[i].docs) {
					t.Errorf("m=%d asks=%v group %d: members %v, want %v", m, asks, i, got[i].members, want[i].members)
				}
			}
			if asks && m >= 6 && len(want) < 2 {
				t.Errorf("m=%d: no member left the group: the case tests nothing", m)
			}
		}
	}
}

// withoutOddRounds is withoutOdd before session 57's review: each round
// weighs every pair of the members left again (through the memo).
func withoutOddRounds(al []aligned, groups []*factGroup, odds func(members []int) (atOdds func(x, y int) bool, shared func(x, y int) int)) []*factGroup {
	in := membership(al, groups)
	out := groups[:0:0]
	var alone []int
	for _, g := range groups {
		if len(g.docs) < 2 {
			out = append(out, g)
			continue
		}
		members := append([]int(nil), g.members...)
		atOdds, sharedWith := odds(members)
		if atOdds == nil {
			out = append(out, g) // no pair of the group can be at odds
			continue
		}
		// A round weighs every pair again and a group may lose a member
		// each round: each pair is weighed once (both functions are
		// fixed for the group), and shares only for a member at odds.
		odd, share := memoPair(atOdds), memoPair(sharedWith)
		var dropped []int
		for len(members) > 1 {
			worst, most, least := -1, 0, 0
			for i, x := range members {
				n := 0
				for j, y := range members {
					if i != j && odd(x, y) {
						n++
					}
				}
				if n == 0 || n < most {
					continue
				}
				shared := 0
				for j, y := range members {
					if i != j {
						shared += share(x, y)
					}
				}
				if n > most || n == most && n > 0 && shared < least {
					worst, most, least = i, n, shared
				}
			}
			if worst < 0 {
				break
			}
			dropped = append(dropped, members[worst])
			members = append(members[:worst], members[worst+1:]...)
		}
		if len(dropped) == 0 {
			out = append(out, g)
			continue
		}
		docsIn := map[int]bool{}
		for _, m := range members {
			docsIn[al[m].s.doc] = true
		}
		if len(docsIn) >= 2 {
			out = append(out, &factGroup{members: members, docs: docsIn, best: g.best})
		} else {
			dropped = append(dropped, members...)
		}
		for _, m := range dropped {
			if in[m]--; in[m] == 0 {
				alone = append(alone, m)
			}
		}
	}
	for _, m := range alone {
		out = append(out, &factGroup{members: []int{m}, docs: map[int]bool{al[m].s.doc: true}})
	}
	return out
}

// TestWithoutOddSameAsRounds: keeping each member's count of members at
// odds as members leave gives the groups that weighing every pair each
// round gave, on groups of several sizes and pair tests (asymmetric
// ones too) and shares of the project's own making.
func TestWithoutOddSameAsRounds(t *testing.T) {
	mk := func(m, perDoc int) ([]aligned, []*factGroup) {
		al := make([]aligned, m)
		g := &factGroup{docs: map[int]bool{}, best: 0.5}
		for i := range al {
			al[i] = aligned{s: &sent{doc: i / perDoc}}
			g.members = append(g.members, i)
			g.docs[i/perDoc] = true
		}
		small := &factGroup{members: []int{0}, docs: map[int]bool{0: true}}
		return al, []*factGroup{g, small}
	}
	h := func(x, y, k int) int { return (x*7919 + y*104729 + x*y*31) % k }
	tests := map[string]func(k int) func([]int) (func(x, y int) bool, func(x, y int) int){
		"symmetric": func(k int) func([]int) (func(x, y int) bool, func(x, y int) int) {
			return func([]int) (func(x, y int) bool, func(x, y int) int) {
				return func(x, y int) bool { return h(min(x, y), max(x, y), k) == 0 },
					func(x, y int) int { return h(y, x, 5) }
			}
		},
		"asymmetric": func(k int) func([]int) (func(x, y int) bool, func(x, y int) int) {
			return func([]int) (func(x, y int) bool, func(x, y int) int) {
				return func(x, y int) bool { return h(x, y, k) == 0 },
					func(x, y int) int { return h(x, y, 3) }
			}
		},
		"ties": func(k int) func([]int) (func(x, y int) bool, func(x, y int) int) {
			return func([]int) (func(x, y int) bool, func(x, y int) int) {
				return func(x, y int) bool { return (x+y)%k == 0 },
					func(x, y int) int { return 1 }
			}
		},
	}
	dropping := 0
	for name, odds := range tests {
		for _, m := range []int{2, 3, 5, 8, 13, 40, 90} {
			for _, perDoc := range []int{1, 2} {
				for _, k := range []int{1, 2, 3, 7} {
					al, g1 := mk(m, perDoc)
					_, g2 := mk(m, perDoc)
					got, want := withoutOdd(al, g1, odds(k)), withoutOddRounds(al, g2, odds(k))
					if len(want) > 2 {
						dropping++
					}
					if len(got) != len(want) {
						t.Fatalf("%s m=%d perDoc=%d k=%d: %d groups, want %d", name, m, perDoc, k, len(got), len(want))
					}
					for i := range got {
						if !slices.Equal(got[i].members, want[i].members) || !maps.Equal(got[i].docs, want[i].docs) || got[i].best != want[i].best {
							t.Errorf("%s m=%d perDoc=%d k=%d group %d: %v, want %v", name, m, perDoc, k, i, got[i].members, want[i].members)
						}
					}
				}
			}
		}
	}
	if dropping < 20 {
		t.Errorf("only %d cases drop a member: the test weighs little", dropping)
	}
}
