package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token flags, kept beside the exported Token fields.
const (
	fSpace   uint8 = 1 << iota // whitespace (or paragraph start) before the token
	fCap                       // first rune is an upper-case letter
	fUpper                     // two or more letters, all upper case
	fLower                     // first rune is a lower-case letter
	fInitial                   // a single upper-case letter
)

// tok is a token under analysis: the exported Token plus working data.
type tok struct {
	Token
	para  int
	flags uint8
}

func (t *tok) is(f uint8) bool { return t.flags&f != 0 }

func isSpaceRune(r rune) bool {
	return unicode.IsSpace(r) || r == '\u00a0' || r == '\u200b' || r == '\ufeff' || r == '\u2009' || r == '\u202f'
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isHyphen(r rune) bool { return r == '-' || r == '\u2010' || r == '\u2011' }

func isApostrophe(r rune) bool { return r == '\'' || r == '\u2019' }

// runeAt decodes the rune at byte i of s, or returns (0, 0) at the end.
func runeAt(s string, i int) (rune, int) {
	if i >= len(s) {
		return 0, 0
	}
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// tokenize appends the tokens of paragraph text p (index para) to dst.
func tokenize(dst []tok, p string, para int) []tok {
	space := true
	i := 0
	for i < len(p) {
		r, n := runeAt(p, i)
		if isSpaceRune(r) {
			space = true
			i += n
			continue
		}
		start := i
		kind := KindPunct
		switch {
		case isWordRune(r):
			i = scanWord(p, i)
			if i < len(p) && p[i] == '.' && isDottedInitials(p[start:i]) {
				i++ // "U.S." keeps its final period
			}
			kind = KindWord
			if unicode.IsDigit(r) {
				kind = KindNumber
			}
		case isApostrophe(r) && possessiveAt(p, i):
			i += n + 1
			kind = KindWord
		case (r == '\'' || r == '`') && i+1 < len(p) && p[i+1] == byte(r):
			i += 2 // '' and `` are double quotation marks in some archives
		case r == '.' && strings.HasPrefix(p[i:], "..."):
			i += 3
		case isHyphen(r) && strings.HasPrefix(p[i+n:], "-"):
			i += n + 1
		default:
			i += n
		}
		t := tok{Token: Token{Surface: p[start:i], Kind: kind, Start: start, End: i}, para: para}
		if space || kind == KindWord && gluedStart(dst, p, start) {
			t.flags |= fSpace
		}
		space = false
		if kind != KindPunct {
			setCaseFlags(&t)
		}
		dst = append(dst, t)
	}
	return dst
}

// possessiveAt reports whether an apostrophe at i starts a possessive "'s".
func possessiveAt(p string, i int) bool {
	if i == 0 {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(p[:i])
	if !isWordRune(prev) {
		return false
	}
	_, n := runeAt(p, i)
	if i+n >= len(p) || (p[i+n] != 's' && p[i+n] != 'S') {
		return false
	}
	next, _ := runeAt(p, i+n+1)
	return !isWordRune(next)
}

// scanWord returns the end of the word starting at i.
func scanWord(p string, i int) int {
	for i < len(p) {
		r, n := runeAt(p, i)
		if isWordRune(r) {
			i += n
			continue
		}
		next, _ := runeAt(p, i+n)
		switch {
		case isHyphen(r) && isWordRune(next):
		case r == '.' && isWordRune(next) && !dotBreak(p, i, next):
		case r == ':' && isWordRune(next) && !colonBreak(p, i, next):
		case r == ',' && isDigitRun3(p, i+n) && i > 0 && p[i-1] >= '0' && p[i-1] <= '9':
		case isApostrophe(r) && unicode.IsLetter(next) && !possessiveAt(p, i):
		case r == '&' && unicode.IsUpper(next) && i > 0 && p[i-1] >= 'A' && p[i-1] <= 'Z':
			// "AT&T", "Texas A&M", "S&P": one word.
		default:
			return i
		}
		i += n
	}
	return i
}

// colonBreak reports whether a colon at i, glued between a letter and the
// capital next, ends the word: a subheading run into its sentence
// ("Verdict:Mayor Ruiz …") or a promo ("MORE:Ana Ruiz"), not a time or a
// verse ("10:30", "23:4").
func colonBreak(p string, i int, next rune) bool {
	prev, _ := utf8.DecodeLastRuneInString(p[:i])
	return unicode.IsLetter(prev) && unicode.IsUpper(next)
}

// dotBreak reports whether a period at i, glued between a word and the
// capital next, ends a sentence run into the next one ("… he said.The
// next day …", "… in 2014.The …", "… the FBI.Agents …", as some pages
// store their text), not a name or an address ("Node.js", "U.S.",
// "St.Louis", "Mr.Lee", "J.P.Morgan"): the two characters before it end
// a word (see glueTail) and a small letter follows the capital.
func dotBreak(p string, i int, next rune) bool {
	if !unicode.IsUpper(next) || !glueTail(p[:i]) {
		return false
	}
	_, m := runeAt(p, i+1)
	after, _ := runeAt(p, i+1+m)
	if !unicode.IsLower(after) {
		return false
	}
	// "news.Yahoo.com", "clip.Still001.png", "ana.Ruiz@mail.com": the
	// next word is followed by another period and a letter or by an at
	// sign, an address or a file name.
	e := i + 1
	for e < len(p) {
		r, n := runeAt(p, e)
		if !isWordRune(r) {
			break
		}
		e += n
	}
	ext, _ := runeAt(p, e+1)
	return e >= len(p) || p[e] != '@' && (p[e] != '.' || !unicode.IsLetter(ext))
}

// glueTail reports whether w ends like the last word of a sentence a
// stop can end with no space after it: two small letters or digits
// ("said", "2014", "mp3"), or two capitals ("FBI", "GOP"). One letter
// after a period ("U.S", "J.P") or a capital and a small letter ("Mr",
// "St") are initials and short titles, not ends.
func glueTail(w string) bool {
	b, n := utf8.DecodeLastRuneInString(w)
	if n == 0 {
		return false
	}
	a, _ := utf8.DecodeLastRuneInString(w[:len(w)-n])
	small := func(r rune) bool { return unicode.IsLower(r) || '0' <= r && r <= '9' }
	return small(a) && small(b) || unicode.IsUpper(a) && unicode.IsUpper(b)
}

// gluedStart reports whether the word starting at byte start of p opens
// a sentence glued to the one before: a capital and a small letter right
// after a full stop (and curly closing quotation marks) that ends a word
// (glueTail: "… he said.”The next day …"), or after a question or
// exclamation mark that ends a small-letter word ("… was it?The …"; not
// "Yahoo!News"). It then counts as following a space.
func gluedStart(dst []tok, p string, start int) bool {
	c, n := runeAt(p, start)
	d, _ := runeAt(p, start+n)
	if !unicode.IsUpper(c) || !unicode.IsLower(d) {
		return false
	}
	j := len(dst) - 1
	for j >= 0 && dst[j].Kind == KindPunct && typographicCloser(dst[j].Surface) && !dst[j].is(fSpace) {
		j--
	}
	if j < 1 || dst[j].is(fSpace) || dst[j-1].Kind == KindPunct || dst[j-1].End != dst[j].Start {
		return false
	}
	w := dst[j-1].Surface
	switch dst[j].Surface {
	case ".":
		return glueTail(w)
	case "?", "!", "?!", "!?":
		// A word glued to something before it or holding a period may
		// be part of an address ("page.php?Id=3") and is left alone.
		r, _ := utf8.DecodeRuneInString(w)
		clear := (dst[j-1].is(fSpace) || j >= 2 && isOpener(dst[j-2].Surface)) && !strings.Contains(w, ".")
		return clear && unicode.IsLower(r) && glueTail(w)
	}
	return false
}

// typographicCloser reports whether s can only close: a curly quotation
// mark or a bracket. A straight quotation mark glued between a full stop
// and a capital may as well open the next sentence's quotation, and
// stays as it was read before.
func typographicCloser(s string) bool {
	switch s {
	case "\u201d", "\u2019", ")", "]", "\u00bb":
		return true
	}
	return false
}

// isDottedInitials reports whether w is like "U.S" or "a.m": single letters
// separated by periods.
func isDottedInitials(w string) bool {
	if len(w) < 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		letter := ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z')
		if i%2 == 0 && !letter || i%2 == 1 && c != '.' {
			return false
		}
	}
	return len(w)%2 == 1
}

// isDigitRun3 reports whether exactly three digits start at i.
func isDigitRun3(p string, i int) bool {
	if i+3 > len(p) {
		return false
	}
	for j := i; j < i+3; j++ {
		if p[j] < '0' || p[j] > '9' {
			return false
		}
	}
	return i+3 == len(p) || p[i+3] < '0' || p[i+3] > '9'
}

func setCaseFlags(t *tok) {
	r, _ := utf8.DecodeRuneInString(t.Surface)
	switch {
	case unicode.IsUpper(r):
		t.flags |= fCap
		letters, upper := 0, 0
		for _, c := range t.Surface {
			if unicode.IsLetter(c) {
				letters++
				if unicode.IsUpper(c) {
					upper++
				}
			}
		}
		if letters == 1 && utf8.RuneCountInString(t.Surface) == 1 {
			t.flags |= fInitial
		}
		if letters >= 2 && upper == letters {
			t.flags |= fUpper
		}
	case unicode.IsLower(r):
		t.flags |= fLower
	}
}

// normalize returns the normalised form of a token: lower case, with
// typographic apostrophes and hyphens made ASCII.
func normalize(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch r {
		case '\u2019', '\u2018':
			r = '\''
		case '\u2010', '\u2011':
			r = '-'
		default:
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}
