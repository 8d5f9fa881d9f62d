package story

import (
	"fmt"
	"testing"
)

// bridgeReports returns n reports of one happening, the closure of the
// Karsk harbour bridge (the fixtures op-c and op-d, again and again from
// other outlets), all published on 9 February 2032.
func bridgeReports(n int) []Doc {
	base := docsOf(opinionFirst[2:4])
	out := make([]Doc, n)
	for i := range out {
		d := base[i%len(base)]
		d.ID = fmt.Sprintf("bridge-%d", i)
		d.Outlet = fmt.Sprintf("outlet%d.example", i)
		d.Published = day("2032-02-09")
		out[i] = d
	}
	return out
}

// bridgeColumn is a column of the same day on the saga, not the closure:
// the mayor's record on the harbour, sharing the closure's names and a
// few of its words.
var bridgeColumn = fixture{"col", "ledgerviews.example", "2032-02-09", "column",
	"What Karsk voters should ask",
	"Tomas Lindqvar has run Karsk for eleven years, and the old quays have been his pride: a fish market, a concert hall, new schools.\n\nVoters will ask in May whether the city spent its money where it should have."}.doc()

// TestGrowthMargin: a column that shares a happening's names and a few
// of its words joins the happening's event while it is small, but not
// once the event holds sixteen reports (it would with GrowthStep 0): a
// large event's centroid is the saga's, and joining it takes more.
func TestGrowthMargin(t *testing.T) {
	for _, c := range []struct {
		reports int
		step    float64
		join    bool
	}{
		{2, DefaultConfig().GrowthStep, true},
		{16, 0, true},
		{16, DefaultConfig().GrowthStep, false},
	} {
		cfg := DefaultConfig()
		cfg.GrowthStep = c.step
		reports := bridgeReports(c.reports)
		_, tr, decs := run(t, cfg, append(reports, bridgeColumn))
		if got := sizes(tr, ids(reports)); len(got) != 1 {
			t.Fatalf("%d reports, step %g: the reports are not one event: %v", c.reports, c.step, got)
		}
		d := decs[len(decs)-1]
		if joined := tr.Event(bridgeColumn.ID) == tr.Event(reports[0].ID); joined != c.join {
			t.Errorf("%d reports, step %g: column joined %v (score %.3f), want %v", c.reports, c.step, joined, d.Score, c.join)
		}
	}
}

func TestGrowthMarginValues(t *testing.T) {
	c := New(DefaultConfig(), nil)
	for _, tc := range []struct {
		n    int
		want float64
	}{{1, 0}, {7, 0}, {8, 0.03}, {16, 0.03 * 1.5849625}, {24, 0.06}} {
		e := &event{members: make([]*member, tc.n)}
		if got := c.growthMargin(e); got < tc.want-1e-6 || got > tc.want+1e-6 {
			t.Errorf("growthMargin(%d articles) = %.4f, want %.4f", tc.n, got, tc.want)
		}
	}
}
