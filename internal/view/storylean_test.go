package view

import (
	"slices"
	"testing"

	"github.com/parallax-news/parallax/internal/compare"
	"github.com/parallax-news/parallax/internal/outlet"
)

// leanStory is a story of five fictional articles: two left-leaning
// outlets, two right-leaning ones and one without an outlet record.
func leanStory() Story {
	m := func(id, o string, sd outlet.Side) Member {
		mo := MemberOutlet{OutletID: o, OutletName: o, Side: sd}
		if o == "" {
			mo = MemberOutlet{}
		}
		return Member{ID: id, Outlet: o, MemberOutlet: mo}
	}
	return Story{Coverage: &outlet.Coverage{}, Members: []Member{
		m("g", "Gazette", outlet.Left), m("l", "Ledger", outlet.Left),
		m("c", "Courier", outlet.Right), m("h", "Herald", outlet.Right), m("p", "", ""),
	}}
}

func TestArticleSides(t *testing.T) {
	got := articleSides(leanStory())
	if len(got) != 4 || got["g"] != (compare.ArticleSide{Outlet: "Gazette", Side: outlet.Left}) || got["h"].Side != outlet.Right {
		t.Errorf("articleSides = %v, want the four rated articles", got)
	}
	if _, ok := got["p"]; ok {
		t.Errorf("an article without an outlet record has a side")
	}
	if got := articleSides(Story{Members: []Member{{ID: "x"}}}); got != nil {
		t.Errorf("articleSides of an unrated story = %v, want nil", got)
	}
}

func TestOneSidedLeavesOutWhatOthersStateInOtherWords(t *testing.T) {
	quoted := func(by ...string) []compare.FactSentence {
		return []compare.FactSentence{{Article: by[0], Text: "“The ferry stays,” the mayor said."}}
	}
	rep := &compare.Report{Facts: []compare.Fact{
		{ReportedBy: []string{"g", "l"}, Sentences: quoted("g", "l")},
		{ReportedBy: []string{"g", "l"}, StatedBy: []string{"c"}, Sentences: quoted("g", "l")},
		{ReportedBy: []string{"c", "h"}, Sentences: quoted("c", "h")},
		{ReportedBy: []string{"c", "h"}, Sentences: []compare.FactSentence{{Article: "c", Text: "The ferry stays."}}},
	}}
	for _, id := range []string{"g", "l", "c", "h", "p"} {
		rep.Articles = append(rep.Articles, compare.Article{ID: id})
	}
	var got []int
	for _, f := range oneSided(leanStory(), rep) {
		got = append(got, f.Fact)
	}
	// Fact 1: the Courier states it, so one right-leaning outlet leaves
	// it out, not two. Fact 3: told in the articles' own words, not
	// quoted (see compare.SideDifferences).
	if !slices.Equal(got, []int{0, 2}) {
		t.Errorf("one-sided facts %v, want [0 2]", got)
	}
}
