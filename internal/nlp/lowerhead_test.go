package nlp

import (
	"strings"
	"testing"
)

// TestLowerHead: the phrase before its first capitalised word after the
// first, the first word's case and runes outside ASCII read whole.
func TestLowerHead(t *testing.T) {
	for in, want := range map[string]string{
		"wall funding Trump asked for": "wall funding",
		"tax increases":                "tax increases",
		"Élan funding Ånge wanted":     "Élan funding",
		"road repairs über Öland":      "road repairs über",
		"":                             "",
	} {
		if got := lowerHead(in); got != want {
			t.Errorf("lowerHead(%q) = %q, want %q", in, got, want)
		}
	}
}

// BenchmarkLowerHead: a phrase of 200 long lower-case words.
func BenchmarkLowerHead(b *testing.B) {
	p := strings.Repeat("infrastructureexpenditures ", 200) + "Trump"
	b.ReportAllocs()
	for range b.N {
		lowerHead(p)
	}
}
