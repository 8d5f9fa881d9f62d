package watches

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/dedup"
	"github.com/parallax-news/parallax/internal/store"
)

// TestUncreditedCopyNeedsDirection: two outlets print the same invented
// report without credit. Published a day apart, the later copied without
// credit; published at the same time, with no dateline or credit, nobody
// can say who copied, and the watch stays quiet.
func TestUncreditedCopyNeedsDirection(t *testing.T) {
	paras := []string{
		"The harbour authority of Port Emmerin said on Monday that the northern breakwater would close for eleven weeks while engineers replace the storm gates installed in the nineteen sixties.",
		"Ferry operators will move their evening crossings to the southern quay, and the authority said fishing boats would keep a narrow channel open at high tide throughout the works.",
		"The gates failed twice last winter, flooding the fish market and three warehouses on Quay Street, and an inspection in spring found corrosion in every hinge of the western pair.",
		"Contractors from Lisk Marine Works won the tender with a bid of four million crowns, the authority's board said, and the first barges are expected to arrive before the end of the month.",
		"Residents of the old town have asked for the noisiest work to stop at night, and the board said it would publish a timetable of the piling once the contractor had confirmed it.",
	}
	day := time.Date(2026, 3, 9, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name       string
		copyAt     time.Time
		wantBasis  string
		wantAlerts int
	}{
		{"a day later", day.Add(24 * time.Hour), dedup.BasisPublished, 1},
		{"same time", day, "", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			st := openStore(t)
			sp, err := Check(store.WatchSpec{Kind: KindUncreditedCopy})
			if err != nil {
				t.Fatal(err)
			}
			w, err := st.AddWatch(ctx, store.Watch{Spec: sp})
			if err != nil {
				t.Fatal(err)
			}
			src := &article.Article{URL: "https://emmerin-herald.example/breakwater", Outlet: "Emmerin Herald",
				Title: "Breakwater to close for eleven weeks", Paragraphs: append([]string{}, paras...),
				Published: article.Date{Time: day, Precision: article.Zoned}}
			cp := &article.Article{URL: "https://coastline-post.example/emmerin-gates", Outlet: "Coastline Post",
				Title: "Emmerin breakwater closes", Paragraphs: append([]string{}, paras[:4]...),
				Published: article.Date{Time: tc.copyAt, Precision: article.Zoned}}
			for _, a := range []*article.Article{src, cp} {
				if _, err := a.Finish(); err != nil {
					t.Fatal(err)
				}
			}
			ingest(t, st, src, cp)
			links, err := st.CopyLinks(ctx, cp.ID)
			if err != nil || len(links) != 1 {
				t.Fatalf("copy links %v, %v: want one relation", links, err)
			}
			var m dedup.Match
			if err := json.Unmarshal(links[0].Detail, &m); err != nil {
				t.Fatal(err)
			}
			if tc.wantBasis != "" && m.Basis != tc.wantBasis || tc.wantBasis == "" && dedup.DirectionKnown(m.Basis) {
				t.Fatalf("basis %q, want %q (or any unknown)", m.Basis, tc.wantBasis)
			}
			if _, err := (&Matcher{Store: st, Analyzer: analyzer}).Run(ctx); err != nil {
				t.Fatal(err)
			}
			if got := titles(t, st, w); len(got) != tc.wantAlerts {
				t.Errorf("matches %q, want %d", got, tc.wantAlerts)
			}
		})
	}
}

// TestDirectionKnownOfLink reads the basis from a stored relation; a
// relation with none, or unreadable, is of unknown direction.
func TestDirectionKnownOfLink(t *testing.T) {
	for _, tc := range []struct {
		detail string
		want   bool
	}{
		{`{"basis":"published"}`, true},
		{`{"basis":"credit"}`, true},
		{`{"basis":"length"}`, false},
		{`{"basis":"order"}`, false},
		{`{"basis":"dated"}`, false},
		{`{}`, false},
		{``, false},
	} {
		if got := directionKnown(store.CopyLink{Detail: json.RawMessage(tc.detail)}); got != tc.want {
			t.Errorf("directionKnown(%s) = %v, want %v", tc.detail, got, tc.want)
		}
	}
}
