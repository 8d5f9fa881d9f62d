package compare

import (
	"strings"
	"testing"
)

// TestTwinGroupsKeepTheFact: three sentences of one article, each paired
// with the same two sentences of two others (six districts vote on
// Sunday), are three groups that differ in that article's sentence only;
// the one whose main clause states what the two others say stays, the
// list of the districts and the appeal to vote in them are facts of
// their own article. A pair whose twin differs in one sentence (one
// sentence of another article that packs two lines of a speech) is left
// alone: each line is a fact.
func TestTwinGroupsKeepTheFact(t *testing.T) {
	docs, _ := prepare(mkArticles(
		"Vote in Ostra\nSix districts of Ostra were voting on Sunday.\n"+
			"The six districts that vote on Sunday are Vesk, Tarn, Sorrel, Halm, Brede and Lund.\n"+
			"Mayor Oda Renn asked her backers to vote for her in all six districts on Sunday.\n"+
			"She said the town would build the bridge.\n"+
			"She said the town would open the port.",
		"Ostra votes\nA total of six districts of Ostra were voting on Sunday.\n"+
			"Renn said the town would build the bridge and open the port.",
		"Districts go to the polls\nVoters in six districts of Ostra were going to the polls on Sunday.",
	), nil, newAnalyzer(t))
	al, ft, _ := alignFacts(docs, defaultAlign)
	find := func(doc int, prefix string) int {
		t.Helper()
		for i, a := range al {
			if a.s.doc == doc && strings.HasPrefix(a.s.text, prefix) {
				return i
			}
		}
		t.Fatalf("no sentence %q in article %d", prefix, doc)
		return -1
	}
	group := func(ms ...int) *factGroup {
		g := &factGroup{members: ms, docs: map[int]bool{}, best: 0.7}
		for _, m := range ms {
			g.docs[al[m].s.doc] = true
		}
		return g
	}
	voting, list, appeal := find(0, "Six districts"), find(0, "The six districts"), find(0, "Mayor Oda Renn")
	b, c := find(1, "A total of six"), find(2, "Voters in six")
	bridge, port, both := find(0, "She said the town would build"), find(0, "She said the town would open"), find(1, "Renn said")
	out := twinGroups(mainClauseOf(docs, al), al, ft, []*factGroup{group(list, b, c), group(appeal, b, c), group(voting, b, c), group(bridge, both), group(port, both)})
	var shared [][]int
	alone := map[int]bool{}
	for _, g := range out {
		if len(g.members) == 1 {
			alone[g.members[0]] = true
		} else {
			shared = append(shared, g.members)
		}
	}
	if len(shared) != 3 || !strings.HasPrefix(al[shared[0][0]].s.text, "Six districts") {
		for _, g := range shared {
			for _, m := range g {
				t.Logf("group member %q", al[m].s.text)
			}
		}
		t.Errorf("want the voting group and the two pairs of the speech, got %d groups", len(shared))
	}
	if !alone[list] || !alone[appeal] {
		t.Errorf("the list and the appeal are not facts of their own article: %v", alone)
	}
}
