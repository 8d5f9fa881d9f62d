package view

import (
	"testing"

	"github.com/parallax-news/parallax/internal/compare"
	"github.com/parallax-news/parallax/internal/nlp"
)

func TestAddPhrases(t *testing.T) {
	an, err := nlp.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	c := compare.NewWordCounts()
	addPhrases(c, an.Analyze(nlp.Input{Paragraphs: []string{
		"Ferries to Port Aldine stopped on Tuesday. Harbour master Ines Valdane said Port Aldine would reopen soon.",
		"Valdane said the ferries would run again by Friday.",
	}}))
	surface := map[string]int{}
	for k, n := range c.Counts {
		surface[c.Surface[k]] += n
	}
	if surface["Port Aldine"] != 2 {
		t.Errorf("Port Aldine counted %d times as one phrase, want 2: %v", surface["Port Aldine"], surface)
	}
	for _, w := range []string{"port", "aldine"} {
		if surface[w] != 0 {
			t.Errorf("%q counted apart from its name: %v", w, surface)
		}
	}
	if surface["ferries"] != 2 {
		t.Errorf("ferries counted %d times, want 2 (other words by stem): %v", surface["ferries"], surface)
	}
}
