package nlp

import (
	"fmt"
	"testing"
	"unicode/utf8"
)

// FuzzSpans analyses a title and two paragraphs into which the fuzzer
// writes its text (some letters grow or shrink when lowered, some bytes
// are not UTF-8, some quotation marks are odd) and checks every span the
// analysis gives (sentences, tokens, entity mentions, quote parts,
// speakers, sources, verbs, numbers, terms): it must lie within its text,
// and, in a text of valid UTF-8, start and end on character boundaries,
// since the article page and the comparison slice the text at them.
func FuzzSpans(f *testing.F) {
	f.Add("Ⱥ Mayor İlse Brennick said", "“We will not go back,” said Kolja Vantner, the union's chief negotiator.", "At least 12 ships waited on Wednesday.")
	f.Add("ȺȺȺ", "ẞ ſ K Å “so-called” reform", "\xff\xfe“Yes,” he said.")
	f.Add("", "„Nein“, sagte Herr Ⱥlt. ‹Oui›, dit-il. «Sí» — 3,5 % of 1.200", "''Archive,'' Ms. İpek said, ``odd''.")
	f.Add("Wordwordwordwordwordwordwordwordwordwordwordwordwordwordwordwordwordwordwordword", "\"", "”“’‘")
	f.Add("U.S. Dock Strike", "Port officials said the so-called final offer raised wages by 3 percent, or about $1.2 million.", "Ⱥ\u0130\u212a\u2126 said: \u201cŉ\u201d")
	a := newTestAnalyzer(f)
	f.Fuzz(func(t *testing.T, title, p1, p2 string) {
		in := Input{Title: title, Paragraphs: []string{p1, p2}}
		an := a.Analyze(in)
		valid := utf8.ValidString(title) && utf8.ValidString(p1) && utf8.ValidString(p2)
		check := func(what string, s Span) {
			t.Helper()
			if err := spanIn(in, s, valid); err != nil {
				t.Fatalf("%s %+v: %v", what, s, err)
			}
		}
		for _, s := range an.Sentences {
			check("sentence", s.Span)
			for _, tk := range s.Tokens {
				check("token "+tk.Surface, Span{Para: s.Para, Start: tk.Start, End: tk.End})
			}
		}
		for _, e := range an.Entities {
			for _, m := range e.Mentions {
				check("mention "+m.Text, m.Span)
			}
		}
		for _, q := range an.Quotes {
			for _, p := range q.Parts {
				check("quote part", p)
			}
			if q.Speaker != nil {
				check("speaker", q.Speaker.Span)
			}
			if q.Source != nil {
				check("source", q.Source.Span)
			}
			if q.VerbSpan != nil {
				check("verb", *q.VerbSpan)
			}
		}
		for _, n := range an.Numbers {
			check("number "+n.Text, n.Span)
		}
		for _, tm := range an.Terms {
			check("term "+tm.Text, tm.Span)
		}
	})
}

// spanIn says what is wrong with a span of in, nil when it lies within its
// text and (when the text is valid UTF-8) on character boundaries.
func spanIn(in Input, s Span, valid bool) error {
	text := in.Title
	if s.Para != TitlePara {
		if s.Para < 0 || s.Para >= len(in.Paragraphs) {
			return fmt.Errorf("no paragraph %d", s.Para)
		}
		text = in.Paragraphs[s.Para]
	}
	if s.Start < 0 || s.Start > s.End || s.End > len(text) {
		return fmt.Errorf("outside a text of %d bytes", len(text))
	}
	if valid && (s.Start < len(text) && !utf8.RuneStart(text[s.Start]) || s.End < len(text) && !utf8.RuneStart(text[s.End])) {
		return fmt.Errorf("inside a character of %q", text)
	}
	return nil
}
