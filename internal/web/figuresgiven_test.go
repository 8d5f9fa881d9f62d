package web

import (
	"slices"
	"testing"

	"github.com/parallax-news/parallax/internal/compare"
)

// TestFiguresOthersGiveAreNotOwn: a lens lists as "figures only it
// gives" no figure another outlet gives in a number row of its own.
// Before, the Ledger's and the Courier's 22-month inquiry (rows built
// apart) and the Courier's "One hundred percent" beside the Ledger's
// "100 percent" were each listed as the outlet's alone. The Ledger's two
// barges beside the Courier's two cranes, and its two hours beside the
// Courier's two years, are other quantities and stay listed.
func TestFiguresOthersGiveAreNotOwn(t *testing.T) {
	r := testReport()
	row := func(what, kind, unit, article, text string, v float64) compare.Quantity {
		return compare.Quantity{What: what, Kind: kind, Unit: unit, ReportedBy: []string{article},
			Values: []compare.NumberUse{{Article: article, Text: text, Value: v, Sentence: "Of the flood at Quenmoor."}}}
	}
	r.Report.Numbers = []compare.Quantity{
		row("inquiry", "duration", "month", "l", "22-month", 22),
		row("inquiry", "duration", "month", "c", "22-month", 22),
		row("", "percent", "", "l", "100 percent", 1),
		row("sure", "percent", "", "c", "One hundred percent", 1),
		row("barges", "count", "", "l", "two", 2),
		row("cranes", "count", "", "c", "two", 2),
		row("", "duration", "hour", "l", "two hours", 2),
		row("", "duration", "year", "c", "two years", 2),
		// 310 pumps and 310 of them named otherwise: a count of 10 or more
		// meets any counted thing.
		row("pumps", "count", "", "l", "310", 310),
		row("engines", "count", "", "c", "310", 310),
		// Thousands of volunteers and of sandbags: rough, not one.
		{What: "volunteers", Kind: "count", ReportedBy: []string{"l"}, Values: []compare.NumberUse{{Article: "l", Text: "thousands", Value: 1000, Approx: true}}},
		{What: "sandbags", Kind: "count", ReportedBy: []string{"c"}, Values: []compare.NumberUse{{Article: "c", Text: "thousands", Value: 1000, Approx: true}}},
	}
	figures := map[string][]string{}
	for _, l := range newStoryPage(r).Lenses {
		figures[l.Outlet.Name] = l.Figures
	}
	if got, want := figures["Ledger"], []string{"two (barges)", "two hours", "thousands (volunteers)"}; !slices.Equal(got, want) {
		t.Errorf("the Ledger's own figures %q, want %q", got, want)
	}
	if got, want := figures["Courier"], []string{"two (cranes)", "two years", "thousands (sandbags)"}; !slices.Equal(got, want) {
		t.Errorf("the Courier's own figures %q, want %q", got, want)
	}
}
