package store

import (
	"strings"
	"unicode"
)

// FTSQuery turns what a user typed into a safe full-text query of terms
// that must all match: bare words become quoted terms, "quoted text" stays a
// phrase, and a trailing * on a word asks for a prefix. Operators and
// punctuation are never passed through, so no input can make the query
// fail to parse. It returns "" when nothing is left to search for.
func FTSQuery(q string) string {
	var parts []string
	add := func(words []string, prefix bool) {
		if len(words) == 0 {
			return
		}
		p := `"` + strings.Join(words, " ") + `"`
		if prefix {
			p += "*"
		}
		parts = append(parts, p)
	}
	inQuote := false
	for _, seg := range strings.Split(q, `"`) {
		if inQuote {
			add(words(seg), false)
		} else {
			for _, f := range strings.Fields(seg) {
				prefix := strings.HasSuffix(f, "*")
				for i, w := range words(f) {
					add([]string{w}, prefix && i == len(words(f))-1)
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
