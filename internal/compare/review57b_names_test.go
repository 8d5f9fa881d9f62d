package compare

import (
	"strings"
	"testing"
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
