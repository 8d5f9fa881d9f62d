package web

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/compare"
	"github.com/parallax-news/parallax/internal/view"
)

// TestFewSharedQuotesCounted: the story page lists the articles that
// share quotes at compare.FewSharedQuotes or more of the later article
// and counts the rest in one note; an outlet's lens names only the listed
// ones (h/noise53: read52 counted 52 "share quotes" lines on one page).
// The note stands after the listed copies, as "more" reads.
func TestFewSharedQuotesCounted(t *testing.T) {
	p := &storyPage{}
	p.Report = view.StoryReport{Report: &compare.Report{Copies: []compare.Copy{
		{Source: "a", Copy: "b", Kind: compare.KindSharesQuotes, Share: 0.2},
		{Source: "a", Copy: "c", Kind: compare.KindSharesQuotes, Share: 0.01},
		{Source: "b", Copy: "c", Kind: compare.KindSharesQuotes, Share: 0.03},
	}}}
	p.cols = map[string]col{"a": {ID: "a", Label: "Valmora Courier", OutletN: 1}, "b": {ID: "b", Label: "Harbour Gazette", OutletN: 2},
		"c": {ID: "c", Label: "Orsa Ledger", OutletN: 3}}
	p.uses, p.clip = 4, 200
	p.copies()
	if p.Copies.Len() != 1 || p.Copies.Top[0].Copy.ID != "b" {
		t.Errorf("copies listed: %+v", p.Copies)
	}
	if !strings.HasPrefix(p.FewQuotes, "2 more pairs of articles share a few quotes") {
		t.Errorf("note %q", p.FewQuotes)
	}
	html := renderStory(t, p)
	listed, note := strings.Index(html, `<ul class="copies">`), strings.Index(html, "2 more pairs of articles share a few quotes")
	if listed < 0 || note < 0 || note < listed {
		t.Errorf("the note counting the rest (at %d) does not follow the copies it counts beyond (at %d)", note, listed)
	}
	ls := map[int]*lens{}
	lensCopiesOf(p, func(n int) *lens {
		if ls[n] == nil {
			ls[n] = &lens{}
		}
		return ls[n]
	})
	if ls[3] != nil && len(ls[3].Copies) > 0 {
		t.Errorf("Orsa Ledger's lens lists a few shared quotes: %q", ls[3].Copies)
	}
}
