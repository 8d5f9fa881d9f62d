package compare

import (
	"strings"
	"testing"
)

// TestMergedMentionShown: of two mentions of one value in an article, one
// saying what it counts and one not, the row shows the one it pairs by
// (h/rows69): the Pellam yard's "three civilian employees" beside another
// article's, not the article's other "three people" of the Orbin attack.
func TestMergedMentionShown(t *testing.T) {
	r := run(t, mkArticles(
		"Base attack\nA student opened fire at the Orbin air station on Friday, killing three people in an attack.\nOn Wednesday, a sailor at the Pellam station opened fire on three civilian employees.",
		"Yard shooting\nOn Wednesday, a sailor at the Pellam yard shot three civilian employees and was then shot by a guard."))
	q := quantityOf(r, "a1", "three")
	if q == nil {
		t.Fatal("no row holds a1's three")
	}
	for _, v := range q.Values {
		if v.Article == "a0" && !strings.Contains(v.Sentence, "civilian employees") {
			t.Errorf("a0 shown with %q", v.Sentence)
		}
	}
}
