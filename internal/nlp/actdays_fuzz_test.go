package nlp

import (
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzActDays reads the act's days of every sentence of arbitrary text (an
// article's sentences are untrusted): it never panics, every day it gives
// is one the sentence's words name, "yesterday" only when a word says it,
// and a sentence of another week gives no day.
func FuzzActDays(f *testing.F) {
	a := newTestAnalyzer(f)
	for _, s := range append(fuzzSeeds,
		"Title\nMayor Ilse Varn on Saturday closed the harbour, officials said on Monday.",
		"Title\nThe board, which met Thursday, will vote next Wednesday (or Friday).",
		"Title\n\u201cWe left on Sunday,\u201d Lund said yesterday. Monday, March 25 was cold.",
		"Title\nVell, arrested on Saturday, appeared through Friday after midnight Sunday's hearing.") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		an := a.Analyze(fuzzInput(s))
		for i, sent := range an.Sentences {
			days, yesterday, ok := ActDays(sent.Tokens)
			named := map[time.Weekday]bool{}
			saysYesterday := false
			for _, tok := range sent.Tokens {
				if wd, isDay := weekdayOf[tok.Norm]; isDay {
					named[wd] = true
				}
				saysYesterday = saysYesterday || tok.Norm == "yesterday"
			}
			if !ok && (len(days) > 0 || yesterday) {
				t.Fatalf("sentence %d: another week's sentence gave days %v, yesterday %v", i, days, yesterday)
			}
			for _, d := range days {
				if !named[d] {
					t.Fatalf("sentence %d: %v is named by no word", i, d)
				}
			}
			if yesterday && !saysYesterday {
				t.Fatalf("sentence %d: yesterday read with no such word", i)
			}
		}
	})
}
