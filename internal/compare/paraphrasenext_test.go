package compare

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/article"
)

// TestParaphraseNextCountsSharedOnce: a sentence and the next one of
// another article state a fact together only by what the two hold of it
// between them, each feature once. A voter's words on a candidate are
// not told by another outlet's sentence on the candidate and the next
// one quoting her, both naming her and each holding a quarter of the
// line's weight: summed, the name they repeat counted twice and the pair
// held half the line (the shape of OQ|f4808b11ef39eafe:23:126, lost in
// session 62). Fails on main ada5d2f5.
func TestParaphraseNextCountsSharedOnce(t *testing.T) {
	if stated := statedElsewhere(t, mkArticles(
		"Lund in Tarvo\nThe campaign reached Tarvo on Friday. “I came for Anna Lund,” said Olaf Tanner.",
		"Ferry rally\nThe campaign reached Tarvo on Friday. Anna Lund spoke at the harbour rally. “We need the ferry,” Anna Lund told the crowd."), "Tanner"); stated {
		t.Error("Olaf Tanner's line is stated in the other article")
	}
}

// statedElsewhere reports whether the first article's sentence holding
// part, taken as a fact of its own, is stated in other words in another
// article (paraphrasedIn).
func statedElsewhere(t *testing.T, arts []*article.Article, part string) bool {
	t.Helper()
	docs, _ := prepare(arts, nil, newAnalyzer(t))
	var sents []*sent
	x := -1
	for _, d := range docs {
		for i := range d.sents {
			if d.idx == 0 && strings.Contains(d.sents[i].text, part) {
				x = len(sents)
			}
			sents = append(sents, &d.sents[i])
		}
	}
	if x < 0 {
		t.Fatalf("no sentence holding %q", part)
	}
	al, ft := newAligned(sents)
	g := &factGroup{members: []int{x}, docs: map[int]bool{0: true}}
	stated, _, _ := paraphrasedIn(docs, al, ft, []*factGroup{g}, defaultAlign)
	return len(stated[g]) > 0
}

// TestNextHoldsCountsWhatTheSentenceLacks: the next sentence adds the
// weight and rare features of x it holds and the sentence before it does
// not; pairs of words and features of too many sentences add nothing.
func TestNextHoldsCountsWhatTheSentenceLacks(t *testing.T) {
	ft := &featureTable{
		names:  []string{"w:ferri", "e:0", "w:toll", "w:pier", "b:ferri toll", "w:harbour"},
		weight: []float64{1, 2, 3, 5, 7, 11},
		df:     []int{2, 3, 2, 9, 2, 8*candidateDF + 1},
	}
	x := aligned{feats: []int{0, 1, 2, 3, 4, 5}}
	y := aligned{feats: []int{0, 1}}
	next := aligned{feats: []int{1, 2, 3, 4, 5}}
	// e:0 is in both (counted with y alone), b: is a pair, w:harbour is in
	// too many sentences: the next adds w:toll (rare) and w:pier (not).
	if w, n := nextHolds(x, y, next, ft, 3); w != 8 || n != 1 {
		t.Errorf("nextHolds = %v, %d, want 8, 1", w, n)
	}
}

// TestParaphraseNextInOneParagraph: a sentence and the next state a fact
// together only within one paragraph. A voter's "We just don't care for
// Lund here" is not told by the last line of another voter's quotation,
// which holds "care" only in "carefully", and the paragraph after it on
// voters who "don't back the Lund campaign"; the same two sentences in
// one paragraph still state it (the pair is read as before). The first
// case fails on main ada5d2f5.
func TestParaphraseNextInOneParagraph(t *testing.T) {
	a := "Lund in Tarvo\nThe campaign reached Tarvo on Friday.\nOla Brekke voted early at the library. She added, “We just don't care for Lund here.”"
	for _, c := range []struct {
		b      string
		stated bool
	}{
		{"Ferry rally\nThe campaign reached Tarvo on Friday.\n“I have been listening carefully for a long time,” Mara Holt said.\nOther voters said they don't back the Lund campaign.", false},
		{"Ferry rally\nThe campaign reached Tarvo on Friday.\n“I have been listening carefully for a long time,” Mara Holt said. Other voters said they don't back the Lund campaign.", true},
	} {
		if got := statedElsewhere(t, mkArticles(a, c.b), "care for"); got != c.stated {
			t.Errorf("%q: stated %v, want %v", c.b, got, c.stated)
		}
	}
}
