package clean

import (
	"testing"

	"github.com/parallax-news/parallax/internal/article"
)

// TestHighlights: the label of a box of story highlights over the text is
// cut from the box's first line, which stays text with the other lines; a
// paragraph further down that opens with the same words is left whole.
func TestHighlights(t *testing.T) {
	c := newCleaner(t)
	lead := "The Reddin council voted on Tuesday to close the old bridge for repairs, the mayor said."
	for _, tc := range []struct {
		name  string
		paras []string
		at    int    // the paragraph with the label, -1 for none
		kept  string // what is kept of it
	}{
		{"a box", []string{
			"Story highlights Reddin's council closes the old bridge",
			"Repairs will take two years, the mayor says",
			lead,
		}, 0, "Reddin's council closes the old bridge"},
		{"capitals, under a byline", []string{
			"By Jane Doe, Valley Courier",
			"Story Highlights  The council closes the old bridge",
			lead,
		}, 1, "The council closes the old bridge"},
		{"no box", []string{
			lead,
			"Story highlights of the evening were the speeches",
		}, -1, ""},
	} {
		a := &article.Article{Outlet: "Valley Courier", Language: "en", Paragraphs: tc.paras}
		v := c.Clean(a, nil)
		for i, p := range v.Paras {
			if i != tc.at {
				if len(p.Cuts) > 0 && p.Cuts[0].Reason == "the label of a box of story highlights" {
					t.Errorf("%s: paragraph %d %q cut: %+v", tc.name, i, tc.paras[i], p.Cuts)
				}
				continue
			}
			if p.Verdict != Mixed || len(p.Cuts) != 1 || tc.paras[i][p.Cuts[0].End:] != tc.kept {
				t.Errorf("%s: paragraph %d %q: verdict %s, cuts %+v; want the label cut, %q kept", tc.name, i, tc.paras[i], p.Verdict, p.Cuts, tc.kept)
			}
		}
	}
}
