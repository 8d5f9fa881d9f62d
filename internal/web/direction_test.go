package web

import (
	"bytes"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/compare"
	"github.com/parallax-news/parallax/internal/dedup"
	"github.com/parallax-news/parallax/internal/view"
)

// TestCopyDirectionUnknown: on the article page (its lines and the tips
// of shared passages), the story page's copies and the outlet lenses, a
// relation whose direction is only a guess is shared text, never "copied
// from", "copied by" or "copies".
func TestCopyDirectionUnknown(t *testing.T) {
	pages, err := parseTemplates()
	if err != nil {
		t.Fatal(err)
	}
	rel := func(basis string) view.Copy {
		return view.Copy{Match: dedup.Match{Source: "s1", Copy: "c1", Kind: dedup.KindDerived, Share: 0.33, Basis: basis,
			Inserted: []string{"A line of the Harbour Gazette."}, Spans: []dedup.Span{{Source: dedup.Range{Start: 0, End: 10}, Copy: dedup.Range{Start: 0, End: 10}}}},
			SourceOutlet: "Valmora Courier", SourceTitle: "Dock strike ends", CopyOutlet: "Harbour Gazette", CopyTitle: "Strike over",
			DirectionKnown: dedup.DirectionKnown(basis)}
	}
	for _, tc := range []struct {
		basis string
		known bool
	}{{dedup.BasisPublished, true}, {dedup.BasisCredit, true}, {dedup.BasisLength, false}, {dedup.BasisOrder, false}, {dedup.BasisDated, false}} {
		note := dedup.DirectionNote(tc.basis)
		// The article page, of the copy and of the source.
		for _, side := range []struct {
			a        view.Article
			known    string
			tipKnown string
		}{
			{view.Article{Article: &article.Article{ID: "c1", Title: "Strike over"}, CopiedFrom: []view.Copy{rel(tc.basis)}}, "Copied from", "copied from Valmora Courier"},
			{view.Article{Article: &article.Article{ID: "s1", Title: "Dock strike ends"}, CopiedBy: []view.Copy{rel(tc.basis)}}, "Copied by", "copied by Harbour Gazette"},
		} {
			var b bytes.Buffer
			if err := pages["article"].ExecuteTemplate(&b, "layout", page{Title: "t", Data: articleData{Article: side.a}}); err != nil {
				t.Fatal(err)
			}
			html := b.String()
			tips := copiedSpans(side.a)
			if len(tips) != 1 {
				t.Fatalf("%s: %d copied spans", tc.basis, len(tips))
			}
			if tc.known {
				if !strings.Contains(html, side.known) || strings.Contains(html, "Shares text") || !strings.HasPrefix(tips[0].tip, side.tipKnown) {
					t.Errorf("%s: article page lacks %q or tip %q:\n%s", tc.basis, side.known, tips[0].tip, html)
				}
				continue
			}
			if !strings.Contains(html, "Shares text with") || !strings.Contains(html, note) || strings.Contains(html, "Copied") || strings.Contains(html, "Inserted") {
				t.Errorf("%s: article page says who copied, or not why it cannot:\n%s", tc.basis, html)
			}
			if !strings.HasPrefix(tips[0].tip, "shared with ") || !strings.Contains(tips[0].tip, note) {
				t.Errorf("%s: tip %q", tc.basis, tips[0].tip)
			}
		}
		// The story page's copies and lenses.
		c := compare.Copy{Source: "s1", Copy: "c1", Kind: "derived", Extent: "partly", Share: 0.33, Basis: tc.basis,
			Inserted: []string{"A line of the Harbour Gazette."}, Removed: []string{}, Substituted: []string{"strike → walkout"}}
		p := &storyPage{}
		p.Report = view.StoryReport{Report: &compare.Report{Copies: []compare.Copy{c}}}
		p.cols = map[string]col{"s1": {ID: "s1", Label: "Valmora Courier", OutletN: 1}, "c1": {ID: "c1", Label: "Harbour Gazette", OutletN: 2}}
		p.uses, p.clip = 4, 200
		p.copies()
		var b bytes.Buffer
		if err := pages["story"].ExecuteTemplate(&b, "copy", p.Copies.Top[0]); err != nil {
			t.Fatal(err)
		}
		p.Report.Differences = []compare.Difference{{Kind: compare.DiffCopy, Section: "copies", Index: 0, Articles: []string{"c1", "s1"}}}
		link := "the copy"
		if !tc.known {
			link = "the shared text"
		}
		if ds := newDiffers(p); len(ds) != 1 || ds[0].HrefText != link {
			t.Errorf("%s: summary links %+v, want %q", tc.basis, ds, link)
		}
		ls := map[int]*lens{}
		lensCopiesOf(p, func(n int) *lens {
			if ls[n] == nil {
				ls[n] = &lens{}
			}
			return ls[n]
		})
		line := strings.Join(ls[2].Copies, "|")
		if tc.known {
			if !strings.Contains(b.String(), "copies") || !strings.Contains(b.String(), "inserted:") || !strings.HasPrefix(line, "Harbour Gazette copies Valmora Courier") {
				t.Errorf("%s: story copy %s, lens %q", tc.basis, b.String(), line)
			}
			continue
		}
		if !strings.Contains(b.String(), "shares text with") || !strings.Contains(b.String(), note) || strings.Contains(b.String(), ">copies<") ||
			strings.Contains(b.String(), "inserted:") || !strings.Contains(b.String(), "only in Harbour Gazette:") {
			t.Errorf("%s: story copy says who copied:\n%s", tc.basis, b.String())
		}
		if line != "Harbour Gazette shares text with Valmora Courier ("+note+"; derived, 33% of Harbour Gazette's text)" || ls[1].Copies[0] != line {
			t.Errorf("%s: lenses %q, %q", tc.basis, line, ls[1].Copies)
		}
	}
}
