package compare

import "testing"

// TestAddsReadAsShown60: what a member adds reads as the member's text
// on the page. A sentence that opens its paragraph on a wire's dateline
// is shown without it, and one written with two spaces between words is
// shown with one: the first clause it adds before "but" must read so
// too, or the page drops it (on main it was lost in both).
func TestAddsReadAsShown60(t *testing.T) {
	const want = "Captain Holm had sailed the northern route for many summers…"
	for _, first := range []string{
		"Captain Holm had sailed the northern route for many summers, but was stripped of his licence when the harbour board found he ignored the storm warning.",
		"HALM (Reuters) - Captain Holm had sailed the northern route for many summers, but was stripped of his licence when the harbour board found he ignored the storm warning.",
		"Captain Holm had sailed  the northern route for many summers, but was stripped of his licence when the harbour board found he ignored the storm warning.",
	} {
		r := run(t, mkArticles(
			"Harbour licence\n"+first+"\nWork is due to start in March.",
			"Licence taken\nThe harbour board found the captain ignored the storm warning and took away his licence.\nThe council meets again next week.",
		))
		s, ok := memberOf(r, "The harbour board found", "a0")
		if !ok {
			t.Fatalf("%q: no fact of both articles: %+v", first, r.Facts)
		}
		if s.Adds != want {
			t.Errorf("the member %q adds %q, want %q", s.Text, s.Adds, want)
		}
	}
}
