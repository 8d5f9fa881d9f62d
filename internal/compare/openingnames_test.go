package compare

import (
	"slices"
	"testing"

	"github.com/parallax-news/parallax/internal/nlp"
)

// TestOpeningNamesOrder: when two person mentions open the sentence, one
// set off by a comma ("Ana Lind Kro, …") and one not ("Ana Lind"), the
// name is marked whatever the order of the entities: a later mention
// must not unmark what an earlier one marked.
func TestOpeningNamesOrder(t *testing.T) {
	an, err := nlp.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	const text = "Ana Lind Kro, a spokeswoman for the port, declined to comment."
	a := an.Analyze(nlp.Input{Paragraphs: []string{text}, Lang: "en"})
	short := nlp.Entity{Type: nlp.Person, Mentions: []nlp.Mention{{Span: nlp.Span{Start: 0, End: 8}, Text: "Ana Lind", Kind: nlp.MentionName}}}
	long := nlp.Entity{Type: nlp.Person, Mentions: []nlp.Mention{{Span: nlp.Span{Start: 0, End: 12}, Text: "Ana Lind Kro", Kind: nlp.MentionName}}}
	for _, ents := range [][]nlp.Entity{{short, long}, {long, short}} {
		a.Entities = ents
		if got := openingNames(&doc{an: a}, 0); !got[0] {
			t.Errorf("entities %q, %q: the opening name is not marked", ents[0].Mentions[0].Text, ents[1].Mentions[0].Text)
		}
	}
}

// TestLooseStatedBesideSure: a fact of one article that another states
// is no only-in claim, and every article that states it, at the looser
// score too, is named as stating it, not as lacking it, as before
// session 59: the third report's "chose Brin for the Harbour Court"
// states the pick of the second. Fails on main 72f9544b, which keeps the
// looser article apart (scored) only when no other states the fact, and
// otherwise drops it, listing it as "not in".
func TestLooseStatedBesideSure(t *testing.T) {
	arts := append(harbourJudgeArticles(),
		"Brin named to court\nGovernor Bo Park chose Tomas Brin for the Harbour Court on Monday. "+
			"Aides pointed to Marlow Shipping and the Ostra Dock Union. That dispute ended in 1991, before Lind came to the bench. The court sits in Ostra.")
	r := run(t, mkArticles(arts...))
	f := oneArticleFact(r, "picked Judge Tomas Brin")
	if f == nil {
		t.Fatalf("no fact of the second report's pick: %+v", r.Facts)
	}
	if !slices.Contains(f.StatedBy, "a3") || slices.Contains(f.MissingFrom, "a3") {
		t.Errorf("stated by %q, not in %q: want a3 stating it", f.StatedBy, f.MissingFrom)
	}
}
