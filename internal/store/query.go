package store

import (
	"strings"
	"unicode"
)

// MaxQueryTerms is the most terms (words or phrases) a full-text query
// keeps.
const MaxQueryTerms = 32

// Query is what a user typed into a search, read as terms that must all
// match. Every backend gives it the same meaning: a word matches its other
// forms (stemmed, case and accents ignored), a phrase matches its words in
// order, and a prefix term matches words that begin with it. How a backend
// writes it for its full-text engine is its own affair.
type Query struct {
	Terms []Term
}

// Term is one word, or a phrase of several words in order.
type Term struct {
	// Words are runs of letters and digits, as typed.
	Words []string
	// Prefix asks for words that begin with the last word.
	Prefix bool
}

// ParseQuery reads what a user typed: bare words become terms, "quoted
// text" stays a phrase, and a trailing * on a word asks for a prefix.
// Operators and punctuation are never passed on, so no input can make a
// backend's query fail to parse. Repeated terms count once and at most
// MaxQueryTerms are kept (ranking and snippets cost grows with the square
// of the terms); a phrase keeps at most MaxQueryTerms words.
func ParseQuery(q string) Query {
	var out Query
	seen := map[string]bool{}
	add := func(ws []string, prefix bool) {
		if len(ws) == 0 || len(out.Terms) == MaxQueryTerms {
			return
		}
		if len(ws) > MaxQueryTerms {
			ws = ws[:MaxQueryTerms]
		}
		key := strings.Join(ws, " ")
		if prefix {
			key += "*"
		}
		if !seen[key] {
			seen[key] = true
			out.Terms = append(out.Terms, Term{Words: ws, Prefix: prefix})
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
	return out
}

// Empty reports whether the query has nothing to search for.
func (q Query) Empty() bool { return len(q.Terms) == 0 }

// String writes the query back in the syntax ParseQuery reads: each term
// quoted, a prefix term followed by *.
func (q Query) String() string {
	parts := make([]string, len(q.Terms))
	for i, t := range q.Terms {
		parts[i] = `"` + strings.Join(t.Words, " ") + `"`
		if t.Prefix {
			parts[i] += "*"
		}
	}
	return strings.Join(parts, " ")
}

// words splits text into runs of letters and digits.
func words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}
