package nlp

import (
	"slices"
	"testing"
)

func TestActVerb(t *testing.T) {
	for _, c := range []struct{ a, b string }{
		{"beat", "defeated"}, {"fell", "slid"}, {"Sank", "plunged"}, {"imposed", "levied"}, {"spent", "spends"}, {"slashed", "cut"}, {"hiked", "raised"}, {"rose", "soared"},
	} {
		if ActVerb(c.a) == "" || ActVerb(c.a) != ActVerb(c.b) {
			t.Errorf("%q and %q: acts %q and %q, want one act", c.a, c.b, ActVerb(c.a), ActVerb(c.b))
		}
	}
	for _, w := range []string{"said", "believe", "think", "declined", "won", "received", "offered", "gained"} {
		if a := ActVerb(w); a != "" {
			t.Errorf("%q: act %q, want none", w, a)
		}
	}
	if ActVerb("fell") == ActVerb("rose") {
		t.Error("a fall and a rise read as one act")
	}
}

func TestSentenceActs(t *testing.T) {
	a := newTestAnalyzer(t).Analyze(Input{Paragraphs: []string{"Harbour fees rose 4% on Monday and the ferry fare fell, then rose again."}})
	if len(a.Sentences) != 1 {
		t.Fatalf("%d sentences, want 1", len(a.Sentences))
	}
	if got := SentenceActs(a.Sentences[0]); !slices.Equal(got, []string{"rise", "fall"}) {
		t.Errorf("acts %v, want [rise fall]", got)
	}
}
