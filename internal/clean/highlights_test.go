package clean

import (
	"testing"

	"github.com/parallax-news/parallax/internal/article"
)

// TestHighlights: a box of story highlights over the text is set aside,
// its label and its bullets, up to the first sentence of the article; a
// bullet that ends with a full stop, and a mention of highlights further
// down, are text.
func TestHighlights(t *testing.T) {
	c := newCleaner(t)
	lead := "The Reddin council voted on Tuesday to close the old bridge for repairs, the mayor said."
	for _, tc := range []struct {
		name  string
		paras []string
		aside int // the paragraphs set aside, from the first
	}{
		{"a box of four", []string{
			"Story highlights Reddin's council closes the old bridge",
			"Repairs will take two years, the mayor says",
			"Traders fear the detour will cost them customers",
			"The ferry will run every hour",
			lead,
		}, 4},
		{"after a caption", []string{
			"The old bridge over the Reddin on Monday. (Photo: Jane Doe, Valley Courier) Story Highlights The council closes the old bridge",
			"Repairs will take two years",
			lead,
		}, 2},
		{"a bullet ending with a full stop", []string{
			"Story Highlights The council closes the old bridge",
			"Repairs will take two years, the mayor says.",
			lead,
		}, 1},
		{"no box", []string{
			lead,
			"Story highlights of the evening were the speeches",
			"Traders fear the detour will cost them customers",
		}, 0},
	} {
		a := &article.Article{Outlet: "Valley Courier", Language: "en", Paragraphs: tc.paras}
		for i, p := range c.Clean(a, nil).Paras {
			if aside := p.Verdict != Text; aside != (i < tc.aside) {
				t.Errorf("%s: paragraph %d %q set aside %v (%s), want %v", tc.name, i, tc.paras[i], aside, p.Reason, i < tc.aside)
			}
		}
	}
}
