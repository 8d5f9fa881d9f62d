package compare

import (
	"strings"
	"testing"
	"time"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/dedup"
)

// wireBody is a made-up wire story of our own, long enough for the copy
// detector to find it shared.
var wireBody = []string{
	"Harbour officials in Port Vellin closed the northern quay on Tuesday after inspectors found cracks running along the old sea wall, the port authority said.",
	"The closure will divert about forty cargo ships a week to the southern terminal while engineers decide whether the wall can be repaired or must be rebuilt.",
	"Dock workers said the cracks had been reported twice last winter and that nothing was done until a crane operator noticed water seeping into a storage shed.",
	"The port authority said it would publish the inspectors' full findings next month and that no one had been hurt.",
	"Shipping companies warned that the diversion could add two days to deliveries of grain and timber during the busiest weeks of the harvest season.",
}

func wireArticle(id, outlet, url string, day int, authors []string, lead string, tail ...string) *article.Article {
	ps := append([]string{lead}, wireBody...)
	ps = append(ps, tail...)
	return &article.Article{ID: id, Outlet: outlet, URL: url, Title: "Port Vellin closes quay over cracked sea wall", Authors: authors,
		Published: article.DateOf(time.Date(2024, 3, day, 0, 0, 0, 0, time.UTC)), Paragraphs: ps}
}

// copySection returns the Markdown Copying section and the copy lines of
// What differs.
func copySection(t *testing.T, r *Report) (string, []string) {
	t.Helper()
	var md strings.Builder
	if err := WriteMarkdown(&md, r); err != nil {
		t.Fatal(err)
	}
	sec := md.String()[strings.Index(md.String(), "## Copying"):]
	sec = sec[:strings.Index(sec, "## Timeline")]
	var diffs []string
	for _, d := range r.Differences {
		if d.Kind == DiffCopy {
			diffs = append(diffs, d.Text)
		}
	}
	return sec, diffs
}

// TestSharedWireIsNoCopy: two outlets that carry the same wire story, one
// crediting the agency in its byline and the other in a credit line at
// its end (or only one of them crediting it), did not copy each other:
// the report says both carry the wire text, never that one copies the
// other and changes its words. On main the pair was "X copies Y" (read55,
// s239631e85c3a61da).
func TestSharedWireIsNoCopy(t *testing.T) {
	for _, tc := range []struct {
		name string
		a, b *article.Article
		both bool
	}{
		{"byline and credit line",
			wireArticle("w1", "Daily Ledger", "https://ledger.example/a", 5, []string{"Associated Press"}, "Port Vellin, the country's second port, shut part of its docks."),
			wireArticle("w2", "Evening Courier", "https://courier.example/b", 6, nil, "A cracked sea wall has shut a quay at Port Vellin.", "The Associated Press contributed to this report."),
			true},
		{"dateline and wire tag",
			wireArticle("w1", "Daily Ledger", "https://ledger.example/wires/ap/a", 5, nil, "PORT VELLIN (AP) — A quay was shut."),
			wireArticle("w2", "Evening Courier", "https://courier.example/b", 5, []string{"Jane Roe", "Associated Press"}, "A cracked sea wall has shut a quay at Port Vellin."),
			true},
		{"one credits it",
			wireArticle("w1", "Daily Ledger", "https://ledger.example/a", 5, nil, "Port Vellin, the country's second port, shut part of its docks.", "Reuters contributed to this report."),
			wireArticle("w2", "Evening Courier", "https://courier.example/b", 5, []string{"Jane Roe"}, "A cracked sea wall has shut a quay at Port Vellin, the Daily Ledger's home town."),
			false},
	} {
		r := run(t, []*article.Article{tc.a, tc.b})
		var c *Copy
		for i := range r.Copies {
			if r.Copies[i].Kind != KindSharesQuotes {
				c = &r.Copies[i]
			}
		}
		if c == nil {
			t.Fatalf("%s: no copy relation found: %+v", tc.name, r.Copies)
		}
		if c.Wire == "" || c.WireBoth != tc.both || c.DirectionKnown {
			t.Errorf("%s: relation %+v, want a wire both carry (both credit: %v), direction unknown", tc.name, *c, tc.both)
		}
		sec, diffs := copySection(t, r)
		want := "both carry the same wire text"
		if !tc.both {
			want = "both likely carry the same wire text"
		}
		if !strings.Contains(sec, want) || strings.Contains(sec, "copy of") || strings.Contains(sec, "added:") {
			t.Errorf("%s: Copying section\n%s\nwant %q, no copier", tc.name, sec, want)
		}
		for _, d := range diffs {
			if strings.Contains(d, " copies ") || strings.Contains(d, "changes") {
				t.Errorf("%s: What differs says %q", tc.name, d)
			}
		}
		for _, d := range r.Differences {
			if strings.Contains(d.Text, "in its copy") {
				t.Errorf("%s: What differs says %q", tc.name, d.Text)
			}
		}
	}
}

// TestAgencyCreditNotMention: naming an agency in the story ("phone
// records of the agency") is no credit; an agency's own article is the
// source of the outlets that carry it.
func TestAgencyCreditNotMention(t *testing.T) {
	a := &article.Article{Outlet: "Daily Ledger", Paragraphs: []string{"Investigators seized phone records of The Associated Press last month.", "The mayor said he would resign."}}
	if got := WireCredits(a); len(got) != 0 {
		t.Errorf("a mention read as credit: %v", got)
	}
	src := &doc{art: &article.Article{Outlet: "Reuters", Paragraphs: []string{"LONDON (Reuters) - Rates rose."}}}
	cp := &doc{art: &article.Article{Outlet: "Daily Ledger", Paragraphs: []string{"Rates rose.", "Reuters contributed to this report."}}}
	if w, _ := sharedWire(src, cp, wireCredits); w != "" {
		t.Errorf("the agency's own article read as a wire both carry: %q", w)
	}
}

// TestOwnUpdateShown: one outlet's later report that repeats its earlier
// one is shown as the outlet's update, not as a copy or only as shared
// quotes (read55: an NPR next-day report of s136663839205408f).
func TestOwnUpdateShown(t *testing.T) {
	a := wireArticle("u1", "Daily Ledger", "https://ledger.example/quay", 5, []string{"Jane Roe"}, "Port Vellin shut part of its docks on Tuesday.")
	b := wireArticle("u2", "Daily Ledger", "https://ledger.example/quay-update", 6, []string{"Jane Roe"}, "Engineers began work on Wednesday on the cracked sea wall that shut a quay at Port Vellin a day earlier.")
	r := run(t, []*article.Article{a, b})
	sec, diffs := copySection(t, r)
	if !strings.Contains(sec, "an update or second version of its report") || strings.Contains(sec, "copy of") {
		t.Errorf("Copying section\n%s\nwant the outlet's own update", sec)
	}
	for _, d := range diffs {
		if strings.Contains(d, " copies ") {
			t.Errorf("What differs says %q", d)
		}
	}
	// Only quotes in common: still the outlet's later report.
	c := Copy{Source: "u1", Copy: "u2", Kind: KindSharesQuotes, Share: 0.08, SameOutlet: true, Inserted: []string{}, Removed: []string{}, Substituted: []string{}}
	r.Copies = []Copy{c}
	sec, _ = copySection(t, r)
	if !strings.Contains(sec, "is a later report of the same outlet as") {
		t.Errorf("Copying section\n%s\nwant the outlet's later report", sec)
	}
}

// TestCopyListsNoStubs: the added and left-out passages of a copy are
// listed only from four words (no "Regarding" or "their job" stubs), at
// most maxListedPassages each, the rest counted (read55 copying-clutter).
func TestCopyListsNoStubs(t *testing.T) {
	stubs := []string{"Regarding", "their job", "in the harbour town", "the port authority said on Monday"}
	if got := listed(dedup.KindDerived, stubs); len(got) != 2 {
		t.Errorf("listed kept %q of a derived copy", got)
	}
	if got := listed(dedup.KindNearDuplicate, stubs); len(got) != 4 {
		t.Errorf("listed kept %q of a near-duplicate", got)
	}
	r := storyReport()
	r.Copies[1].Basis = "published"
	r.Copies[1].Inserted = nil
	for i := 0; i < 14; i++ {
		r.Copies[1].Inserted = append(r.Copies[1].Inserted, "a passage of several words here")
	}
	sec, _ := copySection(t, r)
	if n := strings.Count(sec, "  - added:"); n != maxListedPassages || !strings.Contains(sec, "and 4 more passages added") {
		t.Errorf("Copying section lists %d added passages:\n%s", n, sec)
	}
}
