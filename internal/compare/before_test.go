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

// TestWroteEarlierSameDayNotLeftOut: when every article gives its time of
// day with its zone, an outlet that published in the morning does not
// leave out a fact first reported in the afternoon of the same day; one
// that published after the first report does, and a morning piece still
// does when the first report gives only its day.
func TestWroteEarlierSameDayNotLeftOut(t *testing.T) {
	at := func(s string) article.Date {
		tm, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return article.Date{Time: tm, Precision: article.Zoned}
	}
	dayOnly := article.Date{Time: time.Date(2031, 5, 15, 0, 0, 0, 0, time.UTC), Precision: article.Day}
	vote := Fact{ReportedBy: []string{"a", "b", "c"}, Sentences: []FactSentence{
		{Article: "a", Text: "The council voted on Thursday to close the port."},
		{Article: "b", Text: "On Thursday the council voted to shut the port."},
		{Article: "c", Text: "The port will close, the council decided on Thursday."},
	}}
	for _, tc := range []struct {
		name      string
		first     article.Date
		late      article.Date
		leavesOut bool
	}{
		{"morning, before the first report", at("2031-05-15T14:00:00-04:00"), at("2031-05-15T09:10:00-04:00"), false},
		{"after the first report", at("2031-05-15T14:00:00-04:00"), at("2031-05-15T16:30:00-04:00"), true},
		{"first report dated by its day only", dayOnly, at("2031-05-15T09:10:00-04:00"), true},
		{"this piece dated by its day only", at("2031-05-15T14:00:00-04:00"), dayOnly, true},
	} {
		r := &Report{
			Articles: []Article{{ID: "a", Outlet: "Harbour Gazette", Published: tc.first},
				{ID: "b", Outlet: "Port Post", Published: at("2031-05-15T18:00:00-04:00")},
				{ID: "c", Outlet: "Coast Wire", Published: at("2031-05-15T19:00:00-04:00")},
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

// TestSomeGroupLeftOutCounted: a group the page lists under "some
// outlets" (its Coverage counts articles, an outlet's several articles
// apart) is not said to be what "most outlets report": the claim gives the
// count of outlets instead, as for a group of one account (copies counted
// with their source); a "most" group keeps the words.
func TestSomeGroupLeftOutCounted(t *testing.T) {
	for _, tc := range []struct {
		coverage string
		want     string // "" for no claim
	}{
		{CoverageSome, "Bay Daily leaves out what 3 of the 4 outlets report:"},
		{CoverageMost, "Bay Daily leaves out what most outlets report:"},
		{CoverageOne, "Bay Daily leaves out what 3 of the 4 outlets report:"},
	} {
		vote := Fact{Coverage: tc.coverage, ReportedBy: []string{"a", "b", "c"}, Sentences: []FactSentence{
			{Article: "a", Text: "The council voted on Thursday to close the port."},
			{Article: "b", Text: "On Thursday the council voted to shut the port."},
			{Article: "c", Text: "The port will close, the council decided on Thursday."},
		}}
		r := &Report{
			Articles: []Article{{ID: "a", Outlet: "Harbour Gazette"}, {ID: "b", Outlet: "Port Post"},
				{ID: "c", Outlet: "Coast Wire"}, {ID: "d", Outlet: "Bay Daily"}, {ID: "e", Outlet: "Bay Daily"}},
			Facts: []Fact{vote},
		}
		var got []string
		for _, d := range newDiffCtx(r).leftOut() {
			got = append(got, d.Text)
		}
		switch {
		case tc.want == "" && len(got) > 0:
			t.Errorf("coverage %s: leftOut = %q, want none", tc.coverage, got)
		case tc.want != "" && (len(got) != 1 || !strings.HasPrefix(got[0], tc.want)):
			t.Errorf("coverage %s: leftOut = %q, want %q…", tc.coverage, got, tc.want)
		}
	}
}
