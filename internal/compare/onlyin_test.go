package compare

import (
	"strings"
	"testing"
)

// TestOnlyInNeedsSomethingOfItsOwn: a fact of one article is claimed as
// only in it when it names someone or gives a figure no other article
// has, or quotes a named speaker; a sentence of common words that
// another article may tell in other words, and a lead-in to a list, are
// not.
func TestOnlyInNeedsSomethingOfItsOwn(t *testing.T) {
	r := run(t, mkArticles(
		"Ferry strike at Ostra\nFerry crews at Ostra walked out on Tuesday over the new rota. "+
			"Harbour pilot Ines Varga said the rota left crews without rest. "+
			"The stoppage idled 37 vessels in the outer basin. "+
			"Passengers were left waiting on the quays for hours. "+
			"\u201cWe will not sail tired crews into a winter storm,\u201d union leader Tomas Brennick said. "+
			"The crews listed their demands in a letter to Mayor Ana Ruiz:",
		"Ostra ferries halted\nFerry crews at Ostra walked out on Tuesday over the new rota. "+
			"Travellers spent the afternoon stranded at the terminal. "+
			"The port authority said talks would resume next week.",
	))
	only := map[string]bool{}
	maybe := map[string]bool{}
	for _, f := range r.Facts {
		if f.Coverage != CoverageOne {
			continue
		}
		s := f.Sentences[0].Text
		if f.OnlyIn() {
			only[s] = true
		}
		if f.MaybeElsewhere {
			maybe[s] = true
		}
	}
	has := func(m map[string]bool, w string) bool {
		for s := range m {
			if strings.Contains(s, w) {
				return true
			}
		}
		return false
	}
	for _, w := range []string{"Ines Varga", "37 vessels", "tired crews"} {
		if !has(only, w) {
			t.Errorf("%q: not only in its article; only-in facts %v", w, only)
		}
	}
	for _, w := range []string{"waiting on the quays", "their demands"} {
		if has(only, w) {
			t.Errorf("%q: claimed only in its article", w)
		}
	}
	if !has(maybe, "their demands") {
		t.Errorf("a lead-in naming someone of its own is not marked maybe elsewhere: %v", maybe)
	}
	if !has(maybe, "waiting on the quays") {
		t.Errorf("the waiting passengers (told by the other as stranded travellers) are not marked maybe elsewhere: %v", maybe)
	}
}
