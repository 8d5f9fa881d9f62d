package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// fold returns p as patterns match it: lower-cased, with typographic
// quotes, apostrophes and dashes made plain, and runs of white space made
// one space. A p already in that form is returned as it is, without
// allocating.
func fold(p string) string {
	j := plainRun(p, 0)
	if j == len(p) {
		return p
	}
	var b strings.Builder
	b.Grow(len(p))
	b.WriteString(p[:j])
	space := false // a space is due before the next character
	for i := j; i < len(p); {
		c := p[i]
		if c < utf8.RuneSelf {
			if j := plainRun(p, i); j > i {
				if space && b.Len() > 0 {
					b.WriteByte(' ')
				}
				space = false
				b.WriteString(p[i:j])
				i = j
				continue
			}
			i++
			if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' {
				space = true
				continue
			}
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			} else if c == '`' {
				c = '\''
			}
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteByte(c)
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
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

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
	return strings.TrimRight(s, " .:;,!")
}

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
				for i < len(p) && p[i] < utf8.RuneSelf && asciiClass[p[i]] >= 'a' {
					h = (h ^ uint64(asciiClass[p[i]])) * prime
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
// or 0 for a separator.
var asciiClass = func() (t [utf8.RuneSelf]byte) {
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
	return strings.Count(p, " ") + 1 - strings.Count(p, "  ")
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
