package view

import (
	"testing"

	"github.com/parallax-news/parallax/internal/compare"
)

// TestOverviewQuotesWholeSentences: an overview quotes a fact group's
// member as its article wrote it (FactSentence.Whole), not the clause the
// group shows with the rest cut, and takes no sentence that ends cut
// short with an ellipsis of its own.
func TestOverviewQuotesWholeSentences(t *testing.T) {
	rep := &compare.Report{
		Articles: []compare.Article{{ID: "a", Title: "Sorn senate passes ferry ban"}, {ID: "b", Title: "Ferry ban"}},
		Facts: []compare.Fact{
			{ReportedBy: []string{"a", "b"}, Sentences: []compare.FactSentence{
				{Article: "a", Paragraph: 0, Text: "The Sorn senate passed a ban on night ferries on Tuesday…",
					Whole: "The Sorn senate passed a ban on night ferries on Tuesday, ending a decade of crossings."},
				{Article: "b", Paragraph: 0, Text: "The senate in Sorn voted a ban on ferries at night on Tuesday."}}},
			{ReportedBy: []string{"a", "b"}, Sentences: []compare.FactSentence{
				{Article: "a", Paragraph: 3, Text: "Ferry owners said they would sue the harbour board…"},
				{Article: "b", Paragraph: 2, Text: "Owners of the ferries plan to sue."}}},
		},
	}
	want := "The Sorn senate passed a ban on night ferries on Tuesday, ending a decade of crossings."
	if got := Overview(rep, "Sorn senate passes ferry ban"); got != want {
		t.Errorf("Overview = %q\n want %q", got, want)
	}
}
