package compare

import (
	"strings"
	"testing"
)

// TestColumnNotLeftOut: What differs does not say an outlet leaves out a
// fact when all its articles are columns or analyses (a column argues
// from the news it takes as known); a report of the same outlet still
// does.
func TestColumnNotLeftOut(t *testing.T) {
	vote := Fact{ReportedBy: []string{"a", "b", "c"}, Sentences: []FactSentence{
		{Article: "a", Text: "The council voted on Thursday to close the port."},
		{Article: "b", Text: "On Thursday the council voted to shut the port."},
		{Article: "c", Text: "The port will close, the council decided on Thursday."},
	}}
	for _, tc := range []struct {
		kind      string
		leavesOut bool
	}{{"", true}, {KindOpinion, false}, {KindAnalysis, false}} {
		r := &Report{
			Articles: []Article{{ID: "a", Outlet: "Harbour Gazette"}, {ID: "b", Outlet: "Port Post"},
				{ID: "c", Outlet: "Coast Wire"}, {ID: "d", Outlet: "Bay Daily", Kind: tc.kind}},
			Facts: []Fact{vote},
		}
		var got []string
		for _, d := range newDiffCtx(r).leftOut() {
			got = append(got, d.Text)
		}
		if said := len(got) == 1 && strings.Contains(got[0], "Bay Daily leaves out"); said != tc.leavesOut {
			t.Errorf("kind %q: leftOut = %q, want Bay Daily leaving the vote out: %v", tc.kind, got, tc.leavesOut)
		}
	}
}

// TestMarkdownMarksColumns: the Articles table of the Markdown says which
// pieces are columns or analyses.
func TestMarkdownMarksColumns(t *testing.T) {
	r := &Report{Articles: []Article{{ID: "a", Outlet: "Harbour Gazette", Title: "Council shuts the port"},
		{ID: "b", Outlet: "Port Post", Title: "Shutting the port is folly", Kind: KindOpinion},
		{ID: "c", Outlet: "Coast Wire", Title: "What the port vote means", Kind: KindAnalysis}}}
	var b strings.Builder
	if err := WriteMarkdown(&b, r); err != nil {
		t.Fatal(err)
	}
	md := b.String()
	for _, want := range []string{"| Council shuts the port | unknown |", "| Shutting the port is folly *(opinion piece)* |", "| What the port vote means *(analysis)* |"} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown lacks %q:\n%s", want, md)
		}
	}
}
