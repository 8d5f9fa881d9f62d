// Package textcase answers whether a text can be searched in lower case
// with the offsets found used on the text as written.
//
// strings.ToLower can change a text's length: "Ⱥ" is two bytes and its
// small letter three, "ẞ" three bytes and its small letter two, and a byte
// that is not UTF-8 becomes the three bytes of U+FFFD. An offset found in
// the lowered text is then not the same place in the original, and a
// slice taken there can cut a letter in two or run past the end (a
// crash on an article's page). The same length of the whole is not
// enough: in "Ⱥ … ẞ" one letter grows and the other shrinks, and every
// offset between them moves.
package textcase

import (
	"unicode"
	"unicode/utf8"
)

// LowerKeepsOffsets reports whether every offset in s is the same offset
// in strings.ToLower(s): s is valid UTF-8 and no character's small letter
// is longer or shorter than it.
func LowerKeepsOffsets(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if size == 1 || utf8.RuneLen(unicode.ToLower(r)) != size {
			return false // a byte that is not UTF-8, or a letter that grows or shrinks
		}
		i += size
	}
	return true
}
