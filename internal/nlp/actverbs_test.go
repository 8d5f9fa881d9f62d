package nlp

import (
	"maps"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
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

func TestReadActVerbs(t *testing.T) {
	fsys := fstest.MapFS{
		"ok.txt":     {Data: []byte("# a comment\nfall Fell sank\n\nrise rose\n")},
		"bare.txt":   {Data: []byte("fall\n")},
		"shared.txt": {Data: []byte("fall fell dropped\nrise rose dropped\n")},
	}
	m, err := readActVerbs(fsys, "ok.txt")
	if err != nil {
		t.Fatal(err)
	}
	if want := map[string]string{"fell": "fall", "sank": "fall", "rose": "rise"}; !maps.Equal(m, want) {
		t.Errorf("got %v, want %v", m, want)
	}
	for name, want := range map[string]string{"bare.txt": "bare.txt:1: want an act", "shared.txt": `shared.txt:2: "dropped" listed under "fall" and "rise"`} {
		if _, err := readActVerbs(fsys, name); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: error %v, want one saying %q", name, err, want)
		}
	}
}
