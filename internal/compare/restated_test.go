package compare

import (
	"strings"
	"testing"
)

// groupsHolding returns the fact groups of more than one article that
// show a sentence beginning with prefix.
func groupsHolding(fs []Fact, prefix string) []Fact {
	var out []Fact
	for _, f := range fs {
		if len(f.ReportedBy) < 2 {
			continue
		}
		for _, s := range f.Sentences {
			if strings.HasPrefix(s.Text, prefix) {
				out = append(out, f)
				break
			}
		}
	}
	return out
}

// An article that tells one remark twice, as a retelling and as the
// quotation, gave the fact two groups beside the other article's one
// sentence; the page showed it twice.
func TestRestatedFactShownOnce(t *testing.T) {
	docs, _ := prepare(mkArticles(
		"Renn drops harbour plan\nMayor Oda Renn withdrew the harbour plan on Tuesday, saying in a radio interview that she “was wrong about the harbour tax.”\n"+
			"The council met for four hours.\n"+
			"“I was wrong about the harbour tax,” Renn said in the radio interview on Tuesday.\n"+
			"She said the ferry would keep running.",
		"Mayor changes course\n“I was wrong about the harbour tax,” Mayor Oda Renn said during a radio interview.\n"+
			"The tax had been set in March.",
		"Ostra budget\nThe council of Ostra met on Tuesday to discuss the budget.",
	), nil, newAnalyzer(t))
	fs := facts(docs, nil, nil)
	got := groupsHolding(fs, "“I was wrong about the harbour tax,” Mayor Oda Renn")
	if len(got) != 1 {
		for _, f := range got {
			for _, s := range f.Sentences {
				t.Logf("  %s: %s", s.Article, s.Text)
			}
		}
		t.Fatalf("the remark is in %d groups, want 1", len(got))
	}
	if s := got[0].Sentences; len(s) != 2 || !strings.HasPrefix(s[0].Text, "“I was wrong") || !strings.HasPrefix(s[1].Text, "“I was wrong") {
		t.Errorf("want the quotation of both articles, got %+v", s)
	}
}

// A sentence that packs two facts another article gives in two
// sentences is in two groups: both stay. (The two sentences stand apart,
// a paragraph between them: side by side, each a paragraph of its own,
// they read as one passage, and the member holds both, see
// sameOrNextPara.)
func TestRestatedKeepsPackedFacts(t *testing.T) {
	docs, _ := prepare(mkArticles(
		"Ostra plans\nMayor Oda Renn said the town would build the bridge over the Vesk.\n"+
			"The council met for four hours.\n"+
			"She said the town would open the port to ferries.",
		"Renn's plans\nRenn said the town would build the bridge over the Vesk and open the port to ferries.",
		"Ostra budget\nThe council of Ostra met on Tuesday to discuss the budget.",
	), nil, newAnalyzer(t))
	fs := facts(docs, nil, nil)
	if got := groupsHolding(fs, "Renn said the town"); len(got) != 2 {
		t.Errorf("the packed sentence is in %d groups, want 2", len(got))
	}
}

// Two sentences of one article that give different figures state two
// facts, however many words they share: the groups each forms with the
// other article's sentence that packs both stay.
func TestRestatedKeepsOtherFigures(t *testing.T) {
	docs, _ := prepare(mkArticles(
		"Ostra poll\nOnly about a tenth of the voters of Ostra said they would back major cuts to the harbour budget.\n"+
			"Nearly half of the voters in Ostra said they would back minor cuts to the harbour budget.",
		"Poll on cuts\n10 percent of voters in Ostra would back major cuts to the harbour budget and almost 50 percent would back minor cuts.",
		"Ostra budget\nThe council of Ostra met on Tuesday to discuss the budget.",
	), nil, newAnalyzer(t))
	fs := facts(docs, nil, nil)
	if got := groupsHolding(fs, "10 percent of voters"); len(got) != 2 {
		t.Errorf("the packed sentence is in %d groups, want 2", len(got))
	}
}

// An article that gives a fact in its own words and again in a
// councillor's short quoted line, whose words its own sentence holds,
// tells one fact: the other outlet's one sentence is in one group, not
// in a second beside the quoted line.
func TestRestatedQuoteHeldInOwnLine(t *testing.T) {
	docs, _ := prepare(mkArticles(
		"Second worker dies\nTomas Vell was the second seasonal ferry worker to die while held by the harbour police during the storms this month.\n"+
			"In a post to the mayor, Councillor Brek wrote, \u201cThis is the second ferry worker in a month.\u201d"+floodA,
		"Docks closed\nTomas Vell is the second ferry worker to die in port custody this month."+floodB,
		"Ostra budget\nThe council of Ostra met on Tuesday to discuss the budget.",
	), nil, newAnalyzer(t))
	fs := facts(docs, nil, nil)
	if got := groupsHolding(fs, "Tomas Vell is the second"); len(got) != 1 {
		logGroups(t, fs)
		t.Errorf("the other outlet's sentence is in %d groups, want 1", len(got))
	}
}
