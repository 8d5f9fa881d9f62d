package story

import "testing"

// TestNonReportKinds: the headlines NonReportKinds names as non-reports,
// on headlines written for this test.
func TestNonReportKinds(t *testing.T) {
	cfg := DefaultConfig()
	cfg.NonReport = NonReportKinds
	for _, tc := range []struct {
		d    Doc
		want bool
	}{
		{Doc{Title: "Karsk council approves new ferry route", URL: "https://courier.example/news/2032/ferry-route"}, false},
		{Doc{Title: "The ferry vote was a costly mistake", URL: "https://courier.example/opinion/ferry-mistake"}, true},
		{Doc{Title: "Opinion: Karsk deserves a better harbour plan"}, true},
		{Doc{Title: "What the ferry vote means for commuters"}, true},
		{Doc{Title: "Five things to watch at tonight's harbour hearing"}, true},
		{Doc{Title: "Should Karsk pay for a second bridge?"}, true},
		{Doc{Title: "I rode the last night ferry across the bay"}, true},
		{Doc{Title: "Ferry"}, false},
	} {
		h := classifyHeadline(tc.d)
		if got := cfg.nonReport(h); got != tc.want {
			t.Errorf("%q (%s): non-report %v, want %v", tc.d.Title, h, got, tc.want)
		}
	}
	cfg.NonReport = 0
	if cfg.nonReport(Opinion) {
		t.Error("an empty NonReport names opinion")
	}
}

// TestNonReportMargin: a column of the same day that joins two reports of
// the bridge closure by default (see TestGrowthMargin) stays apart with a
// non-report margin, joins again when its headline needs no more likeness
// than it has, and, published first, does not take the reports in.
func TestNonReportMargin(t *testing.T) {
	if h := classifyHeadline(bridgeColumn); h == News {
		t.Fatalf("the column's headline is %s", h)
	}
	for _, tc := range []struct {
		name         string
		margin, head float64
		columnFirst  bool
		join         bool
	}{
		{"off", 0, 0, false, true},
		{"margin", 0.3, 0, false, false},
		{"headline exemption", 0.3, 0.001, false, true},
		{"column first, off", 0, 0, true, true},
		{"column first", 0.3, 0, true, false},
	} {
		cfg := DefaultConfig()
		cfg.NonReportMargin, cfg.NonReportHead, cfg.NonReport = tc.margin, tc.head, NonReportKinds
		reports := bridgeReports(2)
		docs := append(reports, bridgeColumn)
		if tc.columnFirst {
			docs = append([]Doc{bridgeColumn}, reports...)
		}
		_, tr, _ := run(t, cfg, docs)
		if got := sizes(tr, ids(reports)); len(got) != 1 {
			t.Fatalf("%s: the reports are not one event: %v", tc.name, got)
		}
		if joined := tr.Event(bridgeColumn.ID) == tr.Event(reports[0].ID); joined != tc.join {
			t.Errorf("%s: column joined %v, want %v", tc.name, joined, tc.join)
		}
	}
}
