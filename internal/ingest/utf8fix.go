package ingest

import (
	"fmt"
	"unicode/utf8"
)

// repairUTF8 replaces invalid UTF-8 sequences with U+FFFD and says how many
// it replaced; valid input is returned as it is.
func repairUTF8(b []byte) (string, []string) {
	if utf8.Valid(b) {
		return string(b), nil
	}
	bad := 0
	out := make([]rune, 0, len(b))
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			bad++
		}
		out = append(out, r)
		i += size
	}
	return string(out), []string{fmt.Sprintf("invalid UTF-8: %d bytes replaced with U+FFFD", bad)}
}
