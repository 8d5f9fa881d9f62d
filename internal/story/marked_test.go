package story

import (
	"slices"
	"testing"
)

// TestMarkedPieceNeverTitles: a piece its outlet marks as a column or an
// analysis (Doc.Kind) gives no event its title while a piece without the
// mark is there, even when that piece's headline is poorer in form (an
// explainer's "Why …") and the marked pieces' headlines read as straight
// news; an event of marked pieces alone still gets a title. The same
// headlines without the marks give a straight report's title.
func TestMarkedPieceNeverTitles(t *testing.T) {
	fs := slices.Clone(unnamedFirst)
	fs[0].title = "Why Solvik left Brennholm's town hall"
	docs := docsOf(fs)
	docs[1].Kind, docs[2].Kind = "analysis", "opinion"
	c, tr, _ := run(t, DefaultConfig(), docs)
	checkEvents(t, tr, fs)
	s, ok := c.Story(tr.Event("un-a"))
	if !ok {
		t.Fatal("event not active")
	}
	if s.TitleArticle != "un-a" {
		t.Errorf("title %q (from %s), want the unmarked piece's headline", s.Title, s.TitleArticle)
	}

	c, tr, _ = run(t, DefaultConfig(), docsOf(fs))
	if s, _ := c.Story(tr.Event("un-a")); s.TitleArticle == "un-a" {
		t.Errorf("without marks: title %q, want a straight report's headline", s.Title)
	}

	docs = docsOf(fs)
	for i := range docs {
		docs[i].Kind = "opinion"
	}
	c, tr, _ = run(t, DefaultConfig(), docs)
	if s, _ := c.Story(tr.Event("un-a")); s.Title == "" {
		t.Errorf("an event of marked pieces alone has no title")
	}
}

// TestMarkedHeadline: the outlet's mark makes any titled headline
// Marked, a commentary ranked after every other titled kind and before
// none; without the mark the same headline is news.
func TestMarkedHeadline(t *testing.T) {
	d := Doc{Title: "Brennholm mayor Solvik resigns over harbour dredging fight"}
	if h := classifyHeadline(d); h != News {
		t.Fatalf("unmarked report: %v", h)
	}
	d.Kind = "analysis"
	if h := classifyHeadline(d); h != Marked || !commentary(h) {
		t.Errorf("marked report: %v, commentary %v", h, commentary(h))
	}
	if h := classifyHeadline(Doc{Kind: "opinion"}); h != NoTitle {
		t.Errorf("marked piece without a title: %v", h)
	}
	for _, h := range []Headline{News, Short, Question, FirstPerson, Opinion, Explainer} {
		if h.rank() >= Marked.rank() {
			t.Errorf("%v ranks %d, not before marked (%d)", h, h.rank(), Marked.rank())
		}
	}
	if NoTitle.rank() <= Marked.rank() {
		t.Errorf("no title ranks %d, not after marked (%d)", NoTitle.rank(), Marked.rank())
	}
}
