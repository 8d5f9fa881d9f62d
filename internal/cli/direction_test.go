package cli

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/dedup"
	"github.com/parallax-news/parallax/internal/view"
)

// TestShowDirectionUnknown: a relation whose direction is only a guess
// (length, order, an undated side) is shared text in `show` and `copies
// --list`, never "copied from" or "copied by"; a dated one stays a copy.
func TestShowDirectionUnknown(t *testing.T) {
	rel := func(basis string) view.Copy {
		return view.Copy{Match: dedup.Match{Source: "s1", Copy: "c1", Kind: dedup.KindDerived, Share: 0.33, Basis: basis,
			Inserted: []string{"A line the Harbour Gazette added."}},
			SourceOutlet: "Valmora Courier", SourceTitle: "Dock strike ends", CopyOutlet: "Harbour Gazette", CopyTitle: "Strike over",
			DirectionKnown: dedup.DirectionKnown(basis)}
	}
	tests := []struct {
		basis      string
		from, by   string // what the copy's and the source's pages say
		list, nots string // what copies --list says, and what it must not
	}{
		{dedup.BasisPublished, "Copied from s1 (Valmora Courier, Dock strike ends): derived, 33% of this text",
			"Copied by c1 (Harbour Gazette, Strike over): derived, 33% of that text", "of the copy taken from the source", "direction unknown"},
		{dedup.BasisLength, "Shares text with s1 (Valmora Courier, Dock strike ends; direction unknown: same day or undated, no credit or dateline): derived, 33% of this text",
			"Shares text with c1 (Harbour Gazette, Strike over; direction unknown: same day or undated, no credit or dateline): derived, 33% of that text",
			"shared with the first (direction unknown: same day or undated, no credit or dateline)", "source"},
		{dedup.BasisOrder, "Shares text with s1", "Shares text with c1", "direction unknown", "copy"},
		{dedup.BasisDated, "Shares text with s1 (Valmora Courier, Dock strike ends; direction unknown: one is undated, no credit or dateline)",
			"Shares text with c1", "one is undated", "taken from"},
	}
	for _, tc := range tests {
		var from, by, list strings.Builder
		printArticle(&from, view.Article{Article: &article.Article{ID: "c1", Title: "Strike over"}, CopiedFrom: []view.Copy{rel(tc.basis)}})
		printArticle(&by, view.Article{Article: &article.Article{ID: "s1", Title: "Dock strike ends"}, CopiedBy: []view.Copy{rel(tc.basis)}})
		printCopy(&list, rel(tc.basis))
		if !strings.Contains(from.String(), tc.from) || !strings.Contains(by.String(), tc.by) {
			t.Errorf("%s: show of the copy:\n%s\nof the source:\n%s\nwant %q and %q", tc.basis, from.String(), by.String(), tc.from, tc.by)
		}
		if known := dedup.DirectionKnown(tc.basis); !known && (strings.Contains(from.String()+by.String(), "Copied") || strings.Contains(from.String(), "inserted")) {
			t.Errorf("%s: show says who copied:\n%s%s", tc.basis, from.String(), by.String())
		}
		if !strings.Contains(list.String(), tc.list) || strings.Contains(list.String(), tc.nots) {
			t.Errorf("%s: copies --list:\n%s\nwant %q, not %q", tc.basis, list.String(), tc.list, tc.nots)
		}
	}
}
