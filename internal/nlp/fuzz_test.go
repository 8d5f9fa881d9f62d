package nlp

import (
	"strings"
	"testing"
	"unicode/utf8"
)

var fuzzSeeds = []string{
	"Mr. Smith said: \u201cYes. No.\u201d",
	"\"A,\" he said, \"B.\"",
	"\u201eOpen \u00abnested \u2018deep",
	"''Archive style,'' Ms. Lee said.",
	"U.S. No. 10 Jan. 5 3.5% a fifth two-thirds",
	"\u2019\u2019\u2019\"\"\"\u00bb\u00ab",
	"",
	". . . ?! \u2026",
	// Session 72's rules at the edges of a paragraph: a picture's credit
	// (creditname.go), a party tag (partytagname.go), a member's seat
	// (seatname.go), marks of an excerpt run into one paragraph
	// (quotemarks.go) and a possessive (antecedent.go).
	"Photo by\nPhoto: Ana Ruiz\n[Ivo Lund/AFP via Getty Images]\nLund/",
	"Ivo Lund, R-South Carolina, said. D-N.Y. R-TX R- D-",
	"the Tory MP for Dunmere West Ada Lund said. MP for",
	"\"It rained. ... \"Over the years, it rained. ... \"",
	"Okafor left. He took his. She told her",
}

// checkSpans checks that every span lies inside its paragraph.
func checkSpans(t *testing.T, in Input, an *Analysis) {
	ok := func(s Span) bool {
		text := in.Title
		if s.Para >= 0 {
			if s.Para >= len(in.Paragraphs) {
				return false
			}
			text = in.Paragraphs[s.Para]
		}
		return 0 <= s.Start && s.Start <= s.End && s.End <= len(text)
	}
	for _, s := range an.Sentences {
		if !ok(s.Span) {
			t.Fatalf("bad sentence span %+v", s.Span)
		}
	}
	for _, q := range an.Quotes {
		for _, p := range q.Parts {
			if !ok(p) {
				t.Fatalf("bad quote part %+v", p)
			}
		}
		if q.Speaker != nil && !ok(q.Speaker.Span) {
			t.Fatalf("bad speaker span %+v", q.Speaker.Span)
		}
	}
}

func fuzzInput(s string) Input {
	paras := strings.Split(s, "\n")
	return Input{Title: paras[0], Paragraphs: paras[1:]}
}

func FuzzSplit(f *testing.F) {
	a := newTestAnalyzer(f)
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		in := fuzzInput(s)
		an := a.Analyze(in)
		checkSpans(t, in, an)
		n := 0
		for _, sent := range an.Sentences {
			n += len(sent.Tokens)
		}
		if n > len(s)+1 {
			t.Fatalf("%d tokens from %d bytes", n, len(s))
		}
	})
}

func FuzzQuotes(f *testing.F) {
	a := newTestAnalyzer(f)
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		in := Input{Paragraphs: strings.Split(s, "\n")}
		an := a.Analyze(in)
		checkSpans(t, in, an)
		for _, q := range an.Quotes {
			if len(q.Parts) == 0 {
				t.Fatalf("quote without parts: %+v", q)
			}
		}
	})
}
