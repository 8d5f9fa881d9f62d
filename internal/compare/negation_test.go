package compare

import (
	"slices"
	"testing"

	"github.com/parallax-news/parallax/internal/nlp"
)

// TestNegatedInOne: a sentence that negates what another states is a
// contradiction; a possibility, a question, someone's quoted words, a
// negation both share or two negations of one thing in other words are
// not.
func TestNegatedInOne(t *testing.T) {
	an := newAnalyzer(t)
	first := func(text string) nlp.Sentence {
		return an.Analyze(nlp.Input{Paragraphs: []string{text}}).Sentences[0]
	}
	for _, tc := range []struct {
		a, b string
		want []string
	}{
		{"The council apologized for the flooding of the library.", "The council's statement offered no apology for the flooding of the library.", []string{"apologized", "no apology"}},
		{"The mayor did not resign on Friday.", "The mayor resigned on Friday.", []string{"not resign", "resigned"}},
		{"It is unclear whether or not the mayor resigned.", "The mayor resigned.", nil},
		{`The mayor told reporters: "I did not resign."`, "The mayor resigned.", nil},
		{"Officials could not confirm the closure of the port.", "Officials confirmed the closure of the port.", nil},
		{"The mayor did not resign.", "The mayor never resigned.", nil},
		{"The mayor not only resigned but left town.", "The mayor resigned.", nil},
		{"Few dockworkers haven't had the experience of being searched at the gate.", "Few dockworkers haven't been searched at the gate, he said.", nil},
	} {
		if got := negatedInOne(first(tc.a), first(tc.b)); !slices.Equal(got, tc.want) {
			t.Errorf("negatedInOne(%q, %q) = %q, want %q", tc.a, tc.b, got, tc.want)
		}
	}
}
