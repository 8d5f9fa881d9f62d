package compare

import (
	"testing"

	"github.com/parallax-news/parallax/internal/article"
)

// TestQuotedSpeaker: a fact's sentence that is a quotation's words gives
// its speaker when the sentence does not name them; the writer's own
// sentence and a quotation that names its speaker give none.
func TestQuotedSpeaker(t *testing.T) {
	a := &article.Article{ID: "a", Outlet: "Valley Courier", Title: "Reddin bridge to close", Paragraphs: []string{
		"The Reddin council voted on Tuesday to close the old bridge for two years.",
		"Mayor Ada Kessler defended the vote at a meeting with traders on Wednesday. \u201cThe old bridge is not safe for the lorries that cross it every morning. We cannot wait for another winter,\u201d she said.",
		"\u201cThe ferry will run every hour,\u201d Kessler said.",
	}}
	b := &article.Article{ID: "b", Outlet: "Northshore Times", Title: "Traders fear detour", Paragraphs: []string{
		"Traders in Reddin fear the detour will cost them customers.",
	}}
	r := run(t, []*article.Article{a, b})
	want := map[string]string{
		"\u201cThe old bridge is not safe for the lorries that cross it every morning.": "Ada Kessler",
		"We cannot wait for another winter,\u201d she said.":                            "Ada Kessler",
		"\u201cThe ferry will run every hour,\u201d Kessler said.":                      "",
		"The Reddin council voted on Tuesday to close the old bridge for two years.":    "",
	}
	seen := 0
	for _, f := range r.Facts {
		for _, s := range f.Sentences {
			w, ok := want[s.Text]
			if !ok {
				continue
			}
			seen++
			if s.Speaker != w {
				t.Errorf("%q: speaker %q, want %q", s.Text, s.Speaker, w)
			}
		}
	}
	if seen != len(want) {
		t.Errorf("found %d of the %d sentences among the facts: %+v", seen, len(want), r.Facts)
	}
}
