package article

import (
	"strings"
	"unicode/utf8"
)

// Mojibake: UTF-8 text decoded as Windows-1252 and encoded again, once or
// twice ("Obama’s" → "Obamaâ€™s" → "ObamaÃ¢â‚¬â„¢s"), as some feeds and
// archives carry it (273 ABP headlines of 2012–2013).

// cp1252High maps the characters Windows-1252 puts at 0x80–0x9F back to
// their byte.
var cp1252High = map[rune]byte{'€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88,
	'‰': 0x89, 'Š': 0x8A, '‹': 0x8B, 'Œ': 0x8C, 'Ž': 0x8E, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95,
	'–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9A, '›': 0x9B, 'œ': 0x9C, 'ž': 0x9E, 'Ÿ': 0x9F}

// mojibakeMarks open the two-byte sequences that UTF-8 read as
// Windows-1252 leaves: "Ã" and "Â" (a lead byte C3, C2) and "â€" (E2 80).
func mojibakeMarks(s string) bool {
	return strings.Contains(s, "â€") || strings.Contains(s, "Ã") || strings.Contains(s, "Â")
}

// fixMojibake undoes up to three rounds of mojibake: the text's
// characters read back as Windows-1252 (or Latin-1) bytes must be valid
// UTF-8, else the text is left as it is ("SÃO PAULO" is no mojibake: its
// bytes are no UTF-8).
func fixMojibake(s string) string {
	for round := 0; round < 3 && mojibakeMarks(s); round++ {
		b := make([]byte, 0, len(s))
		for _, r := range s {
			switch c, ok := cp1252High[r]; {
			case ok:
				b = append(b, c)
			case r < 0x100:
				b = append(b, byte(r))
			default:
				return s // a character no single byte gives: not mojibake
			}
		}
		if !utf8.Valid(b) || len(b) == len(s) {
			return s
		}
		s = string(b)
	}
	return s
}
