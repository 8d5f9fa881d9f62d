package compare

import (
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"
)

// standsAloneFields is standsAlone as session 58 wrote it (the word
// before each occurrence taken with strings.Fields of the whole text
// before it): the reference the new form must agree with.
func standsAloneFields(text, name string) bool {
	for i := 0; ; {
		k := strings.Index(text[i:], name)
		if k < 0 {
			return false
		}
		k += i
		i = k + 1
		end := k + len(name)
		if k > 0 && isWordByte(text[k-1]) || end < len(text) && isWordByte(text[end]) {
			continue
		}
		before := strings.TrimRight(text[:k], " \"“‘'(")
		if before == "" || strings.ContainsAny(before[len(before)-1:], ".!?:\n") {
			continue
		}
		if f := strings.Fields(before); len(f) > 0 {
			prev := f[len(f)-1]
			if r, _ := utf8.DecodeRuneInString(prev); unicode.IsUpper(r) && !leadWords[strings.ToLower(prev)] || prev == "of" || prev == "for" || prev == "and" || prev == "&" {
				continue
			}
		}
		after := strings.TrimLeft(text[end:], " ")
		if r, _ := utf8.DecodeRuneInString(after); text[end:] != after && unicode.IsUpper(r) {
			continue
		}
		return true
	}
}

// longNamedParagraph is an invented paragraph of n clauses that each
// write name after a capitalised word and before another name, so that
// no occurrence stands alone and every one is read to its word before.
func longNamedParagraph(n int, name string) string {
	var b strings.Builder
	for i := range n {
		if i%7 == 0 {
			b.WriteString("the crews of Harbour ")
		} else {
			b.WriteString("and after the ")
		}
		b.WriteString(name + " Parade went by, ")
	}
	return b.String()
}

func TestStandsAloneSameAsFields(t *testing.T) {
	cases := []string{
		"on Lantern, the crews", "Lantern came", "the Lantern Parade", "Board of Lantern met",
		"they met on\tLantern\u00a0and left", "the \u0085Lantern, then", "x\u00a0 \t(Lantern) y",
		"In Lantern, Bo said", "We spoke. Lantern is near", "Harbour and Lantern", "with ‘Lantern’ too",
		"it's Lantern", "ÉLAN Lantern", "\xff Lantern x", "on: Lantern", "the\nLantern rose",
		longNamedParagraph(40, "Lantern"), longNamedParagraph(40, "Lantern") + " on Lantern.",
	}
	for _, c := range cases {
		if got, want := standsAlone(c, "Lantern"), standsAloneFields(c, "Lantern"); got != want {
			t.Errorf("standsAlone(%q) = %v, Fields form %v", c, got, want)
		}
	}
}

// TestStandsAloneLinear reads a paragraph of 20,000 clauses that write
// the name (about 700 KB): the Fields form took seconds (quadratic), the
// word found from the end stays far below a second.
func TestStandsAloneLinear(t *testing.T) {
	text := longNamedParagraph(20000, "Lantern")
	start := time.Now()
	if standsAlone(text, "Lantern") {
		t.Fatal("no occurrence stands alone")
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("standsAlone on %d bytes took %v", len(text), d)
	}
}

func BenchmarkStandsAlone2000(b *testing.B) {
	text := longNamedParagraph(2000, "Lantern")
	for b.Loop() {
		standsAlone(text, "Lantern")
	}
}

func BenchmarkStandsAloneFields2000(b *testing.B) {
	text := longNamedParagraph(2000, "Lantern")
	for b.Loop() {
		standsAloneFields(text, "Lantern")
	}
}
