package nlp

import "unicode/utf8"

// RuneOffset converts byte offset off in s to a code-point offset.
func RuneOffset(s string, off int) int {
	if off > len(s) {
		off = len(s)
	}
	return utf8.RuneCountInString(s[:off])
}
