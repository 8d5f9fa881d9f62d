package compare

import (
	"fmt"
	"slices"
	"testing"

	"github.com/parallax-news/parallax/internal/nlp"
)

// bigPercentGroup is one fact group of m members, one per article, each
// sentence a line of the project's own words giving a percentage: every
// third a share of its own (so some pairs are at odds), the others 12
// percent. Each article's numbers are given as nlp reads them.
func bigPercentGroup(m int) ([]*doc, []aligned, []*factGroup) {
	docs := make([]*doc, m)
	al := make([]aligned, m)
	g := &factGroup{docs: map[int]bool{}}
	for i := range al {
		v := 12
		text := fmt.Sprintf("The harbour board said %d percent of the ferry crews in Ostra voted for the new timetable on Tuesday, and the count ended late.", v)
		if i%3 == 0 {
			v = 20 + i
			text = fmt.Sprintf("The harbour board said %d percent of the ferry crews in Ostra voted for the new timetable on Tuesday.", v)
		}
		docs[i] = &doc{idx: i, an: &nlp.Analysis{Numbers: []nlp.Number{{Text: fmt.Sprintf("%d percent", v), Kind: nlp.NumPercent, Value: float64(v) / 100}}}}
		al[i] = aligned{s: &sent{doc: i, text: text}, pred: []int{1, 2, 3, i + 10}}
		g.members = append(g.members, i)
		g.docs[i] = true
	}
	return docs, al, []*factGroup{g}
}

// percentGroupsPerPair is percentGroups as merged in session 56: the
// sentences' percentages read anew for each pair.
func percentGroupsPerPair(docs []*doc, al []aligned, ft *featureTable, groups []*factGroup) []*factGroup {
	return withoutOdd(al, groups, func([]int) (func(x, y int) bool, func(x, y int) int) {
		atOdds := func(x, y int) bool {
			return al[x].s.doc != al[y].s.doc && percentSetsApart(percents(docs[al[x].s.doc], al[x].s.pos), percents(docs[al[y].s.doc], al[y].s.pos))
		}
		shared := func(x, y int) int {
			return sharedRare(al[x].pred, al[y].pred, ft, ft.specific)
		}
		return atOdds, shared
	})
}

// TestPercentGroupsSameAsPerPair: reading each member's percentages once
// keeps the groups the per-pair reading made.
func TestPercentGroupsSameAsPerPair(t *testing.T) {
	ft := &featureTable{specific: 1 << 30, df: make([]int, 200)}
	for _, m := range []int{2, 3, 7, 40} {
		docs, al, g1 := bigPercentGroup(m)
		_, _, g2 := bigPercentGroup(m)
		got, want := percentGroups(docs, al, ft, g1), percentGroupsPerPair(docs, al, ft, g2)
		if len(got) != len(want) {
			t.Fatalf("m=%d: %d groups, want %d", m, len(got), len(want))
		}
		for i := range got {
			if !slices.Equal(got[i].members, want[i].members) {
				t.Errorf("m=%d group %d: members %v, want %v", m, i, got[i].members, want[i].members)
			}
		}
	}
}

func benchmarkPercentGroups(b *testing.B, f func([]*doc, []aligned, *featureTable, []*factGroup) []*factGroup) {
	ft := &featureTable{specific: 1 << 30, df: make([]int, 200)}
	for b.Loop() {
		b.StopTimer()
		docs, al, gs := bigPercentGroup(60)
		b.StartTimer()
		f(docs, al, ft, gs)
	}
}

// BenchmarkPercentGroups60: one group of 60 members (a large event's
// fact told by 60 articles).
func BenchmarkPercentGroups60(b *testing.B)        { benchmarkPercentGroups(b, percentGroups) }
func BenchmarkPercentGroups60PerPair(b *testing.B) { benchmarkPercentGroups(b, percentGroupsPerPair) }
