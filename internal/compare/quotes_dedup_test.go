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

// TestQuoteReprintedOnceAnyCase: a page that prints a passage twice, once
// capitalised and once with other punctuation, lists it in one group.
func TestQuoteReprintedOnceAnyCase(t *testing.T) {
	a := &article.Article{ID: "a", Outlet: "Valley Courier", Title: "Reddin council votes on bridge", Paragraphs: []string{
		"\u201cCome and see the vote tonight,\u201d Mayor Ada Lund wrote on Monday.",
		"The council meets at six.",
		"Lund urged residents: \u201ccome and see the vote tonight.\u201d",
	}}
	b := &article.Article{ID: "b", Outlet: "Northshore Times", Title: "Reddin council votes", Paragraphs: []string{"The Reddin council votes on the bridge tonight."}}
	r := run(t, []*article.Article{a, b})
	n := 0
	for _, g := range r.Quotes {
		for _, u := range g.Quotes {
			if printedKey(u.Text) == "come and see the vote tonight" {
				n++
			}
		}
	}
	if n != 1 {
		t.Errorf("the passage is listed %d times, want once: %+v", n, r.Quotes)
	}
	for text, want := range map[string]string{"Didn\u2019t we, Ada?": "didnt we ada", "  didn't   WE ada ": "didnt we ada"} {
		if got := printedKey(text); got != want {
			t.Errorf("printedKey(%q) = %q, want %q", text, got, want)
		}
	}
}
