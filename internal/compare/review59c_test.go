package compare

import (
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
