package view

import (
	"testing"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/nlp"
)

// TestDisplay: a story's match keys and stems are shown as its articles
// write them; a key they do not hold, or one a fuller name holds, is not
// shown.
func TestDisplay(t *testing.T) {
	an, err := nlp.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	arts := []*article.Article{
		{ID: "a", Title: "Dockworkers strike in Valmora", Paragraphs: []string{"Union leader Tomas Brennick said the strikes would go on. Dockworkers protested."}},
		{ID: "b", Title: "Port strike", Paragraphs: []string{"Tomas Brennick led the protests at the port of Valmora."}},
	}
	keys, stems := Display(an, arts, []string{"tomas brennick", "nobody known", "brennick"}, []string{"strike", "protest", "zzz"})
	if len(keys) != 1 || keys[0] != "Tomas Brennick" {
		t.Errorf("keys = %q", keys)
	}
	if stems[0] != "strike" && stems[0] != "strikes" || stems[1] != "protests" && stems[1] != "protested" || stems[2] != "zzz" {
		t.Errorf("stems = %q", stems)
	}
}
