package view

import (
	"testing"

	"github.com/parallax-news/parallax/internal/compare"
)

// TestReportTitleUntitledReport: an untitled report listed first does
// not keep a preview's headline as the page's title while a titled
// report is there; with only untitled reports the title stays.
func TestReportTitleUntitledReport(t *testing.T) {
	preview := compare.Article{ID: "p", Title: "Ostin seeks to stop Lind in the harbour primary", Preview: true}
	untitled := compare.Article{ID: "u"}
	report := compare.Article{ID: "r", Title: "Ferry town celebrates its mayor"}
	if got := ReportTitle(&compare.Report{Articles: []compare.Article{preview, untitled, report}}, preview.Title); got != report.Title {
		t.Errorf("ReportTitle = %q, want %q", got, report.Title)
	}
	if got := ReportTitle(&compare.Report{Articles: []compare.Article{preview, untitled}}, preview.Title); got != preview.Title {
		t.Errorf("only an untitled report: ReportTitle = %q, want %q", got, preview.Title)
	}
}
