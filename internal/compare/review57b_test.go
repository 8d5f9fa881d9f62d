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
