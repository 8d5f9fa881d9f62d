package compare

import (
	"math/rand"
	"strings"
	"testing"
)

// TestReview57eQuotedPart: insideQuotes and outsideQuotes, now one
// quotedPart (duplicates D4), split a text as the two loops they were
// did: the old loops are kept here and both are run on random strings
// of words and every mark.
func TestReview57eQuotedPart(t *testing.T) {
	old := func(s string, inside bool) string {
		var b strings.Builder
		in := false
		for _, r := range s {
			switch r {
			case '"', '“', '”', '«', '»', '„':
				in = !in
				b.WriteByte(' ')
				continue
			}
			if inside && in { // the old insideQuotes
				b.WriteRune(r)
			}
			if !inside && !in { // the old outsideQuotes
				b.WriteRune(r)
			}
		}
		return b.String()
	}
	pieces := []string{"said", " ", "in German", "\"", "“", "”", "«", "»", "„", "’", "é", ","}
	rng := rand.New(rand.NewSource(57))
	for i := 0; i < 2000; i++ {
		var b strings.Builder
		for n := rng.Intn(30); n > 0; n-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := b.String()
		if got, want := insideQuotes(s), old(s, true); got != want {
			t.Fatalf("insideQuotes(%q) = %q, want %q", s, got, want)
		}
		if got, want := outsideQuotes(s), old(s, false); got != want {
			t.Fatalf("outsideQuotes(%q) = %q, want %q", s, got, want)
		}
	}
}
