package clean

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// fold returns p as patterns match it: lower-cased, with typographic
// quotes, apostrophes and dashes made plain, and runs of white space made
// one space. A p already in that form is returned as it is, without
// allocating.
func fold(p string) string {
	if plainRun(p, 0) == len(p) {
		return p
	}
	return string(appendFold(make([]byte, 0, len(p)), p))
}

// appendFold appends fold(p) to b. ASCII, most of the text, is folded
// without a branch on what the byte is: each byte is written, and kept
// unless it is a space after a space (or at the start); a space at the end
// is taken back.
func appendFold(b []byte, p string) []byte {
	start := len(b)
	n := len(b)
	b = slices.Grow(b, len(p))
	b = b[:n+len(p)]
	prev := 1 // 1: what was written last is a space, or nothing was
	for i := 0; i < len(p); {
		c := p[i]
		if c < utf8.RuneSelf {
			f := foldASCII[c]
			sp := int(foldSpace[c])
			b[n] = f
			n += 1 - sp&prev
			prev = sp
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(p[i:])
		i += size
		switch r {
		case '\u2018', '\u2019', '\u201b', '\u2032':
			r = '\''
		case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033', '\u00ab', '\u00bb':
			r = '"'
		case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
			r = '-'
		}
		b = b[:n]
		if unicode.IsSpace(r) {
			if prev == 0 {
				b = append(b, ' ')
			}
			prev = 1
		} else {
			b = utf8.AppendRune(b, unicode.ToLower(r))
			prev = 0
		}
		n = len(b)
		b = slices.Grow(b, len(p)-i)
		b = b[:n+len(p)-i]
	}
	b = b[:n]
	if n > start && b[n-1] == ' ' {
		b = b[:n-1]
	}
	return b
}

// foldASCII maps an ASCII byte to what fold writes for it: lower case for
// upper, a quote for a backquote, a space for white space (a run of it is
// one space), the byte itself for the rest.
var foldASCII = func() (t [utf8.RuneSelf]byte) {
	for c := 0; c < utf8.RuneSelf; c++ {
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			t[c] = ' '
		case c >= 'A' && c <= 'Z':
			t[c] = byte(c + 'a' - 'A')
		case c == '`':
			t[c] = '\''
		default:
			t[c] = byte(c)
		}
	}
	return t
}()

// foldSpace marks the ASCII bytes that fold makes a space: 1 for white
// space, 0 for the rest.
var foldSpace = func() (t [utf8.RuneSelf]uint8) {
	for c := 0; c < utf8.RuneSelf; c++ {
		if foldASCII[c] == ' ' {
			t[c] = 1
		}
	}
	return t
}()

// plainRun returns the end of the run of p from i that fold keeps as it
// is: ASCII bytes that are not upper-case, a backquote or white space, and
// single spaces between them.
func plainRun(p string, i int) int {
	j := i
	for j < len(p) {
		if c := p[j]; asciiPlain[c] || c == ' ' && j > i && j+1 < len(p) && asciiPlain[p[j+1]] {
			j++
			continue
		}
		break
	}
	return j
}

// asciiPlain marks the bytes fold keeps as they are.
var asciiPlain = func() (t [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = !(c >= 'A' && c <= 'Z') && c != '`' && c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v'
	}
	return t
}()

// trimEnd removes the punctuation a line may or may not end with.
func trimEnd(s string) string {
	return endPunct.trimRight(s)
}

// cutset is a set of ASCII bytes to trim, made once: strings.TrimRight and
// its kin make the set anew at each call when it has several bytes. The
// sets are made when the package loads and never changed.
type cutset [256]bool

// newCutset returns the set of the ASCII bytes of chars.
func newCutset(chars string) *cutset {
	var c cutset
	for i := 0; i < len(chars); i++ {
		if chars[i] >= utf8.RuneSelf {
			panic("cutset: not ASCII: " + chars)
		}
		c[chars[i]] = true
	}
	return &c
}

// trimRight is strings.TrimRight(s, chars).
func (c *cutset) trimRight(s string) string {
	for len(s) > 0 && c[s[len(s)-1]] {
		s = s[:len(s)-1]
	}
	return s
}

// trimLeft is strings.TrimLeft(s, chars).
func (c *cutset) trimLeft(s string) string {
	for len(s) > 0 && c[s[0]] {
		s = s[1:]
	}
	return s
}

// trim is strings.Trim(s, chars).
func (c *cutset) trim(s string) string {
	return c.trimRight(c.trimLeft(s))
}

// The cutsets of the scans that run at every paragraph.
var (
	endPunct    = newCutset(" .:;,!")
	dotsSpaces  = newCutset(". ")
	nameBounds  = newCutset(`,.;:"'()[]`)
	creditEnds  = newCutset(" ,.")
	closingEnds = newCutset(" .)]")
	keyEnds     = newCutset(".:")
)

// Key returns the key under which a model counts a paragraph: a hash of its
// letters and digits, lower-cased, with each run of digits counted as one
// digit (so "Copyright 2019" and "Copyright 2020" are one line) and all
// else as one separator. A paragraph without letters or digits has key 0.
func Key(p string) uint64 {
	const (
		offset = 14695981039346656037
		prime  = 1099511628211
	)
	h := uint64(offset)
	empty := true
	sep, digit := false, false
	for i := 0; i < len(p); {
		c := p[i]
		if c < utf8.RuneSelf {
			i++
			cl := asciiClass[c]
			switch {
			case cl >= 'a':
				// A letter, and the letters after it in one run: most of
				// a paragraph's bytes, hashed without the checks between.
				if sep && !empty {
					h = (h ^ ' ') * prime
				}
				sep, empty, digit = false, false, false
				h = (h ^ uint64(cl)) * prime
				// (asciiClass is 0 for a byte of a longer character,
				// which ends the run.)
				for i < len(p) {
					cl := asciiClass[p[i]]
					if cl < 'a' {
						break
					}
					h = (h ^ uint64(cl)) * prime
					i++
				}
				continue
			case cl == 0:
				sep, digit = true, false
				continue
			default: // '0'
				if digit {
					continue
				}
				digit = true
			}
			if sep && !empty {
				h = (h ^ ' ') * prime
			}
			sep, empty = false, false
			h = (h ^ uint64(cl)) * prime
			continue
		}
		r, size := utf8.DecodeRuneInString(p[i:])
		i += size
		switch {
		case unicode.IsDigit(r):
			if digit {
				continue
			}
			r, digit = '0', true
		case unicode.IsLetter(r):
			r, digit = unicode.ToLower(r), false
		default:
			sep, digit = true, false
			continue
		}
		if sep && !empty {
			h = (h ^ ' ') * prime
		}
		sep, empty = false, false
		for ; r > 0; r >>= 8 {
			h = (h ^ uint64(byte(r))) * prime
		}
	}
	if empty {
		return 0
	}
	h ^= h >> 33 // finish: spread the last bytes into the high bits
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	if h == 0 {
		h = 1
	}
	return h
}

// asciiClass maps an ASCII byte to its lower-case letter, '0' for a digit,
// or 0 for a separator; it is 0 for the bytes of longer characters too.
var asciiClass = func() (t [256]byte) {
	for c := 0; c < utf8.RuneSelf; c++ {
		switch {
		case c >= 'a' && c <= 'z':
			t[c] = byte(c)
		case c >= 'A' && c <= 'Z':
			t[c] = byte(c + 'a' - 'A')
		case c >= '0' && c <= '9':
			t[c] = '0'
		}
	}
	return t
}()

// Keys returns the distinct keys of an article's paragraphs, in order,
// without the paragraphs that have none.
func Keys(paragraphs []string) []uint64 {
	out := make([]uint64, 0, len(paragraphs))
	for _, p := range paragraphs {
		k := Key(p)
		if k == 0 {
			continue
		}
		dup := false
		for _, o := range out {
			if o == k {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, k)
		}
	}
	return out
}

// words counts the words of p. Stored paragraphs have their white space
// made single spaces, so it counts spaces; other white space (in text
// that was not normalised) counts as part of a word.
func words(p string) int {
	p = strings.TrimSpace(p)
	if p == "" {
		return 0
	}
	n := strings.Count(p, " ") + 1
	if hasDoubleSpace(p) {
		n -= strings.Count(p, "  ")
	}
	return n
}

// hasDoubleSpace reports whether s has two spaces in a row, eight bytes at
// a time: paragraphs as stored have none, and Count of a pattern that
// opens with a space calls IndexByte at every space.
func hasDoubleSpace(s string) bool {
	const (
		low7 = 0x7f7f7f7f7f7f7f7f
		high = 0x8080808080808080
	)
	last := false // the byte before the chunk is a space
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		x := w ^ 0x2020202020202020 // a zero byte where s has a space
		m := ^(((x & low7) + low7) | x) & high
		if m&(m>>8) != 0 || last && m&0x80 != 0 {
			return true
		}
		last = m>>63 != 0
	}
	for ; i < len(s); i++ {
		if s[i] == ' ' {
			if last {
				return true
			}
			last = true
		} else {
			last = false
		}
	}
	return false
}

// hasWord reports whether p has a letter or a digit.
func hasWord(p string) bool {
	for _, r := range p {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// containsAfter is strings.Contains(s, sub), quicker where sub opens with
// bytes common in text (a space, a "t"): it looks for sub[k:], which must
// open with a rarer byte, and then checks the k bytes before. (Index looks
// for a pattern's first byte, then compares: on a first byte found every
// few bytes that is one call of IndexByte for each.)
func containsAfter(s, sub string, k int) bool {
	for off := 0; ; {
		i := strings.Index(s[off:], sub[k:])
		if i < 0 {
			return false
		}
		i += off
		if i >= k && s[i-k:i] == sub[:k] {
			return true
		}
		off = i + 1
	}
}

// spaceAfter returns the index of the first space in s at or after i, -1
// when there is none: a plain loop, for the short distances between the
// words of a paragraph (IndexByte's call costs more than it saves there).
func spaceAfter(s string, i int) int {
	for ; i < len(s); i++ {
		if s[i] == ' ' {
			return i
		}
	}
	return -1
}

// indexEither is strings.IndexAny(s, string([]byte{a, b})) for two ASCII
// bytes: two quick scans for the bytes rather than a test of every byte
// against a set built at each call, the second only up to where the first
// found its byte.
func indexEither(s string, a, b byte) int {
	i := strings.IndexByte(s, a)
	end := len(s)
	if i >= 0 {
		end = i
	}
	if j := strings.IndexByte(s[:end], b); j >= 0 {
		return j
	}
	return i
}

// lastIndexEither is strings.LastIndexAny(s, string([]byte{a, b})) for two
// ASCII bytes: most paragraphs have neither, which two quick scans tell
// before a loop back from the end looks for the last.
func lastIndexEither(s string, a, b byte) int {
	if strings.IndexByte(s, a) < 0 && strings.IndexByte(s, b) < 0 {
		return -1
	}
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == a || s[i] == b {
			return i
		}
	}
	return -1
}
