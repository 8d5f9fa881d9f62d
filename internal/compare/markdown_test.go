package compare

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/article"
)

// TestMarkdownTimelineTies: articles that came out on the first day at
// hours not given are each "(first day)", not each "(first)"; one first
// article alone stays "(first)".
func TestMarkdownTimelineTies(t *testing.T) {
	day := func(s string) article.Date {
		d, err := article.ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	for _, tc := range []struct {
		name  string
		lines []TimelineEntry
		want  []string
	}{
		{"tie on a day", []TimelineEntry{
			{Article: "g", Published: day("2031-05-12"), First: true},
			{Article: "l", Published: day("2031-05-12"), First: true},
			{Article: "c", Published: day("2031-05-13"), After: "1d"},
		}, []string{"Gazette — 2031-05-12 (first day)", "Ledger — 2031-05-12 (first day)", "Courier — 2031-05-13 (+1d)"}},
		{"one first", []TimelineEntry{
			{Article: "g", Published: day("2031-05-12"), First: true},
			{Article: "l", Published: day("2031-05-13"), After: "1d"},
		}, []string{"Gazette — 2031-05-12 (first)", "Ledger — 2031-05-13 (+1d)"}},
	} {
		r := &Report{Articles: []Article{{ID: "g", Outlet: "Gazette"}, {ID: "l", Outlet: "Ledger"}, {ID: "c", Outlet: "Courier"}}, Timeline: tc.lines}
		var b strings.Builder
		if err := WriteMarkdown(&b, r); err != nil {
			t.Fatal(err)
		}
		for _, w := range tc.want {
			if !strings.Contains(b.String(), w) {
				t.Errorf("%s: markdown lacks %q:\n%s", tc.name, w, b.String())
			}
		}
	}
}
