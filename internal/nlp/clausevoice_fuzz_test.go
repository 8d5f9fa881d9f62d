package nlp

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzMainClause reads the main clause of every sentence of arbitrary text
// (an article's lead is untrusted): it never panics, names an entity of the
// analysis or none, keeps at most four object words, and every word of the
// subject comes from the text.
func FuzzMainClause(f *testing.F) {
	a := newTestAnalyzer(f)
	nm := a.Naming(DefaultLang)
	for _, s := range append(fuzzSeeds,
		"Title\nMayor Ilse Varn on Sunday slammed the port board's plan, calling it a blow.",
		"Title\nOn Sunday Mayor Varn fired back at the council who voted, after the debate, to raise the tax.",
		"Title\nThe councillor who slammed the fees last week resigned",
		"Title\n\u201cNo,\u201d Lund said. He has doubled down.") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		in := fuzzInput(s)
		an := a.Analyze(in)
		for i := -1; i <= len(an.Sentences); i++ {
			c := nm.MainClause(an, i)
			if c.Sentence != i {
				t.Fatalf("sentence %d read as %d", i, c.Sentence)
			}
			if c.Entity < -1 || c.Entity >= len(an.Entities) {
				t.Fatalf("sentence %d: entity %d of %d", i, c.Entity, len(an.Entities))
			}
			if len(c.Object) > 4 {
				t.Fatalf("sentence %d: %d object words", i, len(c.Object))
			}
			for _, w := range strings.Fields(c.Subject) {
				if !strings.Contains(s, w) {
					t.Fatalf("sentence %d: subject word %q not in the text", i, w)
				}
			}
		}
	})
}

// FuzzReadVoice reads the voice of arbitrary text: it never panics, reads
// at most voiceWords words, and counts no more first- or second-person
// words than it read.
func FuzzReadVoice(f *testing.F) {
	for _, s := range append(fuzzSeeds,
		"Why I quit\nI think you should ask yourself: why? \u201cI did,\u201d she said on Monday.",
		"Q: Mayor?\nLUND: I will. (SOUNDBITE) I am here.") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		in := fuzzInput(s)
		v := ReadVoice(in.Title, in.Paragraphs)
		if v.Read < 0 || v.Read > voiceWords {
			t.Fatalf("read %d words, at most %d", v.Read, voiceWords)
		}
		if v.FirstPerson < 0 || v.SecondPerson < 0 || v.Questions < 0 || v.Argument < 0 || v.Reported < 0 || v.Weekdays < 0 {
			t.Fatalf("negative count: %+v", v)
		}
		if v.FirstPerson+v.SecondPerson > v.Read {
			t.Fatalf("%d first- and second-person words of %d read", v.FirstPerson+v.SecondPerson, v.Read)
		}
		_ = v.Commentary()
	})
}
