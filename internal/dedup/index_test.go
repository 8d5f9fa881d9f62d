package dedup

import (
	"context"
	"fmt"
	"testing"
)

func TestIndexCandidates(t *testing.T) {
	ctx := context.Background()
	cfg := DefaultConfig()
	cfg.MaxPostings = 3
	cfg.StarLinks = 1
	idx, err := NewIndex(cfg, NewMemPostings())
	if err != nil {
		t.Fatal(err)
	}
	s, _ := NewSigner(cfg)
	// boilerplate paragraph shared by four documents: more than MaxPostings.
	boiler := "Subscribe to our newsletter to receive the morning briefing in your inbox every weekday, with the stories our editors chose for you."
	for i := range 4 {
		d := Doc{Paragraphs: []string{fmt.Sprintf("Story %d is about something else entirely, number %d.", i, i*7), boiler}}
		if err := idx.Add(ctx, fmt.Sprint("b", i), s.Sign(d)); err != nil {
			t.Fatal(err)
		}
	}
	if err := idx.Add(ctx, "bridge", s.Sign(Doc{Paragraphs: bridgeReport})); err != nil {
		t.Fatal(err)
	}
	hits, err := idx.Candidates(ctx, s.Sign(Doc{Paragraphs: append(edit(bridgeReport, "voted", "decided"), boiler)}))
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) == 0 || hits[0].ID != "bridge" || hits[0].Bands == 0 || hits[0].Marks < cfg.MinMarks {
		t.Fatalf("hits %+v, want bridge first with bands and marks", hits)
	}
	// the boilerplate marks are in more than MaxPostings documents: they
	// make no candidate (a chance LSH band still may; verification drops it)
	for _, h := range hits[1:] {
		if h.Marks > 0 {
			t.Errorf("boilerplate counted: %+v", h)
		}
	}
	hits, _ = idx.Candidates(ctx, s.Sign(Doc{Paragraphs: bridgeReport}))
	if len(hits) != 1 || !hits[0].Text {
		t.Errorf("same text: hits %+v", hits)
	}
	for _, k := range s.Sign(Doc{Paragraphs: bridgeReport}).Keys(cfg.Bands) {
		if KindOf(k) > KeyParagraph {
			t.Fatalf("bad key kind %d", KindOf(k))
		}
	}
}
