package compare

import (
	"strings"
	"testing"
	"time"

	"github.com/parallax-news/parallax/internal/article"
)

// TestWroteBeforeNotLeftOut: an outlet whose every article was published
// on a day before the first report of a fact does not leave it out (it
// wrote before the press conference the others report); one that wrote
// the same day, or gave no date, still does.
func TestWroteBeforeNotLeftOut(t *testing.T) {
	day := func(s string) article.Date {
		tm, err := time.Parse("2006-01-02", s)
		if err != nil {
			t.Fatal(err)
		}
		return article.Date{Time: tm, Precision: article.Day}
	}
	vote := Fact{ReportedBy: []string{"a", "b", "c"}, Sentences: []FactSentence{
		{Article: "a", Text: "The council voted on Thursday to close the port."},
		{Article: "b", Text: "On Thursday the council voted to shut the port."},
		{Article: "c", Text: "The port will close, the council decided on Thursday."},
	}}
	for _, tc := range []struct {
		name      string
		late      article.Date
		leavesOut bool
	}{
		{"two days before", day("2031-05-13"), false},
		{"the same day", day("2031-05-15"), true},
		{"undated", article.Date{}, true},
	} {
		r := &Report{
			Articles: []Article{{ID: "a", Outlet: "Harbour Gazette", Published: day("2031-05-15")},
				{ID: "b", Outlet: "Port Post", Published: day("2031-05-16")},
				{ID: "c", Outlet: "Coast Wire", Published: day("2031-05-15")},
				{ID: "d", Outlet: "Bay Daily", Published: tc.late}},
			Facts: []Fact{vote},
		}
		var got []string
		for _, d := range newDiffCtx(r).leftOut() {
			got = append(got, d.Text)
		}
		if said := len(got) == 1 && strings.Contains(got[0], "Bay Daily leaves out"); said != tc.leavesOut {
			t.Errorf("%s: leftOut = %q, want Bay Daily leaving the vote out: %v", tc.name, got, tc.leavesOut)
		}
	}
}
