package story

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word or number of a text.
type token struct {
	text string
	// low is text lower-cased (see lower), computed once.
	low string
	// start reports that the token opens a sentence (or a paragraph).
	start bool
	// joined reports that only spaces separate the token from the one
	// before it in the same sentence, so both may belong to one name.
	joined bool
	// digit reports that the token contains a digit.
	digit bool
	// upper reports that the token begins with an upper-case letter.
	upper bool
	// glued reports that a hyphen joins the token to the word before it
	// ("COVID-19", "F-35"): a number so written is part of a name.
	glued bool
}

// tokenize appends the tokens of one paragraph to dst. Words keep inner
// apostrophes (a trailing possessive 's is dropped), numbers keep inner
// commas and points ("1,200", "6.1"), and two-letter dotted acronyms
// ("U.S.") stay one token.
func tokenize(dst []token, s string) []token {
	sentenceStart := true
	joined := false
	i := 0
	for i < len(s) {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if !isWordRune(r) {
			switch r {
			case '.', '!', '?', ';', ':':
				if r != '.' || !abbreviationBefore(dst, s, i) {
					sentenceStart = true
				}
				joined = false
			case ' ', '\t', '\n', '\r', 0xa0:
			default:
				joined = false
			}
			i += size
			continue
		}
		j, text, digit := scanWord(s, i)
		text = strings.TrimSuffix(strings.TrimSuffix(text, "'s"), "’s")
		if text == "" {
			i = j
			continue
		}
		first, _ := utf8.DecodeRuneInString(text)
		glued := i >= 2 && s[i-1] == '-' && isLetterBefore(s, i-1)
		dst = append(dst, token{
			glued:  glued,
			text:   text,
			low:    lower(text),
			start:  sentenceStart,
			joined: joined && !sentenceStart,
			digit:  digit,
			upper:  unicode.IsUpper(first),
		})
		sentenceStart, joined = false, true
		i = j
	}
	return dst
}

// scanWord reads the word or number that starts at s[i] and returns the
// index after it, its text and whether it holds a digit.
func scanWord(s string, i int) (int, string, bool) {
	start := i
	digit := false
	var acronym []byte
	for i < len(s) {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case isWordRune(r):
			if r >= '0' && r <= '9' {
				digit = true
			}
			i += size
			continue
		case (r == ',' || r == '.') && digit && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9':
			i += size
			continue
		case (r == '\'' || r == '’') && i+size < len(s) && isLetterAt(s, i+size):
			i += size
			continue
		case r == '.' && !digit && i-start == 1 && i+2 < len(s) && isUpperASCII(s[i+1]) && (i+2 == len(s) || s[i+2] == '.'):
			// Dotted acronym: U.S. / U.N. keeps its points.
			acronym = append(acronym, s[start], '.', s[i+1], '.')
			i += 2
			if i < len(s) && s[i] == '.' {
				i++
			}
			return i, string(acronym), false
		}
		break
	}
	return i, s[start:i], digit
}

// isWordRune reports whether r belongs to a word or number.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isLetterAt reports whether a letter starts at s[i].
func isLetterAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// isLetterBefore reports whether a letter ends s[:i].
func isLetterBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLetter(r)
}

// isUpperASCII reports whether b is an ASCII capital.
func isUpperASCII(b byte) bool { return b >= 'A' && b <= 'Z' }

// abbreviationBefore reports whether the point at s[i] ends a title or
// initial (Mr., Dr., J.) rather than a sentence.
func abbreviationBefore(dst []token, s string, i int) bool {
	if len(dst) == 0 || i == 0 || !isWordRune(rune(s[i-1])) {
		return false
	}
	last := dst[len(dst)-1].text
	if len(last) == 1 && isUpperASCII(last[0]) {
		return true
	}
	switch strings.ToLower(last) {
	case "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "gov", "sen", "rep", "lt", "col", "sgt", "capt", "prof", "no", "vs", "inc", "corp", "co", "ltd", "mt", "ft":
		return true
	}
	return false
}
