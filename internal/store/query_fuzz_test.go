package store

import (
	"strings"
	"testing"
	"unicode"
)

// FuzzFTSQuery checks that whatever a user types, the full-text query
// built from it is a plain list of quoted terms: balanced quotes, no
// operator, no character of the input outside a term, at most
// MaxQueryTerms terms, and not empty when the input has a word.
func FuzzFTSQuery(f *testing.F) {
	for _, s := range []string{
		"", "harbour strike", `"night shift" ferry*`, `"unclosed phrase`, `a AND b OR NOT c`,
		`NEAR(a b, 3)`, `title:crane`, `^start`, `-minus +plus`, `x*y* *z`, `"" "" """`,
		`(((`, `"a" "a" "A"`, "caf\u00e9 na\u00efve", "\u00e9\u0301t\u00e9", "\x00\xff\xfe", "日本語 の 記事",
		strings.Repeat("w ", 100), `"` + strings.Repeat("p ", 100) + `"`, "ﬁnal", "İstanbul",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		q := FTSQuery(in)
		if q != FTSQuery(in) {
			t.Fatalf("FTSQuery(%q) is not deterministic", in)
		}
		hasWord := strings.IndexFunc(in, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
		if (q == "") == hasWord {
			t.Fatalf("FTSQuery(%q) = %q; input has a word: %v", in, q, hasWord)
		}
		if q == "" {
			return
		}
		terms := strings.Split(q, " ")
		n := 0
		// Terms are `"w1 w2"` or `"w1 w2"*`; a term may hold spaces, so
		// walk the quotes.
		rest := q
		for rest != "" {
			if rest[0] != '"' {
				t.Fatalf("FTSQuery(%q) = %q: a term does not start with a quote at %q", in, q, rest)
			}
			end := strings.IndexByte(rest[1:], '"')
			if end < 0 {
				t.Fatalf("FTSQuery(%q) = %q: unbalanced quote", in, q)
			}
			phrase := rest[1 : 1+end]
			if phrase == "" || strings.TrimSpace(phrase) != phrase || strings.Contains(phrase, "  ") {
				t.Fatalf("FTSQuery(%q) = %q: empty or badly spaced term %q", in, q, phrase)
			}
			for _, r := range phrase {
				if r != ' ' && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
					t.Fatalf("FTSQuery(%q) = %q: term %q holds %q", in, q, phrase, r)
				}
			}
			if len(strings.Fields(phrase)) > MaxQueryTerms {
				t.Fatalf("FTSQuery(%q): phrase of %d words", in, len(strings.Fields(phrase)))
			}
			rest = rest[2+end:]
			rest = strings.TrimPrefix(rest, "*")
			n++
			if rest != "" {
				if rest[0] != ' ' {
					t.Fatalf("FTSQuery(%q) = %q: terms not separated by a space", in, q)
				}
				rest = rest[1:]
			}
		}
		if n > MaxQueryTerms || len(terms) < n {
			t.Fatalf("FTSQuery(%q) = %q: %d terms", in, q, n)
		}
	})
}
