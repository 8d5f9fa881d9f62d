package dedup

import (
	"slices"
	"strings"
	"testing"
)

func FuzzSignature(f *testing.F) {
	f.Add("The council voted on Monday to build a bridge.", []byte{})
	f.Add(strings.Repeat("word ", 300), []byte("PXS\x01\x03"))
	f.Add("Ünïcödé тест 日本語 ١٢٣ \xff\xfe broken", []byte("PXS\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01\x80\x80\x80\x80\x01"))
	s, err := NewSigner(DefaultConfig())
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string, raw []byte) {
		sig := s.Sign(Doc{Paragraphs: strings.Split(text, "\n\n")})
		b, err := sig.MarshalBinary()
		if err != nil {
			t.Fatalf("marshal: %v", err)
		}
		var back Signature
		if err := back.UnmarshalBinary(b); err != nil {
			t.Fatalf("unmarshal own output: %v", err)
		}
		if back.Words != sig.Words || back.Text != sig.Text || !slices.Equal(back.Marks, sig.Marks) ||
			!slices.Equal(back.MinHash, sig.MinHash) || !slices.Equal(back.Paragraphs, sig.Paragraphs) {
			t.Fatalf("round trip changed the signature")
		}
		_ = sig.Keys(DefaultConfig().Bands)
		var junk Signature
		if junk.UnmarshalBinary(raw) == nil {
			// what decodes must encode back to the same bytes
			again, err := junk.MarshalBinary()
			if err != nil || string(again) != string(raw) {
				t.Fatalf("decoded junk does not re-encode: %v", err)
			}
		}
	})
}

func FuzzAlign(f *testing.F) {
	f.Add(strings.Join(bridgeReport, "\n\n"), "Experts revealed that "+strings.Join(bridgeReport[:3], "\n\n"))
	f.Add(strings.Repeat("a b ", 500), strings.Repeat("a b a ", 400))
	f.Add("x y z x y z", "")
	c, err := NewComparer(DefaultConfig())
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		da := Doc{ID: "a", Paragraphs: strings.Split(a, "\n\n")}
		db := Doc{ID: "b", Paragraphs: strings.Split(b, "\n\n")}
		m := c.Compare(da, db)
		if m.Share < 0 || m.Share > 1 || m.SourceShare < 0 || m.SourceShare > 1 {
			t.Fatalf("shares out of range: %v %v", m.Share, m.SourceShare)
		}
		texts := map[string]string{"a": da.Text(), "b": db.Text()}
		for _, s := range m.Spans {
			for _, r := range []struct {
				rg Range
				id string
			}{{s.Source, m.Source}, {s.Copy, m.Copy}} {
				if r.rg.Start < 0 || r.rg.Start > r.rg.End || r.rg.End > len(texts[r.id]) {
					t.Fatalf("span %+v outside %q (%d bytes)", r.rg, r.id, len(texts[r.id]))
				}
			}
		}
		wa, wb := wordHashes(Tokenize(a)), wordHashes(Tokenize(b))
		tiles := greedyTiles(maximalMatches(wa, wb, 3), len(wa), len(wb), 3)
		usedA, usedB := make([]bool, len(wa)), make([]bool, len(wb))
		for _, tl := range tiles {
			for x := range tl.N {
				if wa[tl.A+x] != wb[tl.B+x] || usedA[tl.A+x] || usedB[tl.B+x] {
					t.Fatalf("bad or overlapping tile %+v", tl)
				}
				usedA[tl.A+x], usedB[tl.B+x] = true, true
			}
		}
		for _, p := range passages(wa, wb, tiles, 4) {
			if p.matched > p.aHi-p.aLo || p.matched > p.bHi-p.bLo {
				t.Fatalf("passage %+v matches more words than it holds", p)
			}
		}
	})
}

// FuzzQuotedWords: the quotation finder reads any text (unbalanced,
// nested and stray marks, block quotes, tweets) without panicking, marks
// one flag per token, and marks nothing in a text with no double mark (nor
// two single marks standing for one), no colon, no tweet, no list of names
// and no document announced.
func FuzzQuotedWords(f *testing.F) {
	f.Add("\u201cThe board says \u201cno tolls\u201d for now,\u201d the mayor wrote.")
	f.Add("It aims at \"measuring links. The name \"Rank\" is a mark. \"pigs\" & cheaters\".")
	f.Add("The Gazette writes:\n\nAn excerpt.\n\nNo tolls \u2014 Jane Doe (@jdoe) May 1, 2020")
	f.Add("\u201cA.\u2019\u2026 \u201cB.\u201d \u201d\u201c\u201c\u201d\n\n\u201d")
	f.Add("``No tolls,'' she said. \u2018\u2018Yes\u2019\u2019 he said.\n\nNorth: Ana Bell, Tom Reyes, Lena Moss, Karl Varga, Rosa Quint, Omar Haddad, Jon Ekberg and Mara Lutz\n\nRead the memo below.\n\nMemo.")
	f.Fuzz(func(t *testing.T, text string) {
		toks := Tokenize(text)
		q := quotedWords(text, toks)
		if len(q) != len(toks) {
			t.Fatalf("%d flags for %d tokens", len(q), len(toks))
		}
		if strings.ContainsAny(text, "\"\u201c\u201d\u201e\u00ab\u00bb:") || strings.Contains(text, "(@") || strings.Contains(text, "pic.twitter.com/") ||
			strings.Contains(text, "''") || strings.Contains(text, "``") || strings.Contains(text, "\u2018\u2018") || strings.Contains(text, "\u2019\u2019") {
			return
		}
		if ls, _ := listParagraphs(text); len(ls) > 0 {
			return
		}
		if _, _, _, ok := announcedDocument(text, toks); ok {
			return
		}
		for i, x := range q {
			if x {
				t.Fatalf("token %d quoted in a text without marks", i)
			}
		}
	})
}
