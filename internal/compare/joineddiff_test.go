package compare

import (
	"strings"
	"testing"
)

// TestAlteredDiffOfJoinedExcerpts: when the longer quote joins two
// excerpts of a speech, the altered line compares the other quote with the
// excerpt it corresponds to; the other excerpt is no words added.
func TestAlteredDiffOfJoinedExcerpts(t *testing.T) {
	r := run(t, mkArticles(
		"Harbour mayor speaks to the port council\nMayor Rolf Vane spoke to the Valmora port council on Monday about the dock levy. "+
			"\"I know that whichever bench of this old hall you sit, you back the harbour and the crews who work its cranes,\" Vane said.",
		"Harbour mayor addresses port council\nMayor Rolf Vane addressed the Valmora port council on Monday on the dock levy. "+
			"\"I am sorry some call my visit a stunt,\" Vane said. \"I know that whichever bench of this old hall you sit on, you back the harbour and the crews who work its cranes.\"",
	))
	found := false
	for _, g := range r.Quotes {
		for _, d := range g.Diffs {
			if d.Kind != QuoteAltered {
				continue
			}
			found = true
			if strings.Contains(d.Inline, "sorry") || !strings.Contains(d.Inline, "{+on,+}") {
				t.Errorf("diff %q", d.Inline)
			}
		}
	}
	if !found {
		t.Fatalf("no altered quote: %+v", r.Quotes)
	}
}
