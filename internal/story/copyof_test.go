package story

import (
	"testing"
	"time"
)

func TestCopyJoinsSourceStory(t *testing.T) {
	at := time.Date(2026, 4, 14, 10, 0, 0, 0, time.UTC)
	src := Doc{ID: "src", Outlet: "Continental Wire", Title: "Floods cut off Reddin valley villages", Published: at, HasTime: true,
		Paragraphs: []string{"Floodwater cut off six villages in the Reddin valley after record rainfall, the civil protection agency said."}}
	other := Doc{ID: "other", Outlet: "Capital Post", Title: "Central bank raises rates", Published: at.Add(time.Hour), HasTime: true,
		Paragraphs: []string{"The National Bank of Estria raised its main interest rate to 4.25% on Thursday."}}
	// A "copy" whose text alone would start a story of its own: only the
	// copy relation puts it with its source.
	cp := Doc{ID: "copy", Outlet: "Northshore Times", Title: "Museum reopens", Published: at.Add(2 * time.Hour), HasTime: true,
		Paragraphs: []string{"The maritime museum reopened after a long restoration of its warehouse."}, CopyOf: "src"}
	late := cp
	late.ID, late.CopyOf, late.SourceStory = "late", "", "" // no relation: its own story

	c := New(DefaultConfig(), NewTextExtractor())
	s1 := c.Add(src).Story
	s2 := c.Add(other).Story
	if d := c.Add(late); d.Story == s1 || !d.New {
		t.Errorf("the copy's text alone joined %s (new %v), want a story of its own", d.Story, d.New)
	}
	d := c.Add(cp)
	if d.Story != s1 || d.New || d.Parts["copy"] != 1 {
		t.Errorf("copy decision = %+v, want it in the source's story %s", d, s1)
	}
	// By story id, as a caller that knows the source's story passes it.
	byID := cp
	byID.ID, byID.CopyOf, byID.SourceStory = "copy2", "", s2
	if d := c.Add(byID); d.Story != s2 {
		t.Errorf("SourceStory: joined %s, want %s", d.Story, s2)
	}
	var r recentStories
	for i := 0; i < recentKeep+10; i++ {
		r.put(string(rune('a'+i%26))+string(rune(i)), "s")
	}
	if len(r.story) > recentKeep || len(r.order) != recentKeep {
		t.Errorf("recent keeps %d articles, want at most %d", len(r.story), recentKeep)
	}
}
