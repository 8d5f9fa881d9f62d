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
// statement.
func addQuotes(b bag, p string) {
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
		shingles(b, rest[:end])
		p = rest[end+len(closeMark):]
	}
}

// shingles adds the lower-cased three-word runs of a quotation to b.
func shingles(b bag, q string) {
	words := strings.FieldsFunc(q, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' })
	if len(words) < quoteMinWords {
		return
	}
	for i := range words {
		words[i] = lower(words[i])
	}
	for i := 0; i+3 <= len(words); i++ {
		b[words[i]+" "+words[i+1]+" "+words[i+2]]++
	}
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
