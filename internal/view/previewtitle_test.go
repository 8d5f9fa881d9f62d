package view

import (
	"testing"

	"github.com/parallax-news/parallax/internal/compare"
)

// TestReportTitle: a preview's headline is not the page's title when
// the event has a report; the report sharing the most of its words
// takes it; a column never does, and an event of previews keeps its
// title.
func TestReportTitle(t *testing.T) {
	preview := compare.Article{ID: "p", Title: "Ostin seeks to stop Lind in the harbour primary", Preview: true}
	column := compare.Article{ID: "c", Title: "Lind's harbour primary win is bad news", Kind: compare.KindOpinion}
	report := compare.Article{ID: "r", Title: "Lind wins harbour primary as Ostin quits"}
	side := compare.Article{ID: "s", Title: "Ferry fares rise again"}
	tests := []struct {
		name string
		arts []compare.Article
		want string
	}{
		{"a report is there", []compare.Article{preview, column, side, report}, report.Title},
		{"only a column", []compare.Article{preview, column}, preview.Title},
		{"previews alone", []compare.Article{preview, {ID: "p2", Title: "Harbour primary: what to watch", Preview: true}}, preview.Title},
	}
	for _, tt := range tests {
		if got := ReportTitle(&compare.Report{Articles: tt.arts}, preview.Title); got != tt.want {
			t.Errorf("%s: ReportTitle = %q, want %q", tt.name, got, tt.want)
		}
	}
	if got := ReportTitle(&compare.Report{Articles: []compare.Article{report, preview}}, report.Title); got != report.Title {
		t.Errorf("a report's title changed to %q", got)
	}
}
