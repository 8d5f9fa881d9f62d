package article

import (
	"testing"
	"unicode/utf8"
)

// FuzzCleanText checks that the shortcut for text that is already clean
// agrees with cleaning it, and that cleaning is idempotent.
func FuzzCleanText(f *testing.F) {
	for _, s := range []string{"", "plain text", " lead", "trail ", "a  b", "curly \u201cquotes\u201d", "non\u00A0breaking",
		"soft\u00ADhyphen", "tab\there", "caf\u00e9", "cafe\u0301", "zero\u200Bwidth", "\u2028line", "\x00ctl", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if utf8.ValidString(s) && keptAsIs(s) && collapse(s) != s {
			t.Errorf("keptAsIs(%q) but collapse gives %q", s, collapse(s))
		}
		if utf8.ValidString(s) && keptAsIs(s) != keptAsIsRunes(s) {
			t.Errorf("keptAsIs(%q) = %v, rune by rune %v", s, keptAsIs(s), keptAsIsRunes(s))
		}
		c := CleanText(s)
		if again := CleanText(c); again != c {
			t.Errorf("CleanText(%q) = %q, then %q", s, c, again)
		}
	})
}

// keptAsIsRunes is keptAsIs rune by rune, without its ASCII shortcut: the
// fuzz test's reference.
func keptAsIsRunes(s string) bool {
	space := true
	for _, r := range s {
		switch {
		case r == ' ':
			if space {
				return false
			}
			space = true
			continue
		case dropped(r):
			return false
		}
		space = false
	}
	return !space || s == ""
}
