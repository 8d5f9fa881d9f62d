package compare

import (
	"strings"
	"testing"
)

// logGroups logs the sentences of fs's groups of several articles.
func logGroups(t *testing.T, fs []Fact) {
	t.Helper()
	for _, f := range fs {
		if len(f.ReportedBy) < 2 {
			continue
		}
		var s []string
		for _, x := range f.Sentences {
			s = append(s, x.Text)
		}
		t.Logf("group: %s", strings.Join(s, " | "))
	}
}

// Sentences of a flood story with nothing of the remarks, so that the
// remarks' words are rare in it.
const (
	floodA = "\nThe ferry to Lund was cancelled for two days.\nFishermen moved their boats to the north quay.\nThe school on Berg Street closed early.\nPolice closed the coast road near the lighthouse.\nThe mayor's office opened a shelter in the sports hall."
	floodB = "\nThe regional weather office warned of more rain on Friday.\nInsurers sent assessors to the market square.\nThe railway line to Vesk reopened on Wednesday.\nVolunteers filled sandbags outside the town library.\nThe harbour master counted forty damaged boats."
)

// Two people's own lines that share a phrase ("I'm sorry …", the short
// one held whole in the long one) are two remarks, not one fact the
// outlets agree on.
func TestTwoSpeakersLinesApart(t *testing.T) {
	docs, _ := prepare(mkArticles(
		"Renn at the council\nMayor Oda Renn faced the council of Ostra on Tuesday.\n“I’m sorry I did that,” Renn said."+floodA,
		"Sand after the vote\nCouncillor Ivo Sand spoke after the vote in Ostra.\n"+
			"“I’m sorry, Mayor, for what the harbour families have been through, and I’m sorry for the town,” Sand said."+floodB,
		"Ostra budget\nThe council of Ostra met on Tuesday to discuss the budget.",
	), nil, newAnalyzer(t))
	fs := facts(docs, nil, nil)
	if got := groupsHolding(fs, "“I’m sorry"); len(got) != 0 {
		logGroups(t, fs)
		t.Errorf("the two speakers' lines are in %d groups, want none", len(got))
	}
}

// One statement given to two speakers (a spokesman's words credited to
// the mayor by one outlet) stays one fact.
func TestTwoSpeakersOneStatementKept(t *testing.T) {
	docs, _ := prepare(mkArticles(
		"Harbour plan\nMayor Oda Renn spoke on Tuesday.\n"+
			"“The harbour wall will be rebuilt before the winter storms arrive,” Renn said.",
		"Harbour wall\nA spokesman for the mayor, Ivo Sand, answered questions on Tuesday.\n"+
			"“The harbour wall will be rebuilt before the winter storms arrive,” Sand said.",
		"Ostra budget\nThe council of Ostra met on Tuesday to discuss the budget.",
	), nil, newAnalyzer(t))
	fs := facts(docs, nil, nil)
	if got := groupsHolding(fs, "“The harbour wall will be rebuilt"); len(got) != 1 {
		logGroups(t, fs)
		t.Errorf("the one statement is in %d groups, want 1", len(got))
	}
}
