package view

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/compare"
)

// TestOverviewNotFromColumn: when the story's title is a column's
// headline (compare.Article.Kind), the overview tells the story from a
// report's lede, not from the column's opening verdict; with no report
// in the story, the column's own lede still serves.
func TestOverviewNotFromColumn(t *testing.T) {
	title := "Sorn senate passes ferry ban"
	build := func(kind string) *compare.Report {
		return &compare.Report{
			Articles: []compare.Article{
				{ID: "a", Outlet: "Harbour Gazette", Title: title, Kind: kind},
				{ID: "b", Outlet: "Port Post", Title: "Senate passes ferry ban in Sorn"},
				{ID: "c", Outlet: "Coast Wire", Title: "Ferry ban passes the Sorn senate"},
			},
			Facts: []compare.Fact{
				{ReportedBy: []string{"a", "b"}, Sentences: []compare.FactSentence{
					{Article: "a", Paragraph: 0, Text: "The Sorn senate passed its ferry ban on Tuesday in a shameful surrender to the ferry lobby."},
					{Article: "b", Paragraph: 1, Text: "Senators in Sorn backed the ferry ban after a short debate on Tuesday."}}},
				{ReportedBy: []string{"b", "c"}, Sentences: []compare.FactSentence{
					{Article: "b", Paragraph: 0, Text: "The Sorn senate passed a ban on night ferries on Tuesday by a vote of 40 to 2."},
					{Article: "c", Paragraph: 0, Text: "Sorn senators voted 40 to 2 on Tuesday to ban ferries at night."}}},
			},
		}
	}
	if got := Overview(build(""), title); !strings.Contains(got, "shameful") {
		t.Fatalf("with a report as the title's article, its own lede should lead: %q", got)
	}
	for _, kind := range []string{compare.KindOpinion, compare.KindAnalysis} {
		got := Overview(build(kind), title)
		if strings.Contains(got, "shameful") || !strings.Contains(got, "40 to 2") {
			t.Errorf("title's article a %s: Overview = %q, want a report's lede without the column's words", kind, got)
		}
	}
	rep := build(compare.KindOpinion)
	for i := range rep.Articles {
		rep.Articles[i].Kind = compare.KindOpinion
	}
	if got := Overview(rep, title); got == "" {
		t.Error("all columns: no overview at all")
	}
}
