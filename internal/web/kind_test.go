package web

import (
	"bytes"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/compare"
)

// TestStoryPageMarksColumns: the story page's article list and its
// outlet lenses mark a column or an analysis (compare.Article.Kind) and
// leave a report unmarked.
func TestStoryPageMarksColumns(t *testing.T) {
	rep := testReport()
	rep.Report.Articles[2].Kind = compare.KindOpinion // the Ledger's
	rep.Report.Articles[3].Kind = compare.KindAnalysis
	p := newStoryPage(rep)
	kinds := map[string]string{}
	for _, m := range p.Members.All() {
		kinds[m.ID] = m.Kind
	}
	if kinds["l"] != compare.KindOpinion || kinds["c"] != compare.KindAnalysis || kinds["g1"] != "" {
		t.Errorf("member kinds %v, want l opinion, c analysis, g1 none", kinds)
	}
	pages, err := parseTemplates()
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range p.Members.All() {
		var b bytes.Buffer
		if err := pages["story"].ExecuteTemplate(&b, "member", m); err != nil {
			t.Fatal(err)
		}
		tagged := strings.Contains(b.String(), `class="tag kind-`)
		if want := m.Kind != ""; tagged != want {
			t.Errorf("member %s (kind %q): tagged %v in %s", m.ID, m.Kind, tagged, b.String())
		}
		if m.Kind == compare.KindOpinion && !strings.Contains(b.String(), ">opinion</span>") {
			t.Errorf("the column is not called opinion: %s", b.String())
		}
	}
	lens := false
	for _, o := range p.Outlets {
		for _, a := range o.Articles {
			if a.ID == "l" {
				lens = true
				if a.Kind != compare.KindOpinion {
					t.Errorf("the Ledger's lens article has kind %q, want opinion", a.Kind)
				}
			}
		}
	}
	if !lens {
		t.Error("no outlet lens holds the Ledger's article: the lens check checks nothing")
	}
}
