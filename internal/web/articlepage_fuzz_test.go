package web

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/clean"
	"github.com/parallax-news/parallax/internal/dedup"
	"github.com/parallax-news/parallax/internal/nlp"
	"github.com/parallax-news/parallax/internal/view"
)

// FuzzArticlePage builds and renders the article page of an article of
// our own (fuzzStrike's first) into which the fuzzer writes its text: into
// the title, at the start of one paragraph and as a paragraph of its own
// (where the cleaning view may find furniture). The page marks the
// cleaning view's cuts, the quotes, entities, terms and numbers of the
// analysis and the passages copy detection shares with a second article
// (fuzzStrike's third, with the fuzzer's text too) on the title and
// paragraphs. Whatever the letters (some grow when lowered, some are not
// UTF-8) the page must not crash, and its segments must give back the text.
func FuzzArticlePage(f *testing.F) {
	f.Add("ȺȺ İ", "so-called ", "Read more: Ⱥ")
	f.Add("“", "”", "Advertisement")
	f.Add("\xff\xfe", "Vantner, ", "(Reporting by Ⱥda Kessler; Editing by İpek Ɐ)")
	f.Add("Varnholt", "At least 13 ships ", "Photo: Kolja Vantner/AP")
	f.Add("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "© 2025 Valmora Courier. All rights reserved.")
	f.Add(strings.Repeat("Ⱥ", 70), strings.Repeat("x", 300), "“"+strings.Repeat("ẞ", 50))
	pages, err := parseTemplates()
	if err != nil {
		f.Fatal(err)
	}
	an, err := nlp.NewAnalyzer()
	if err != nil {
		f.Fatal(err)
	}
	cl, err := clean.New()
	if err != nil {
		f.Fatal(err)
	}
	dc, err := dedup.NewComparer(dedup.DefaultConfig())
	if err != nil {
		f.Fatal(err)
	}
	s := &Server{an: an, cleaner: cl, pages: pages}
	f.Fuzz(func(t *testing.T, title, lead, para string) {
		ps := append([]string(nil), fuzzStrike[0]...)
		ps[1] = lead + ps[1]
		ps = append(ps[:3], append([]string{para}, ps[3:]...)...)
		a := &article.Article{ID: "a1", Outlet: "Valmora Courier", Title: "Varnholt dock strike " + title, Paragraphs: ps,
			Published: article.Date{Time: time.Date(2025, 3, 4, 9, 0, 0, 0, time.UTC), Precision: article.Day}}
		other := append([]string{para}, fuzzStrike[2]...)
		m := dc.Compare(dedup.Doc{ID: "a1", Paragraphs: ps}, dedup.Doc{ID: "a2", Paragraphs: other})
		va := view.Article{Article: a}
		c := view.Copy{Match: m, SourceOutlet: "Harbour Gazette", SourceTitle: title, CopyOutlet: "Valmora Courier", CopyTitle: a.Title}
		if m.Copy == "a1" {
			va.CopiedFrom = append(va.CopiedFrom, c)
		} else {
			va.CopiedBy = append(va.CopiedBy, c)
		}
		d, err := s.annotate(context.Background(), va)
		if err != nil {
			t.Fatal(err)
		}
		if got := joinSegs(d.Title); got != a.Title {
			t.Fatalf("title segments give %q, not %q", got, a.Title)
		}
		for i, p := range d.Paras {
			if got := joinSegs(p.Segs); got != ps[i] {
				t.Fatalf("paragraph %d segments give %q, not %q", i, got, ps[i])
			}
			for _, sg := range p.Segs {
				if utf8.ValidString(ps[i]) && !utf8.ValidString(sg.Text) {
					t.Fatalf("a segment of paragraph %d cuts a character: %q", i, sg.Text)
				}
			}
		}
		var b bytes.Buffer
		if err := pages["article"].ExecuteTemplate(&b, "layout", page{Title: orDash(a.Title), Data: d}); err != nil {
			t.Fatalf("render the article page: %v", err)
		}
		if strings.Contains(b.String(), "<script>alert") || strings.Contains(b.String(), "<img src=x") {
			t.Fatalf("the page runs the article's text as code")
		}
	})
}

func joinSegs(segs []seg) string {
	var b strings.Builder
	for _, s := range segs {
		b.WriteString(s.Text)
	}
	return b.String()
}
