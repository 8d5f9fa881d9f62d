package compare

import (
	"slices"
	"testing"
)

// TestOnlyNames: the names one article alone gives are names of several
// words that no other article writes (not even its last word: another
// form of the same person), and not the article's own authors or outlet.
func TestOnlyNames(t *testing.T) {
	arts := mkArticles(
		"Valmora ferry strike ends\nFerry crews in Valmora ended their strike on Monday after talks with the port board. "+
			"Port director Hanna Lidell said the crews would sail again on Tuesday. "+
			"Union leader Ida Brennick thanked the crews. Brennick said the rota would be shared. "+
			"Marta Osk, who wrote this report, watched the vote. Osk counted the crews.",
		"Valmora strike over\nThe ferry strike in Valmora ended on Monday after talks with the port board. "+
			"Brennick said the crews had won. Commuters cheered at the Harbour Gate. "+
			"Transport minister Pavel Dunaj praised the deal. Dunaj said the state would pay.",
	)
	arts[0].Authors = []string{"Jon Ferr, Marta Osk and Li Wen"}
	r := run(t, arts)
	got := map[string][]string{}
	for _, a := range r.Articles {
		got[a.ID] = a.OnlyNames
	}
	if !slices.Contains(got["a0"], "Hanna Lidell") {
		t.Errorf("a0 only names %q, want Hanna Lidell", got["a0"])
	}
	for _, n := range got["a0"] {
		if n == "Ida Brennick" || n == "Marta Osk" || n == "Valmora" {
			t.Errorf("a0 only names %q: %q is not a0's alone, or its own author, or one word", got["a0"], n)
		}
	}
	if !slices.Contains(got["a1"], "Pavel Dunaj") {
		t.Errorf("a1 only names %q, want Pavel Dunaj", got["a1"])
	}
}
