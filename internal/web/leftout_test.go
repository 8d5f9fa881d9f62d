package web

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/compare"
	"github.com/parallax-news/parallax/internal/view"
)

// TestLeftOutIsWhatTheOtherReports: in a story of two outlets, what the
// other outlet alone reports is left out by the first, said as "the
// other outlet reports"; a fact the first tells in part (the other's
// details added to it) and a speaker's words only the other quotes are
// not facts it leaves out.
func TestLeftOutIsWhatTheOtherReports(t *testing.T) {
	rep := view.StoryReport{ID: "s2", Title: "Vell quay", Members: []view.Member{{ID: "l", Outlet: "Ledger"}, {ID: "c", Outlet: "Courier"}},
		Report: &compare.Report{
			Articles: []compare.Article{{ID: "l", Outlet: "Ledger"}, {ID: "c", Outlet: "Courier"}},
			Facts: []compare.Fact{
				{Coverage: compare.CoverageAll, ReportedBy: []string{"l", "c"}, Sentences: []compare.FactSentence{{Article: "l", Text: "The quay shut."}, {Article: "c", Text: "The quay was shut."}}},
				{Coverage: compare.CoverageOne, ReportedBy: []string{"l"}, Sentences: []compare.FactSentence{{Article: "l", Text: "The harbour master resigned."}}},
				{Coverage: compare.CoverageOne, ReportedBy: []string{"l"}, PartElsewhere: true, PartBasis: &compare.PartBasis{Article: "c", Phrase: "sea wall"},
					Own: []compare.OwnDetail{{Kind: compare.OwnFigure, Text: "40 metres"}}, Sentences: []compare.FactSentence{{Article: "l", Text: "The sea wall cracked over 40 metres."}}},
				{Coverage: compare.CoverageOne, ReportedBy: []string{"l"}, QuoteOnly: "Ida Roe", Sentences: []compare.FactSentence{{Article: "l", Text: "\"We saw it coming,\" Ida Roe said."}}},
			},
		}}
	p := newStoryPage(rep)
	var courier *lens
	for i := range p.Lenses {
		if p.Lenses[i].Outlet.Name == "Courier" {
			courier = &p.Lenses[i]
		}
	}
	if courier == nil {
		t.Fatal("no lens of the Courier")
	}
	if courier.LeftN != 1 || courier.Left[0].Text != "The harbour master resigned." {
		t.Errorf("the Courier leaves out %d facts %+v, want only the resignation", courier.LeftN, courier.Left)
	}
	if s := renderStory(t, p); !strings.Contains(s, "1 fact the other outlet reports:") || strings.Contains(s, "most other outlets report") {
		t.Errorf("the card does not say the other outlet reports what the Courier leaves out")
	}
}

// TestAloneQuotesCountsRemarks: the card counts a speaker's words only
// its outlet quotes as What differs does, the sentences of one quotation
// in one paragraph as one remark.
func TestAloneQuotesCountsRemarks(t *testing.T) {
	quote := func(para int, text string) compare.Fact {
		return compare.Fact{Coverage: compare.CoverageOne, ReportedBy: []string{"l"}, QuoteOnly: "Ida Roe",
			Sentences: []compare.FactSentence{{Article: "l", Paragraph: para, Text: text}}}
	}
	rep := view.StoryReport{ID: "s3", Title: "Vell quay", Members: []view.Member{{ID: "l", Outlet: "Ledger"}, {ID: "c", Outlet: "Courier"}},
		Report: &compare.Report{
			Articles: []compare.Article{{ID: "l", Outlet: "Ledger"}, {ID: "c", Outlet: "Courier"}},
			Facts: []compare.Fact{
				{Coverage: compare.CoverageAll, ReportedBy: []string{"l", "c"}, Sentences: []compare.FactSentence{{Article: "l", Text: "The quay shut."}, {Article: "c", Text: "The quay was shut."}}},
				quote(4, "\"We saw it coming,\" Ida Roe said."),
				quote(4, "\"Nobody listened.\""),
				quote(7, "\"We will rebuild,\" she said."),
			},
		}}
	p := newStoryPage(rep)
	for _, l := range p.Lenses {
		if l.Outlet.Name == "Ledger" && (l.QuotedN != 2 || len(l.Quoted) != 3) {
			t.Errorf("the Ledger's card: %d remarks in %d lines, want 2 remarks in 3 lines", l.QuotedN, len(l.Quoted))
		}
	}
	if !strings.Contains(renderStory(t, p), "2 remarks no other outlet quotes;") {
		t.Errorf("the card does not count the Ledger's remarks")
	}
}
