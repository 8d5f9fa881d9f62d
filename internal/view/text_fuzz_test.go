package view

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/compare"
	"github.com/parallax-news/parallax/internal/nlp"
	"github.com/parallax-news/parallax/internal/store"
)

// fuzzHarbour is a short article of our own for FuzzTextViews.
var fuzzHarbour = []string{
	"Dock workers in Varnholt walked out on Tuesday, the Harbour and Transport Union said.",
	"“We will not go back until the offer is fair,” said Kolja Vantner, the union's chief negotiator.",
	"Mayor Ilse Brennick will meet both sides on Friday.",
}

// FuzzTextViews runs the text an outlet page, a search answer and a
// stories listing show through the view's readings, with the fuzzer's
// text written into an article of our own: the search snippet cut from
// the kept text, the names and words of a story as its articles write
// them (keys found again in lower-cased text), the outlet's distinctive
// words, and the overview's checks on a sentence. Untrusted text must
// never crash them, and a name found again must be the key as written.
func FuzzTextViews(f *testing.F) {
	f.Add("ȺȺ İ Varnholt", "**Ⱥ** **varnholt**")
	f.Add("Ⱥẞ Kolja Vantner", "…**kolja** Vantner…")
	f.Add("Ⱥ Kolja Vantner ẞ", "**vantner**")
	f.Add("\xff Kolja Vantner", "**\xff**")
	f.Add("\u212aȺ Ilse Brennick will visit them on Friday", "**ȺȺ")
	f.Add("“"+strings.Repeat("Ⱥ", 80), "****")
	an, err := nlp.NewAnalyzer()
	if err != nil {
		f.Fatal(err)
	}
	nm := an.Naming(nlp.DefaultLang)
	f.Fuzz(func(t *testing.T, text, snippet string) {
		ps := append([]string{text + " " + fuzzHarbour[0]}, fuzzHarbour[1:]...)
		ps = append(ps, text)
		snip := keptSnippet(snippet, ps)
		if utf8.ValidString(text) && utf8.ValidString(snippet) && !utf8.ValidString(snip) {
			t.Fatalf("snippet %q cuts a character", snip)
		}
		arts := []*article.Article{
			{ID: "a", Title: text, Paragraphs: ps, Published: article.Date{Time: time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC), Precision: article.Day}},
			{ID: "b", Title: "Varnholt dock strike", Paragraphs: fuzzHarbour[:]},
		}
		all := analyze(an, arts)
		keys := []string{"kolja vantner", "ilse brennick", "varnholt"}
		for _, w := range strings.Fields(text)[:min(4, len(strings.Fields(text)))] {
			keys = append(keys, strings.ToLower(w))
		}
		display(all, keys, []string{"strike", "dock"}, nm)
		mainNames(all, 5, nm)
		cased := newCasedTexts(append([]string{text}, ps...))
		for _, k := range keys {
			got, ok := cased.asWritten(k)
			if ok && strings.ToLower(got) != k {
				t.Fatalf("key %q found again as %q", k, got)
			}
		}
		evs := []store.Story{{Title: text, Entities: keys}, {Title: "Varnholt dock strike", Entities: keys}}
		storylineNames(keys, newTitleNames([]*nlp.Analysis{titleAnalysis(an, evs)}, keys, evs, nm))
		mine, others := compare.NewWordCounts(), compare.NewWordCounts()
		addPhrases(mine, all[0])
		addPhrases(others, all[1])
		compare.DistinctiveWords(mine, others, 10)
		preview(text)
		strayPlural(text)
		outsideQuotes(text)
	})
}
