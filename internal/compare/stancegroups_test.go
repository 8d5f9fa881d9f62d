package compare

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/nlp"
)

// stanceStops are the stop words of the sentences bigStanceGroup
// writes (the project's own words).
var stanceStops = map[string]bool{"the": true, "for": true, "a": true, "into": true, "of": true, "on": true, "not": true, "to": true}

// stanceTokens makes the tokens of one sentence of plain words.
func stanceTokens(text string) []nlp.Token {
	var ts []nlp.Token
	for _, w := range strings.Fields(text) {
		kind := nlp.KindWord
		if w == "," || w == "." {
			kind = nlp.KindPunct
		}
		ts = append(ts, nlp.Token{Kind: kind, Surface: w, Norm: strings.ToLower(w), Stem: strings.ToLower(w), Stop: stanceStops[w]})
	}
	return ts
}

// bigStanceGroup is one fact group of m members, one per article: most
// members tell that an official rejected calls for an inquiry, every
// seventh (when stances) that another supports them, and the rest (when
// not stances) hold no stance word.
func bigStanceGroup(m int, stances bool) ([]*doc, []aligned, []*factGroup) {
	docs := make([]*doc, m)
	al := make([]aligned, m)
	g := &factGroup{docs: map[int]bool{}, best: 0.5}
	for i := range m {
		text := fmt.Sprintf("the official rejected calls for a harbour police inquiry into the fire on day%d w%d , said aide%d .", i%4, i, i)
		switch {
		case !stances && i%2 == 0:
			text = fmt.Sprintf("the official heard calls for a harbour police inquiry into the fire on day%d w%d , said aide%d .", i%4, i, i)
		case stances && i%7 == 3:
			text = fmt.Sprintf("the mayor will support calls for a harbour police inquiry into the fire on day%d w%d .", i%3, i)
		case stances && i%11 == 5:
			text = fmt.Sprintf("the mayor did not support calls for a harbour police inquiry into the fire w%d .", i)
		}
		docs[i] = &doc{idx: i, an: &nlp.Analysis{Sentences: []nlp.Sentence{{Tokens: stanceTokens(text)}}}}
		al[i] = aligned{s: &sent{doc: i, pos: 0}}
		g.members = append(g.members, i)
		g.docs[i] = true
	}
	return docs, al, []*factGroup{g}
}

// stanceGroupsPairs is stanceGroups as merged in session 58
// (h/facts58b): each pair weighed builds both members' stems again.
func stanceGroupsPairs(docs []*doc, al []aligned, groups []*factGroup) []*factGroup {
	tokens := func(m int) []nlp.Token {
		return docs[al[m].s.doc].an.Sentences[al[m].s.pos].Tokens
	}
	stems := func(ts []nlp.Token) map[string]bool {
		out := map[string]bool{}
		for _, t := range ts {
			if content(t) && stanceWords[t.Norm] == 0 {
				out[t.Stem] = true
			}
		}
		return out
	}
	return withoutOdd(al, groups, func(members []int) (func(x, y int) bool, func(x, y int) int) {
		found := false
		for _, m := range members {
			for _, t := range tokens(m) {
				if stanceWords[t.Norm] != 0 {
					found = true
				}
			}
		}
		if !found {
			return nil, nil
		}
		atOdds := func(x, y int) bool {
			tx, ty := tokens(x), tokens(y)
			sx, sy := stems(tx), stems(ty)
			shared := map[string]bool{}
			for s := range sx {
				if sy[s] {
					shared[s] = true
				}
			}
			a, b := stancesToward(tx, shared), stancesToward(ty, shared)
			for thing, v := range a {
				if v != 0 && b[thing] == -v {
					return true
				}
			}
			return false
		}
		shared := func(x, y int) int {
			sx, sy := stems(tokens(x)), stems(tokens(y))
			n := 0
			for s := range sx {
				if sy[s] {
					n++
				}
			}
			return n
		}
		return atOdds, shared
	})
}

// TestStanceGroupsSameAsPairs: stanceGroups keeps the groups the
// pair-by-pair reading made, on groups with and without opposite
// stances and with members of no stance word.
func TestStanceGroupsSameAsPairs(t *testing.T) {
	dropping := 0
	for _, m := range []int{2, 3, 4, 8, 12, 23, 60} {
		for _, stances := range []bool{false, true} {
			docs, al, g1 := bigStanceGroup(m, stances)
			_, _, g2 := bigStanceGroup(m, stances)
			got, want := stanceGroups(docs, al, g1), stanceGroupsPairs(docs, al, g2)
			if len(want) > 1 {
				dropping++
			}
			if len(got) != len(want) {
				t.Fatalf("m=%d stances=%v: %d groups, want %d", m, stances, len(got), len(want))
			}
			for i := range got {
				if !slices.Equal(got[i].members, want[i].members) || !maps.Equal(got[i].docs, want[i].docs) || got[i].best != want[i].best {
					t.Errorf("m=%d stances=%v group %d: %v, want %v", m, stances, i, got[i].members, want[i].members)
				}
			}
		}
	}
	if dropping < 4 {
		t.Errorf("only %d cases split a group: the test weighs little", dropping)
	}
}

func benchmarkStanceGroups(b *testing.B, m int, stances bool, f func([]*doc, []aligned, []*factGroup) []*factGroup) {
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		docs, al, groups := bigStanceGroup(m, stances)
		b.StartTimer()
		f(docs, al, groups)
	}
}

// BenchmarkStanceGroups: one fact group of 60 or 300 articles' sentences
// (one in seven supports what the others reject; "Half": half the
// members hold no stance word), by stanceGroups and by the pair-by-pair
// reading it replaced.
func BenchmarkStanceGroups60(b *testing.B) { benchmarkStanceGroups(b, 60, true, stanceGroups) }
func BenchmarkStanceGroups300(b *testing.B) {
	benchmarkStanceGroups(b, 300, true, stanceGroups)
}
func BenchmarkStanceGroupsHalf300(b *testing.B) {
	benchmarkStanceGroups(b, 300, false, stanceGroups)
}
func BenchmarkStanceGroupsPairs60(b *testing.B) {
	benchmarkStanceGroups(b, 60, true, stanceGroupsPairs)
}
func BenchmarkStanceGroupsPairs300(b *testing.B) {
	benchmarkStanceGroups(b, 300, true, stanceGroupsPairs)
}
func BenchmarkStanceGroupsPairsHalf300(b *testing.B) {
	benchmarkStanceGroups(b, 300, false, stanceGroupsPairs)
}

// bigFactSentences is one fact's sentences of m articles (the project's
// own words), each with three details only it names.
func bigFactSentences(m int) []FactSentence {
	ss := make([]FactSentence, m)
	for i := range ss {
		ss[i] = FactSentence{Article: fmt.Sprint("a", i),
			Text:     fmt.Sprintf("The Harbour Board of Orvik met on Tuesday with crew%d and voted 7 to %d on the ferry timetable for Quay%d.", i, i, i),
			Whole:    fmt.Sprintf("After a long day, the Harbour Board of Orvik met on Tuesday with crew%d and voted 7 to %d on the ferry timetable for Quay%d.", i, i, i),
			OnlyHere: []string{fmt.Sprint("crew", i), fmt.Sprint("Quay", i), "Harbour Board"}}
	}
	return ss
}

// keepOnlyHere is describeFact's last loop: each sentence keeps the
// details no other article's sentence holds.
func keepOnlyHere(ss []FactSentence) {
	held := heldByOthersOf(ss)
	for i := range ss {
		ss[i].OnlyHere = slices.DeleteFunc(ss[i].OnlyHere, func(w string) bool { return held(w, i) })
	}
}

// TestHeldByOthersOf: the details kept are those heldByOthers keeps.
func TestHeldByOthersOf(t *testing.T) {
	for _, m := range []int{1, 2, 5, 40} {
		got, want := bigFactSentences(m), bigFactSentences(m)
		want[0].OnlyHere = append(want[0].OnlyHere, "CREW1", "timetable for")
		got[0].OnlyHere = append(got[0].OnlyHere, "CREW1", "timetable for")
		keepOnlyHere(got)
		for i := range want {
			want[i].OnlyHere = slices.DeleteFunc(want[i].OnlyHere, func(w string) bool { return heldByOthers(w, i, want) })
		}
		for i := range got {
			if !slices.Equal(got[i].OnlyHere, want[i].OnlyHere) {
				t.Errorf("m=%d sentence %d: %q, want %q", m, i, got[i].OnlyHere, want[i].OnlyHere)
			}
		}
		if m > 2 && (len(want[0].OnlyHere) != 2 || len(want[3].OnlyHere) != 2) {
			t.Errorf("m=%d: %q %q: the case tests nothing", m, want[0].OnlyHere, want[3].OnlyHere)
		}
	}
}

// BenchmarkHeldByOthers: a fact of 200 articles' sentences, three
// details each.
func BenchmarkHeldByOthers(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		ss := bigFactSentences(200)
		b.StartTimer()
		keepOnlyHere(ss)
	}
}

// BenchmarkHeldByOthersEach: the same by heldByOthers, which lower-cases
// every other sentence again for each detail.
func BenchmarkHeldByOthersEach(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		ss := bigFactSentences(200)
		b.StartTimer()
		for i := range ss {
			ss[i].OnlyHere = slices.DeleteFunc(ss[i].OnlyHere, func(w string) bool { return heldByOthers(w, i, ss) })
		}
	}
}

// heldByOthers is the test describeFact asked of each detail as merged
// from h/onlyadds58: every other sentence lower-cased again per detail.
func heldByOthers(w string, i int, ss []FactSentence) bool {
	w = strings.ToLower(w)
	for j, o := range ss {
		if j == i || o.Article == ss[i].Article {
			continue
		}
		if wordIn(w, strings.ToLower(o.Text)) || wordIn(w, strings.ToLower(o.Whole)) {
			return true
		}
	}
	return false
}
