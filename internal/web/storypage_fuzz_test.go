package web

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/compare"
	"github.com/parallax-news/parallax/internal/nlp"
	"github.com/parallax-news/parallax/internal/view"
)

// fuzzStrike is a story of our own in three outlets' words: shared facts,
// a quote altered and one shortened, names written two ways, numbers at
// odds, "so-called", a role phrase and a copied paragraph, so that every
// finding of the story page has something to work on.
var fuzzStrike = [3][]string{
	{
		"Dock workers in Varnholt walked out on Tuesday, the Harbour and Transport Union said.",
		"“We will not go back until the offer is fair to every family on the quay,” said Kolja Vantner, the union's chief negotiator.",
		"The so-called final offer raised wages by 3 percent over two years, port officials said.",
		"At least 12 ships waited outside the harbour on Wednesday, according to the Varnholt Port Authority.",
		"Mayor Ilse Brennick called on both sides to meet again before the weekend.",
	},
	{
		"Dock workers in Varnholt went on strike on Tuesday, the Harbour and Transport Union said.",
		"“We will not go back until the offer is fair,” said union negotiator Kolja Vanter.",
		"The final offer raised wages by 4 percent over two years, officials at the port said.",
		"Fourteen ships waited outside the harbour on Wednesday.",
		"Ilse Brennick, the mayor, said the city would lose money every day the quay stood still.",
	},
	{
		"Dock workers in Varnholt walked out on Tuesday, the Harbour and Transport Union said.",
		"At least 12 ships waited outside the harbour on Wednesday, according to the Varnholt Port Authority.",
		"A former harbour pilot, Vantner has led the union since 2019 and said he expected a long dispute.",
	},
}

// FuzzStoryPage builds and renders a story page (the comparison, the page
// model, its HTML, its JSON, its fact pages and the Markdown export) of
// three articles into which the fuzzer writes its text: once at the start
// of a paragraph of one and once inside a sentence of another. Untrusted
// text must never crash the page, whatever its letters (some grow when
// lowered, some are not UTF-8) or its quotation marks.
func FuzzStoryPage(f *testing.F) {
	f.Add("ȺȺ İ", "so-called ", uint8(2))
	f.Add("“", "”", uint8(1))
	f.Add("the union's chief negotiator said “", "…", uint8(3))
	f.Add("\xff\xfe", "Vantner, ", uint8(0))
	f.Add("At least 13 ships", " 2 percent ", uint8(4))
	f.Add("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", uint8(1))
	pages, err := parseTemplates()
	if err != nil {
		f.Fatal(err)
	}
	an, err := nlp.NewAnalyzer()
	if err != nil {
		f.Fatal(err)
	}
	outlets := []string{"Valmora Courier", "Northshore Times", "Harbour Gazette"}
	f.Fuzz(func(t *testing.T, lead, inside string, at uint8) {
		arts := make([]*article.Article, len(fuzzStrike))
		for i, ps := range fuzzStrike {
			ps = append([]string(nil), ps...)
			switch i {
			case 0:
				k := int(at) % len(ps)
				ps[k] = lead + ps[k]
			case 1:
				k := int(at) % len(ps)
				cut := len(ps[k]) / 2
				for cut < len(ps[k]) && ps[k][cut] != ' ' {
					cut++
				}
				ps[k] = ps[k][:cut] + inside + ps[k][cut:]
			}
			arts[i] = &article.Article{ID: outlets[i], Outlet: outlets[i], Title: "Varnholt dock strike " + lead[:min(len(lead), 40)],
				Paragraphs: ps, Published: article.Date{Time: time.Date(2025, 3, 4+i, 9, 0, 0, 0, time.UTC), Precision: article.Day}}
		}
		rep, err := compare.Compare(context.Background(), arts, an)
		if err != nil {
			t.Fatal(err)
		}
		sr := view.StoryReport{ID: "s1", Title: arts[0].Title, Overview: view.Overview(rep, arts[0].Title), Report: rep}
		p := newStoryPage(sr)
		var b bytes.Buffer
		if err := pages["story"].ExecuteTemplate(&b, "layout", page{Title: orDash(sr.Title), Data: p}); err != nil {
			t.Fatalf("render the story page: %v", err)
		}
		if strings.Contains(b.String(), "<script>alert") {
			t.Fatalf("the page runs the article's text as code")
		}
		if _, err := marshalJSON(p.Report); err != nil {
			t.Fatalf("story JSON: %v", err)
		}
		facts, err := newFactsBlob(rep.Facts)
		if err != nil {
			t.Fatalf("fact pages: %v", err)
		}
		for i := range rep.Facts {
			if _, ok := facts.fact(i); !ok {
				t.Fatalf("fact %d of %d has no page", i, len(rep.Facts))
			}
		}
		b.Reset()
		if err := compare.WriteStoryMarkdown(&b, rep, sr.Title, sr.Overview); err != nil {
			t.Fatalf("Markdown: %v", err)
		}
	})
}
