package compare

import (
	"slices"
	"strings"
	"testing"
)

// TestPartElsewhere: a fact claimed only in its article for names or
// figures of its own is marked PartElsewhere when a sentence of another
// article shares a phrase and two words of what it says (the other tells
// part of it); one whose words no other sentence shares so is not, nor
// is a quote. The Markdown list then says what the test found (the
// other article's sentence shares words of it, Fact.PartBasis: it said
// "others may tell part of this" before session 68) and that only the
// details are the article's, the fact is no longer an OnlyFact, and What
// differs counts it apart.
func TestPartElsewhere(t *testing.T) {
	first := "Ferry strike at Ostra\nFerry crews at Ostra walked out on Tuesday over the new rota. " +
		"The walkout began at dawn on the main quay. " +
		"The drivers' relief fund received $48,250 from two banks, a bakery chain and mayor Oskar Lund after a week of collections in the harbour district. " +
		"The Marsk Pilots Guild counted 37 idle vessels in the outer basin by nightfall. " +
		"\u201cWe will not sail tired crews into a winter storm,\u201d union leader Tomas Brennick said. " +
		"Passengers were left waiting on the quays for hours."
	second := "Ostra ferries halted\nFerry crews at Ostra walked out on Tuesday over the new rota. " +
		"Schools along the coast held a concert for the relief fund of the striking crews. " +
		"Travellers spent the afternoon stranded at the terminal. " +
		"The port authority said talks would resume next week."
	r := run(t, mkArticles(first, second))
	for _, c := range []struct {
		in   string // a word of the fact's sentence
		want bool
	}{
		{"bakery", true},
		{"vessels", false},
		{"storm", false}, // a quote: shown as words only it quotes
	} {
		f := oneArticleFact(r, c.in)
		if f == nil || !f.OnlyIn() || len(f.Own) == 0 {
			t.Errorf("%s: not claimed as only in its article with details of its own (%+v)", c.in, f)
			continue
		}
		if f.PartElsewhere != c.want || f.AddsOnlyIn() != c.want || f.OnlyFact() == (c.want || f.QuoteOnly != "") {
			t.Errorf("%s: PartElsewhere %v, AddsOnlyIn %v, OnlyFact %v, want %v", c.in, f.PartElsewhere, f.AddsOnlyIn(), f.OnlyFact(), c.want)
		}
		got := (&mdWriter{r: r, names: ArticleLabels(r.Articles)}).onlyList(*f)
		if c.want && (!strings.HasPrefix(got, " — a sentence of Outlet 1 shares words with it (“relief fund”); only this article adds: ") || !strings.Contains(got, "“$48,250”") || strings.Contains(got, "only here")) {
			t.Errorf("%s: onlyList = %q", c.in, got)
		}
		if !c.want && (strings.Contains(got, "shares words") || f.PartBasis != nil) {
			t.Errorf("%s: onlyList = %q", c.in, got)
		}
	}
	var only []string
	for _, d := range r.Differences {
		if d.Kind == DiffOnly {
			only = append(only, d.Text)
		}
	}
	if s := strings.Join(only, " | "); !strings.Contains(s, "gives names or figures of its own in 1 fact whose sentence shares words or a figure with another outlet's") || strings.Contains(s, "may tell in part") {
		t.Errorf("What differs: %q, want the fact told in part counted apart", s)
	}
}

// TestPairText: every word pair a sentence's features hold is shown as
// the sentence writes it: two words, a possessive's ending joined to its
// name, "…" for the stop words skipped between.
func TestPairText(t *testing.T) {
	d := prepared(t, "The relief fund of the drivers paid Ostra's harbour pilots on Tuesday.")[0]
	var got []string
	for _, s := range d.sents {
		for _, f := range s.feats {
			if strings.HasPrefix(f, "b:") {
				w := pairText(d.an.Sentences[s.pos], f)
				if w == "" {
					t.Errorf("%s: no text", f)
				}
				got = append(got, w)
			}
		}
	}
	for _, want := range []string{"relief fund", "fund … drivers", "Ostra's"} {
		if !slices.Contains(got, want) {
			t.Errorf("pairs %q, want %q among them", got, want)
		}
	}
	if w := pairText(d.an.Sentences[0], "b:ferry quay"); w != "" {
		t.Errorf("a pair the sentence does not hold: %q", w)
	}
}

// TestPartBasisStable: when sentences of two other articles share words
// of a fact told in part, the basis named is the first in story order,
// the same on every comparison (the candidates were read from a map, so
// a page named one or the other at random).
func TestPartBasisStable(t *testing.T) {
	first := "Ferry strike at Ostra\nFerry crews at Ostra walked out on Tuesday over the new rota. " +
		"The drivers' relief fund received $48,250 from two banks, a bakery chain and mayor Oskar Lund after a week of collections in the harbour district. " +
		"Passengers were left waiting on the quays for hours."
	second := "Ostra ferries halted\nFerry crews at Ostra walked out on Tuesday over the new rota. " +
		"Schools along the coast held a concert for the relief fund of the striking crews. " +
		"The port authority said talks would resume next week."
	third := "Ostra crews out\nFerry crews at Ostra walked out on Tuesday over the new rota. " +
		"Churches along the coast took a collection for the relief fund of the striking crews. " +
		"Travellers spent the afternoon stranded at the terminal."
	arts := mkArticles(first, second, third)
	var seen []string
	for range 30 {
		f := oneArticleFact(run(t, arts), "bakery")
		if f == nil || !f.PartElsewhere || f.PartBasis == nil {
			t.Fatalf("the bakery fact is not told in part elsewhere with a basis: %+v", f)
		}
		if !slices.Contains(seen, f.PartBasis.Article) {
			seen = append(seen, f.PartBasis.Article)
		}
	}
	if len(seen) != 1 || seen[0] != arts[1].ID {
		t.Errorf("bases named over 30 comparisons: %v, want only the second article %s", seen, arts[1].ID)
	}
}
