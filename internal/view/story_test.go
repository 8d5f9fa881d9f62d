package view

import (
	"slices"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/nlp"
	"github.com/parallax-news/parallax/internal/store"
)

// TestDisplay: a story's match keys and stems are shown as its articles
// write them; a key they do not hold, or one a fuller name holds, is not
// shown.
func TestDisplay(t *testing.T) {
	an, arts := dockStrike(t)
	keys, stems := Display(an, arts, []string{"tomas brennick", "nobody known", "brennick"}, []string{"strike", "protest", "zzz"})
	if len(keys) != 1 || keys[0] != "Tomas Brennick" {
		t.Errorf("keys = %q", keys)
	}
	if stems[0] != "strike" && stems[0] != "strikes" || stems[1] != "protests" && stems[1] != "protested" || stems[2] != "zzz" {
		t.Errorf("stems = %q", stems)
	}
}

// TestDisplayNameTail: a one-word key the clusterer keeps of a longer
// name ("valley" of Reddin Valley) shows the one name it ends; a word
// two names end stays unmatched.
func TestDisplayNameTail(t *testing.T) {
	an, err := nlp.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	arts := []*article.Article{
		{ID: "a", Title: "Floods in Reddin Valley", Paragraphs: []string{"Water rose in Reddin Valley on Monday, officials in North Sornland and South Sornland said."}},
		{ID: "b", Title: "Reddin Valley floods", Paragraphs: []string{"Mayor Ana Ruiz toured Reddin Valley and met officials of North Sornland."}},
	}
	keys, _ := Display(an, arts, []string{"valley", "sornland", "ana ruiz"}, nil)
	if want := []string{"Reddin Valley", "Ana Ruiz"}; !slices.Equal(keys, want) {
		t.Errorf("keys = %q, want %q", keys, want)
	}
}

// TestDisplayWordsBesideNames: a word that is part of a shown name ("Reddin",
// "Valley" beside "Reddin Valley") is not listed again among the words.
func TestDisplayWordsBesideNames(t *testing.T) {
	an, err := nlp.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	arts := []*article.Article{
		{ID: "a", Title: "Floods in Reddin Valley", Paragraphs: []string{"Water rose in Reddin Valley on Monday, and the floods closed roads."}},
		{ID: "b", Title: "Reddin Valley floods", Paragraphs: []string{"Floods hit Reddin Valley and its roads."}},
	}
	keys, words := Display(an, arts, []string{"reddin valley"}, []string{"reddin", "flood", "valley", "road"})
	if want := []string{"Reddin Valley"}; !slices.Equal(keys, want) {
		t.Errorf("keys = %q, want %q", keys, want)
	}
	if len(words) != 2 || !strings.HasPrefix(words[0], "flood") || !strings.HasPrefix(words[1], "road") {
		t.Errorf("words = %q, want the flood and road words only", words)
	}
}

// TestDisplayJoinTerms: the terms a member joined on are shown as the
// story's articles write them, never as a match key or a stem: a stem
// the articles do not hold is left out, and a word of a name shown beside
// it is not shown again.
func TestDisplayJoinTerms(t *testing.T) {
	an, arts := dockStrike(t)
	ms := []Member{
		{ID: "a"},
		{ID: "b", Joined: store.Assignment{TopTerms: []string{"tomas brennick", "protest", "zzqx", "tomas", "dockwork"}}},
	}
	displayJoinTerms(analyze(an, arts), ms, an.Naming(nlp.DefaultLang))
	got := ms[1].Joined.TopTerms
	if len(got) != 3 || got[0] != "Tomas Brennick" || !strings.HasPrefix(got[1], "protest") || got[2] != "Dockworkers" && got[2] != "dockworkers" {
		t.Errorf("top terms = %q, want Tomas Brennick, a form of protest, Dockworkers", got)
	}
	if ms[0].Joined.TopTerms != nil {
		t.Errorf("the starter gained terms: %q", ms[0].Joined.TopTerms)
	}
}

// dockStrike returns an analyzer and two articles of our own on one
// dock strike.
func dockStrike(t *testing.T) (*nlp.Analyzer, []*article.Article) {
	t.Helper()
	an, err := nlp.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	return an, []*article.Article{
		{ID: "a", Title: "Dockworkers strike in Valmora", Paragraphs: []string{"Union leader Tomas Brennick said the strikes would go on. Dockworkers protested."}},
		{ID: "b", Title: "Port strike", Paragraphs: []string{"Tomas Brennick led the protests at the port of Valmora."}},
	}
}
