package dedup

import (
	"unicode"
	"unicode/utf8"

	"github.com/zeebo/xxh3"
)

// Token is one normalised word of a text: a maximal run of Unicode letters,
// digits and combining marks, lowercased.
type Token struct {
	// Start and End are the byte offsets of the word in the tokenised text.
	Start, End int
	// Hash is the xxh3 hash of the lowercased word.
	Hash uint64
}

// Tokenize splits text into normalised words. Everything that is not a
// letter, digit or combining mark separates words, so "Ukraine's" gives
// "ukraine" and "s". Invalid UTF-8 bytes separate words too.
func Tokenize(text string) []Token {
	toks := make([]Token, 0, len(text)/6+1)
	var buf [64]byte
	word := buf[:0]
	start := -1
	flush := func(end int) {
		if start >= 0 {
			toks = append(toks, Token{Start: start, End: end, Hash: xxh3.Hash(word)})
			start = -1
			word = word[:0]
		}
	}
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			default:
				flush(i)
				i++
				continue
			}
			if start < 0 {
				start = i
			}
			word = append(word, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError && size <= 1 || !isWordRune(r) {
			flush(i)
			i += size
			continue
		}
		if start < 0 {
			start = i
		}
		word = utf8.AppendRune(word, unicode.ToLower(r))
		i += size
	}
	flush(len(text))
	return toks
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// wordHashes returns the 32-bit word hashes used by alignment.
func wordHashes(toks []Token) []uint32 {
	out := make([]uint32, len(toks))
	for i, t := range toks {
		out[i] = uint32(t.Hash) ^ uint32(t.Hash>>32)
	}
	return out
}
