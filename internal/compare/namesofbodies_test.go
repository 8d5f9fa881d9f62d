package compare

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/nlp"
)

// TestNoCommentOfBodiesNamedWithOf: two bodies whose names share only
// "of" ("the Port Authority of Ostra", "the Bank of Dalmar") are two
// different people asked for comment: the stock line said of each is
// no agreement (review57b: the stop words of a linked name counted as
// a word of a name in common).
func TestNoCommentOfBodiesNamedWithOf(t *testing.T) {
	r := run(t, mkArticles(
		"Ostra ferry deal\nThe Ostra council approved the ferry contract with Dalmar Ports on Tuesday. "+
			"The contract runs for ten years. "+
			"The Port Authority of Ostra did not immediately reply to our comment request.",
		"Ostra council backs ferry deal\nThe Ostra council approved the ferry contract with Dalmar Ports on Tuesday. "+
			"The contract runs for ten years. "+
			"The Bank of Dalmar did not immediately reply to our comment request.",
		"Ferry vote in Ostra\nCouncillors in Ostra voted on the ferry contract on Tuesday. Officials praised the volunteers.",
	))
	for _, f := range r.Facts {
		if len(f.ReportedBy) < 2 {
			continue
		}
		var texts []string
		for _, s := range f.Sentences {
			texts = append(texts, s.Text)
		}
		if all := strings.Join(texts, " | "); strings.Contains(all, "Authority") || strings.Contains(all, "Bank") {
			t.Errorf("one fact group of two bodies' no-comment lines: %s", all)
		}
	}
}

// TestShownNameOutOfRange: an id that names no entity of the article
// gives no name (it panicked on a negative id or a doc without shown
// names); a doc prepare did not fill gives the article's own name.
func TestShownNameOutOfRange(t *testing.T) {
	d := &doc{an: &nlp.Analysis{Entities: []nlp.Entity{{ID: 0, Name: "Ana Ruiz", Type: nlp.Person}}}}
	for _, id := range []int{-1, 1, 7} {
		if got := d.shownName(id); got != "" {
			t.Errorf("shownName(%d) = %q, want \"\"", id, got)
		}
	}
	if got := d.shownName(0); got != "Ana Ruiz" {
		t.Errorf("shownName(0) = %q, want the article's own name", got)
	}
	d.shown = []string{"Ana M. Ruiz"}
	if got := d.shownName(0); got != "Ana M. Ruiz" {
		t.Errorf("shownName(0) = %q, want the shown name", got)
	}
}
