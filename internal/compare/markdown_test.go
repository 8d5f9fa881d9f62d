package compare

import (
	"slices"
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

// TestMarkdownOnlyInListsWhatDiffersCounts: the "Only in" lists give the
// facts What differs counts for an outlet of two articles, a fact its
// second article also tells in other words among them (marked so when
// that article surely tells it, ToldBy; not when the looser search alone
// found it, StatedBy: session 57's four pages of false marks), and never
// a fact that another outlet states.
func TestMarkdownOnlyInListsWhatDiffersCounts(t *testing.T) {
	fact := func(text string, by, stated []string) Fact {
		return Fact{Coverage: CoverageOne, ReportedBy: by, StatedBy: stated, ToldBy: stated, Sentences: []FactSentence{{Article: by[0], Text: text}}}
	}
	loose := fact("The lighthouse keepers carry the weight of the office.", []string{"g2"}, []string{"g1"})
	loose.ToldBy = nil
	r := &Report{
		Articles: []Article{{ID: "g1", Outlet: "Harbour Gazette"}, {ID: "g2", Outlet: "Harbour Gazette"}, {ID: "p", Outlet: "Port Post"}},
		Facts: []Fact{
			fact("The ferry fleet gains two boats in May.", []string{"g1"}, nil),
			fact("The pier repairs cost the town 40,000 crowns.", []string{"g2"}, []string{"g1"}),
			fact("The harbour master walked the quay at dawn.", []string{"g1"}, []string{"p"}),
			fact("The Post's reader poll favours the new ferry.", []string{"p"}, nil),
			loose,
		},
	}
	var b strings.Builder
	if err := WriteMarkdown(&b, r); err != nil {
		t.Fatal(err)
	}
	md := b.String()
	for _, w := range []string{
		"### Only in Harbour Gazette (1): 1 sentence\n\n- The ferry fleet gains two boats in May.",
		"### Only in Harbour Gazette (2): 2 sentences\n\n- The pier repairs cost the town 40,000 crowns. *(also told in other words by Harbour Gazette (1), of the same outlet)*\n- The lighthouse keepers carry the weight of the office.\n",
		"### Only in Port Post: 1 sentence",
	} {
		if !strings.Contains(md, w) {
			t.Errorf("markdown lacks %q:\n%s", w, md)
		}
	}
	if strings.Contains(md, "walked the quay") {
		t.Errorf("a fact another outlet states is listed as only one outlet's:\n%s", md)
	}
	var counts []string
	for _, d := range newDiffCtx(r).onlyFacts() {
		counts = append(counts, d.Text)
	}
	if want := "Only Harbour Gazette reports 3 facts the other leaves out"; !slices.Contains(counts, want) {
		t.Errorf("What differs = %q, want %q (as many as the lists give)", counts, want)
	}
}

// TestOutletCountsNamesPartOfAnOutlet checks that a not-in list names an
// outlet bare only when every article of it is listed: one of its two
// articles is named by its label, both are counted.
func TestOutletCountsNamesPartOfAnOutlet(t *testing.T) {
	outlet := map[string]string{"a1": "Post", "a2": "Post", "b1": "Ledger", "c1": "Courier", "c2": "Courier"}
	total := map[string]int{"Post": 2, "Ledger": 1, "Courier": 2}
	names := map[string]string{"a1": "Post (1)", "a2": "Post (2)", "b1": "Ledger", "c1": "Courier (1)", "c2": "Courier (2)"}
	for _, tc := range []struct {
		ids  []string
		want string
	}{
		{[]string{"a2", "b1", "c1", "c2"}, "Post (2), Ledger, Courier ×2"},
		{[]string{"b1", "a1", "a2"}, "Ledger, Post ×2"},
		{[]string{"c2", "a1"}, "Courier (2), Post (1)"},
	} {
		if got := outletCounts(outlet, total, names, tc.ids); got != tc.want {
			t.Errorf("outletCounts(%v) = %q, want %q", tc.ids, got, tc.want)
		}
	}
}

// TestQuietFormsOncePerEntity: an entity whose forms differ only quietly
// is listed once with each form once, not as one entry per pair of forms.
func TestQuietFormsOncePerEntity(t *testing.T) {
	n := Name{Entity: "Harbour Office", Variants: []Variant{
		{Kind: VariantAbbreviation, Forms: [2]string{"HO", "Harbour Office"}},
		{Kind: VariantAbbreviation, Forms: [2]string{"HO", "Velmar Harbour Office"}},
		{Kind: VariantShort, Forms: [2]string{"Harbour Office", "Velmar Harbour Office"}},
	}}
	if got, want := quietForms(n), "HO / Harbour Office / Velmar Harbour Office (abbreviation, short)"; got != want {
		t.Errorf("quietForms = %q, want %q", got, want)
	}
	if got := quietForms(Name{Entity: "Velmar"}); got != "" {
		t.Errorf("quietForms of no variant = %q, want empty", got)
	}
}
