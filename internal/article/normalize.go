package article

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// CleanText makes one paragraph or field presentable: valid UTF-8 in NFC
// form, control characters and zero-width marks dropped, runs of white
// space (including non-breaking space) collapsed to one space, and trimmed.
func CleanText(s string) string {
	if isClean(s) {
		return s
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if mojibakeMarks(s) {
		s = fixMojibake(s)
	}
	if !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	} else if keptAsIs(s) {
		return s // already clean: most text that is not plain ASCII
	}
	out := collapse(s)
	if !norm.NFC.IsNormalString(out) { // a dropped control character let marks compose
		out = norm.NFC.String(out)
	}
	return out
}

// collapse drops control characters and zero-width marks, collapses runs
// of white space to one space and trims.
func collapse(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r == '\u00AD' || r == '\u200B' || r == '\u200C' || r == '\u200D' || r == '\u2060' || r == '\uFEFF':
			continue
		case unicode.IsSpace(r) || r == '\u00A0':
			space = true
			continue
		case unicode.IsControl(r):
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// isClean reports, cheaply, whether s is printable ASCII with single
// spaces and no space at either end: text that CleanText would not change.
func isClean(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	prevSpace := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c >= 0x7f {
			return false
		}
		if c == ' ' {
			if prevSpace {
				return false
			}
			prevSpace = true
		} else {
			prevSpace = false
		}
	}
	return true
}

// keptAsIs reports whether collapse would return s unchanged:
// no character it drops, no space but single ASCII spaces between words.
// ASCII bytes are checked as bytes; only the others are decoded.
func keptAsIs(s string) bool {
	space := true // a space at the start would be dropped
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			i++
			switch {
			case c == ' ':
				if space {
					return false
				}
				space = true
				continue
			case c < 0x20 || c == 0x7f: // ASCII controls, white space other than ' ' among them
				return false
			}
			space = false
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if dropped(r) {
			return false
		}
		space = false
	}
	return !space || s == ""
}

// dropped reports whether collapse drops r or turns it into a space: a
// zero-width mark, white space other than ' ', a control character.
func dropped(r rune) bool {
	return r == '\u00AD' || r == '\u200B' || r == '\u200C' || r == '\u200D' || r == '\u2060' || r == '\uFEFF' ||
		unicode.IsSpace(r) || r == '\u00A0' || unicode.IsControl(r)
}

// CleanParagraphs cleans every paragraph and drops the empty ones.
func CleanParagraphs(ps []string) []string {
	out := make([]string, 0, len(ps))
	for _, p := range ps {
		if p = CleanText(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// SplitParagraphs splits text into paragraphs at blank lines. When the text
// has no blank line at all, every line is a paragraph. Lines inside one
// paragraph are joined with a space.
func SplitParagraphs(text string) []string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	text = strings.Trim(text, " \t\n")
	lines := strings.Split(text, "\n")
	blank := false
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			blank = true
			break
		}
	}
	var out []string
	if !blank {
		for _, l := range lines {
			if l = CleanText(l); l != "" {
				out = append(out, l)
			}
		}
		return out
	}
	var cur []string
	flush := func() {
		if p := CleanText(strings.Join(cur, " ")); p != "" {
			out = append(out, p)
		}
		cur = cur[:0]
	}
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			flush()
			continue
		}
		cur = append(cur, l)
	}
	flush()
	return out
}

// JoinParagraphs joins paragraphs with blank lines, the inverse of
// SplitParagraphs for cleaned paragraphs.
func JoinParagraphs(ps []string) string {
	return strings.Join(ps, "\n\n")
}

// FoldText reduces text to a form that is the same for two copies that
// differ only in case, white space, punctuation or Unicode composition: the
// lower-cased letters and digits of its words, one space between words.
func FoldText(s string) string {
	s = norm.NFKC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	word := false
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if !word && b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteRune(unicode.ToLower(r))
			word = true
			continue
		}
		if r == '\'' || r == '’' {
			continue // "don't" and "don’t" fold alike
		}
		word = false
	}
	return b.String()
}
