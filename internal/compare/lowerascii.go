package compare

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// lowerASCII returns s with its ASCII capitals in lower case and every
// other byte as it is, so that an offset in it is the same offset in s
// (strings.ToLower can change a text's length: "Ⱥ" is two bytes, its
// small letter three).
func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// lowerKeepsOffsets reports whether every offset in s is the same offset
// in strings.ToLower(s): whether s is valid UTF-8 and no character's
// small letter is longer or shorter than it. The same length of the whole
// is not enough: in "Ⱥ … ẞ" one letter grows by a byte and the other
// shrinks by one, and every offset between them moves.
func lowerKeepsOffsets(s string) bool {
	for i, r := range s {
		if r == utf8.RuneError && !strings.HasPrefix(s[i:], string(utf8.RuneError)) {
			return false // a byte that is not UTF-8: ToLower writes three
		}
		if utf8.RuneLen(unicode.ToLower(r)) != utf8.RuneLen(r) {
			return false
		}
	}
	return true
}
