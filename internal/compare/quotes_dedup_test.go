package compare

import (
	"testing"

	"github.com/parallax-news/parallax/internal/article"
)

// TestQuoteUseListedOnce: a page that prints a passage twice quotes it
// once in its group.
func TestQuoteUseListedOnce(t *testing.T) {
	line := "\u201cThe bridge will stay shut until the spring,\u201d Mayor Ada Lund said on Monday."
	a := &article.Article{ID: "a", Outlet: "Valley Courier", Title: "Reddin bridge to close", Paragraphs: []string{line, "Traders fear the detour.", line}}
	b := &article.Article{ID: "b", Outlet: "Northshore Times", Title: "Bridge shut", Paragraphs: []string{line}}
	r := run(t, []*article.Article{a, b})
	for _, g := range r.Quotes {
		seen := map[string]bool{}
		for _, u := range g.Quotes {
			if k := u.Article + "\x00" + u.Text; seen[k] {
				t.Errorf("group %+v lists %s's %q twice", g, u.Article, u.Text)
			} else {
				seen[k] = true
			}
		}
	}
}
