package story

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// addPhrases adds to b the pairs of consecutive content words of toks (as
// stems), within a sentence: the specific phrases of a report ("fire
// mnuchin", "test posit"). words are the statistics of toks (for their
// stems).
func addPhrases(b bag, toks []token, words *wordCounts, sc *scratch) {
	prev := ""
	for _, t := range toks {
		if t.start {
			prev = ""
		}
		if t.digit {
			prev = ""
			continue
		}
		w := t.low
		if len(w) < 2 || noContent[w] {
			continue
		}
		s := words.stemOf(sc, w)
		if prev != "" && prev != s {
			b[prev+" "+s]++
		}
		prev = s
	}
}

// Quotation shingles: only quotes of at least quoteMinWords words count.
const quoteMinWords = 4

// addQuotes adds to b the three-word shingles of the quotations of one
// paragraph (text between “ and ”, or between straight double quotes),
// lower-cased: two reports that quote the same words report the same
// statement. sc lends the working memory.
func addQuotes(b bag, p string, sc *scratch) {
	for {
		open := indexQuote(p)
		if open < 0 {
			return
		}
		mark, size := utf8.DecodeRuneInString(p[open:])
		rest := p[open+size:]
		closeMark := "\""
		if mark == '“' {
			closeMark = "”"
		}
		end := strings.Index(rest, closeMark)
		if end < 0 {
			return
		}
		shingles(b, rest[:end], sc)
		p = rest[end+len(closeMark):]
	}
}

// shingles adds the lower-cased three-word runs of a quotation to b. Its
// words are the runs of letters, digits and apostrophes. Each run is
// written lower-cased into sc.key, so that the only string made is the
// key itself (the words were cut, lower-cased and joined, each a string).
func shingles(b bag, q string, sc *scratch) {
	words := sc.quoteWords[:0]
	start := -1
	for i, r := range q {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’' {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			words = append(words, q[start:i])
			start = -1
		}
	}
	if start >= 0 {
		words = append(words, q[start:])
	}
	sc.quoteWords = words
	if len(words) < quoteMinWords {
		return
	}
	for i := 0; i+3 <= len(words); i++ {
		k := appendLower(sc.key[:0], words[i])
		k = appendLower(append(k, ' '), words[i+1])
		k = appendLower(append(k, ' '), words[i+2])
		sc.key = k
		b[string(k)]++
	}
}

// appendLower appends lower(w) to dst.
func appendLower(dst []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return append(dst, lower(w)...)
		}
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// indexQuote returns the index of the first “ or straight double quote in
// p, or -1: strings.IndexAny(p, "“\"") without decoding every rune.
func indexQuote(p string) int {
	i := strings.IndexByte(p, '"')
	within := p
	if i >= 0 {
		within = p[:i]
	}
	if j := strings.Index(within, "“"); j >= 0 {
		return j
	}
	return i
}
