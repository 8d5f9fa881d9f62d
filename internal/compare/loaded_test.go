package compare

import (
	"testing"

	"github.com/parallax-news/parallax/internal/nlp"
)

// TestLoadedWordOfTheNextNoun: a name that modifies the noun after it
// ("the embattled Harbour Board chairman") takes no loaded word before it
// as its own; a name followed by its verb does.
func TestLoadedWordOfTheNextNoun(t *testing.T) {
	an := newAnalyzer(t)
	s := an.Analyze(nlp.Input{Paragraphs: []string{"The embattled Harbour Board chairman met dockworkers."}}).Sentences[0]
	m := mention{start: tokenStart(s, "Harbour"), end: tokenEnd(s, "Board")}
	if !modifiesNoun(s, m) {
		t.Errorf("Harbour Board does not modify chairman in %q", s.Text)
	}
	s = an.Analyze(nlp.Input{Paragraphs: []string{"The embattled Harbour Board said on Tuesday it would meet."}}).Sentences[0]
	m = mention{start: tokenStart(s, "Harbour"), end: tokenEnd(s, "Board")}
	if modifiesNoun(s, m) {
		t.Errorf("Harbour Board modifies a noun in %q", s.Text)
	}
}

func tokenStart(s nlp.Sentence, surface string) int {
	for _, t := range s.Tokens {
		if t.Surface == surface {
			return t.Start
		}
	}
	return -1
}

func tokenEnd(s nlp.Sentence, surface string) int {
	for _, t := range s.Tokens {
		if t.Surface == surface {
			return t.End
		}
	}
	return -1
}
