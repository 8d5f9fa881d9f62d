package compare

import (
	"slices"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/outlet"
)

// sidesReport is a report of six fictional articles: two left-leaning
// outlets (the Gazette in two sections), two right-leaning ones and an
// unrated one, with facts that one side alone reports and facts that it
// only seems to.
func sidesReport() (*Report, map[string]ArticleSide) {
	r := &Report{
		Articles: []Article{
			{ID: "g", Outlet: "Gazette"}, {ID: "g2", Outlet: "Gazette - Opinion"}, {ID: "l", Outlet: "Ledger"},
			{ID: "c", Outlet: "Courier"}, {ID: "h", Outlet: "Herald"}, {ID: "p", Outlet: "Post"},
		},
		Facts: []Fact{
			0: {ReportedBy: []string{"g", "l"}, Sentences: []FactSentence{{Article: "g", Text: "“I sold the ferry to my brother,” the mayor said."}, {Article: "l", Text: "The mayor said: “My brother has the ferry.”"}}},
			1: {ReportedBy: []string{"g", "l"}, StatedBy: []string{"h"}, Sentences: []FactSentence{{Article: "g", Text: "The bridge reopened on Monday."}}},
			2: {ReportedBy: []string{"g", "l", "p"}, Sentences: []FactSentence{{Article: "g", Text: "Tolls rose by a third."}}},
			3: {ReportedBy: []string{"g"}, Sentences: []FactSentence{{Article: "g", Text: "The harbour froze."}}},
			4: {ReportedBy: []string{"g", "g2"}, Sentences: []FactSentence{{Article: "g", Text: "The council met twice."}}},
			5: {ReportedBy: []string{"c", "h"}, Conflict: []string{"passed", "dropped"}, Sentences: []FactSentence{{Article: "c", Text: "The levy passed."}}},
			6: {ReportedBy: []string{"c", "h"}, Sentences: []FactSentence{{Article: "c", Text: "Union leaders called the strike \"unlawful\"."}}},
			7: {ReportedBy: []string{"g", "c"}, Sentences: []FactSentence{{Article: "g", Text: "Snow fell on the pass."}}},
			8: {ReportedBy: []string{"g", "l"}, Sentences: []FactSentence{{Article: "g", Text: "The mayor once sailed the ferry herself."}, {Article: "l", Text: "She had sailed it herself years ago."}}},
		},
	}
	sides := map[string]ArticleSide{
		"g": {"o-gazette", outlet.Left}, "g2": {"o-gazette", outlet.Left}, "l": {"o-ledger", outlet.Left},
		"c": {"o-courier", outlet.Right}, "h": {"o-herald", outlet.Right}, "p": {"o-post", outlet.Unrated},
	}
	return r, sides
}

func TestSideDifferences(t *testing.T) {
	r, sides := sidesReport()
	got := SideDifferences(r, sides)
	var idx []int
	for _, d := range got {
		idx = append(idx, d.Index)
		if d.Kind != DiffOneSided || d.Section != "facts" {
			t.Errorf("difference %+v: want kind %s in section facts", d, DiffOneSided)
		}
	}
	if !slices.Equal(idx, []int{0, 6}) {
		t.Fatalf("one-sided facts %v, want [0 6] (not one stated in other words, one with an unrated outlet, one outlet's two sections, a conflict, both sides, one in the articles' own words)", idx)
	}
	if want := "Only left-leaning outlets quote “‘I sold the ferry to my brother,’ the mayor said.” (Gazette and Ledger); the right-leaning Courier and Herald do not quote these words"; got[0].Text != want {
		t.Errorf("text %q, want %q", got[0].Text, want)
	}
	if want := []string{"g", "l", "c", "h"}; !slices.Equal(got[0].Articles, want) {
		t.Errorf("articles %v, want %v", got[0].Articles, want)
	}
	if !strings.HasPrefix(got[1].Text, "Only right-leaning outlets quote “Union leaders") || !strings.HasSuffix(got[1].Text, "the left-leaning Gazette, Gazette - Opinion and Ledger do not quote these words") {
		t.Errorf("text %q", got[1].Text)
	}
}

func TestSideDifferencesNeedTwoOutletsASide(t *testing.T) {
	for _, tc := range []struct {
		name  string
		edit  func(map[string]ArticleSide)
		wantN int
	}{
		{"as rated", func(map[string]ArticleSide) {}, 2},
		{"one right outlet", func(s map[string]ArticleSide) { s["h"] = ArticleSide{"o-herald", outlet.Center} }, 0},
		{"one left outlet", func(s map[string]ArticleSide) { s["l"] = ArticleSide{"o-gazette", outlet.Left} }, 0},
		{"no outlet records", func(s map[string]ArticleSide) { clear(s) }, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, sides := sidesReport()
			tc.edit(sides)
			if got := SideDifferences(r, sides); len(got) != tc.wantN {
				t.Errorf("%d one-sided facts, want %d: %+v", len(got), tc.wantN, got)
			}
		})
	}
}

// TestSideDifferencesSaidOnce checks that two fact groups that share
// their first sentence (one outlet's line beside two lines of another)
// give one "only … outlets report" difference, not the same line twice.
func TestSideDifferencesSaidOnce(t *testing.T) {
	r, sides := sidesReport()
	r.Facts = append(r.Facts, Fact{ReportedBy: []string{"g", "l"}, Sentences: []FactSentence{
		{Article: "g", Text: "“I sold the ferry to my brother,” the mayor said."}, {Article: "l", Text: "“He runs it now,” she said."}}})
	var idx []int
	for _, d := range SideDifferences(r, sides) {
		idx = append(idx, d.Index)
	}
	if !slices.Equal(idx, []int{0, 6}) {
		t.Errorf("one-sided facts %v, want [0 6]: fact 9 quotes the sentence fact 0 quotes", idx)
	}
}

// TestSideDifferencesQuotedWordsOnly checks that a fact the articles tell
// in their own words is not said to be one side's, however many outlets
// of that side give it, while the same fact as someone's quoted words is.
func TestSideDifferencesQuotedWordsOnly(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"The inspector had worked at a bakery before.", false},
		{"It was the inspector's second report this year.", false},
		{"“The books did not balance,” the inspector said.", true},
		{"The inspector called the books \"a mess\".", true},
		{"The inspector wrote: «Nothing balances».", true},
	} {
		r, sides := sidesReport()
		r.Facts = []Fact{{ReportedBy: []string{"g", "l"}, Sentences: []FactSentence{{Article: "g", Text: tc.text}, {Article: "l", Text: "The inspector's words."}}}}
		if got := len(SideDifferences(r, sides)) == 1; got != tc.want {
			t.Errorf("%q: one-sided %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestSideDifferencesOtherSideQuotes: a fact one side's facts hold is no
// one side's when an article of the other side quotes six words in a row
// of it in a quotation no fact group holds; a shorter common phrase does
// not count.
func TestSideDifferencesOtherSideQuotes(t *testing.T) {
	for _, tc := range []struct {
		name  string
		quote string
		want  bool // fact 0 still one-sided
	}{
		{"the same words", "I sold the ferry to my brother", false},
		{"six words of them", "sold the ferry to my brother", false},
		{"four words", "the ferry to my", true},
		{"other words", "We will reopen the bridge", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, sides := sidesReport()
			r.Quotes = []QuoteGroup{{Kind: QuoteOneOnly, Quotes: []QuoteUse{{Article: "h", Text: tc.quote}}}}
			got := slices.ContainsFunc(SideDifferences(r, sides), func(d Difference) bool { return d.Index == 0 })
			if got != tc.want {
				t.Errorf("fact 0 one-sided %v, want %v", got, tc.want)
			}
		})
	}
}
