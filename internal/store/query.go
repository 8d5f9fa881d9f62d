package store

import (
	"strings"
	"unicode"
)

// MaxQueryTerms is the most terms (words or phrases) a full-text query
// keeps.
const MaxQueryTerms = 32

// FTSQuery turns what a user typed into a safe full-text query of terms
// that must all match: bare words become quoted terms, "quoted text" stays a
// phrase, and a trailing * on a word asks for a prefix. Operators and
// punctuation are never passed through, so no input can make the query
// fail to parse. Repeated terms count once and at most MaxQueryTerms are
// kept (ranking and snippets cost grows with the square of the terms). It
// returns "" when nothing is left to search for.
func FTSQuery(q string) string {
	var parts []string
	seen := map[string]bool{}
	add := func(words []string, prefix bool) {
		if len(words) == 0 || len(parts) == MaxQueryTerms {
			return
		}
		if len(words) > MaxQueryTerms {
			words = words[:MaxQueryTerms]
		}
		p := `"` + strings.Join(words, " ") + `"`
		if prefix {
			p += "*"
		}
		if !seen[p] {
			seen[p] = true
			parts = append(parts, p)
		}
	}
	inQuote := false
	for _, seg := range strings.Split(q, `"`) {
		if inQuote {
			add(words(seg), false)
		} else {
			for _, f := range strings.Fields(seg) {
				prefix := strings.HasSuffix(f, "*")
				ws := words(f)
				for i, w := range ws {
					add([]string{w}, prefix && i == len(ws)-1)
				}
			}
		}
		inQuote = !inQuote
	}
	return strings.Join(parts, " ")
}

// words splits text into runs of letters and digits.
func words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}
