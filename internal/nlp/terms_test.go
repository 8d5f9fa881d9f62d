package nlp

import (
	"strings"
	"testing"
)

func TestTerms(t *testing.T) {
	a := newTestAnalyzer(t)
	an := a.Analyze(Input{Paragraphs: []string{"Experts say the so-called deal, which the regime allegedly signed, is void. Sources said little."}})
	got := map[string]TermCategory{}
	for _, tm := range an.Terms {
		got[tm.Text] = tm.Category
	}
	want := map[string]TermCategory{"Experts say": TermVagueAttribution, "so-called": TermLoaded, "regime": TermLoaded, "allegedly": TermHedging, "Sources said": TermVagueAttribution}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%q: got %q, want %q (all %v)", k, got[k], v, got)
		}
	}
}

func TestUserLexicon(t *testing.T) {
	lex := "# newsroom additions\nloaded\tslimy\nspin\tmassive win\nhedging\tregime\n"
	a, err := NewAnalyzer(WithLexicon("en", "user.txt", strings.NewReader(lex)))
	if err != nil {
		t.Fatal(err)
	}
	an := a.Analyze(Input{Paragraphs: []string{"A slimy regime called it a massive win."}})
	got := map[string]TermCategory{}
	for _, tm := range an.Terms {
		got[tm.Term] = tm.Category
	}
	if got["slimy"] != TermLoaded || got["massive win"] != "spin" || got["regime"] != TermHedging {
		t.Errorf("terms %v", got)
	}
	if _, err := NewAnalyzer(WithLexicon("en", "bad.txt", strings.NewReader("justoneword\n"))); err == nil {
		t.Error("a bad lexicon line was accepted")
	}
	if _, err := NewAnalyzer(WithLexiconFile("/nonexistent/lexicon.txt")); err == nil {
		t.Error("a missing lexicon file was accepted")
	}
}

func TestDeterministic(t *testing.T) {
	a := newTestAnalyzer(t)
	in := Input{Title: "Ben Cole quits", Paragraphs: []string{"Ben Cole said: \u201cI quit.\u201d", "He left 20% of staff."}}
	x, y := a.Analyze(in), a.Analyze(in)
	if len(x.Quotes) != len(y.Quotes) || len(x.Entities) != len(y.Entities) || x.Entities[0].Name != y.Entities[0].Name {
		t.Error("two runs differ")
	}
}

func TestConcurrent(t *testing.T) {
	a := newTestAnalyzer(t)
	in := Input{Paragraphs: []string{"Ben Cole said: \u201cWe rebuilt 40% of the bridges.\u201d", "\u201cIt was hard,\u201d he added."}}
	want := a.Analyze(in)
	done := make(chan *Analysis)
	for range 8 {
		go func() { done <- a.Analyze(in) }()
	}
	for range 8 {
		got := <-done
		if len(got.Quotes) != len(want.Quotes) || got.Quotes[1].Speaker.Entity != want.Quotes[1].Speaker.Entity {
			t.Error("concurrent analysis differs")
		}
	}
}

// TestHedgeNotASpeechVerb: "reported" and "alleged" hedge before a noun
// or in the passive, but as a speech verb with its subject ("The Gazette
// reported.", "outlets reported on", "the clerk alleged that") they say
// who said it, no hedge.
func TestHedgeNotASpeechVerb(t *testing.T) {
	a := newTestAnalyzer(t)
	for _, tc := range []struct {
		text  string
		hedge bool
	}{
		{"The ferry was sold at a loss, the Harbour Gazette reported.", false},
		{"Several outlets reported on the feud over the ferry.", false},
		{"The clerk alleged that the mayor lied about the ferry.", false},
		{"The Harbour Gazette reported Monday the ferry was sold.", false},
		{"The ferry was sold, the clerk alleged.", false},
		{"She spoke about the alleged bribe for the ferry.", true},
		{"The ferry was reported to be sold at a loss.", true},
	} {
		an := a.Analyze(Input{Paragraphs: []string{tc.text}})
		got := false
		for _, term := range an.Terms {
			got = got || term.Category == TermHedging
		}
		if got != tc.hedge {
			t.Errorf("%q: hedge %v, want %v (%+v)", tc.text, got, tc.hedge, an.Terms)
		}
	}
}

// TestLoadedNounsAndFakeNews: "claims" as a noun only names claims
// ("a lot of claims about the ferry", "the mayor's claims"), and "fake
// news" that names made-up stories ("pushing fake news") is no slur;
// the verb ("the mayor claims") and the slur of the press ("the fake
// news media", "the fake news") are loaded.
func TestLoadedNounsAndFakeNews(t *testing.T) {
	a := newTestAnalyzer(t)
	for _, tc := range []struct {
		text   string
		loaded bool
	}{
		{"There were a lot of claims about what the ferry sale would bring.", false},
		{"The mayor's claims were checked by the council.", false},
		{"The mayor claims the ferry was sold fairly.", true},
		{"Hackers were pushing fake news about the harbour vote.", false},
		{"He attacked the fake news media over the ferry story.", true},
		{"He said the ferry story came from the fake news.", true},
	} {
		an := a.Analyze(Input{Paragraphs: []string{tc.text}})
		got := false
		for _, term := range an.Terms {
			got = got || term.Category == TermLoaded
		}
		if got != tc.loaded {
			t.Errorf("%q: loaded %v, want %v (%+v)", tc.text, got, tc.loaded, an.Terms)
		}
	}
}
