package compare

import "testing"

// TestSpokenFiguresNoRows: figures said as a manner of speaking make no
// Numbers row (h/forms71, fresh55's Senate page): a speaker's hedge of
// two close values in a quotation ("hand them 98, 99 percent of
// Tolvancare"), "two steps forward, one step back", "a million reasons".
// A writer's own "99 percent of the riders" keeps its row. Each of the
// three fails before.
func TestSpokenFiguresNoRows(t *testing.T) {
	r := run(t, mkArticles(
		"Deal near\n“When you hand them 98, 99 percent of Tolvancare, I can’t picture this chamber ever going along,” said Rep. Ned Hask. Two steps forward, one step back. There are a million reasons to wait, Dunn said.",
		"Deal\nThe poll found 99 percent of the riders paid on time.",
	))
	for _, text := range []string{"99 percent", "Two", "a million"} {
		if q := quantityOf(r, "a0", text); q != nil {
			t.Errorf("%q: a row %+v", text, q)
		}
	}
	if q := quantityOf(r, "a1", "99 percent"); q == nil {
		t.Errorf("the riders' 99 percent lost its row: %+v", q)
	}
}
