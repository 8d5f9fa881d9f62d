package view

import (
	"testing"

	"github.com/parallax-news/parallax/internal/compare"
)

// TestMostSharedKeepsLeaningSentenceBehind: without a lede, the most
// shared fact's sentence opens the overview (mostShared), but not one
// that leans on its article's sentence before it ("Lind then …"), which
// overviewPick let in only behind that sentence (review58b).
func TestMostSharedKeepsLeaningSentenceBehind(t *testing.T) {
	title := "Sorn frees jailed harbour pilot"
	first := "On Wednesday the island's government released the pilot after five years in jail."
	back := "Ruth Lind then asked the Sorn courts to review the harbour pilot licence system."
	rep := &compare.Report{
		Articles: []compare.Article{{ID: "a", Outlet: "Sorn Post", Title: title}, {ID: "b", Outlet: "Estria Daily"}, {ID: "c", Outlet: "Harbour Weekly"}},
		Facts: []compare.Fact{
			{ReportedBy: []string{"a", "b"}, Sentences: []compare.FactSentence{{Article: "a", Paragraph: 4, Text: first}, {Article: "b", Paragraph: 4, Text: first}}},
			{ReportedBy: []string{"a", "b", "c"}, Sentences: []compare.FactSentence{{Article: "a", Paragraph: 5, Text: back}, {Article: "b", Paragraph: 9, Text: back}, {Article: "c", Paragraph: 2, Text: back}}},
		},
	}
	if got, want := Overview(rep, title), first+" "+back; got != want {
		t.Errorf("Overview = %q\n want %q", got, want)
	}
}
