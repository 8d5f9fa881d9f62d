package clean

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestFirstFields(t *testing.T) {
	for _, s := range []string{"", "   ", "one", " one  two\tthree\n", "a\u00a0b\u2003c d", "x \xff y", "Jane Doe, a writer, is here. "} {
		all := strings.Fields(s)
		for n := 1; n <= len(all)+1; n++ {
			want := all[:min(n, len(all))]
			if got := firstFields(s, n); !slices.Equal(got, want) {
				t.Errorf("firstFields(%q, %d) = %q, want %q", s, n, got, want)
			}
		}
	}
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"", " A  b ", "Don\u2019t \u2014 STOP`", "x\u00a0\u00a0y", "\xffAB", "İstanbul"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := fold(s), foldSlow(s); got != want {
			t.Errorf("fold(%q) = %q, want %q", s, got, want)
		}
	})
}

// foldSlow is fold as first written, byte by byte: the reference FuzzFold
// holds the faster fold to.
func foldSlow(p string) string {
	b := make([]byte, 0, len(p))
	space := true // drop leading space
	for i := 0; i < len(p); {
		c := p[i]
		if c < utf8.RuneSelf {
			i++
			if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' {
				if !space {
					b = append(b, ' ')
					space = true
				}
				continue
			}
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			} else if c == '`' {
				c = '\''
			}
			b = append(b, c)
			space = false
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
			if !space {
				b = append(b, ' ')
				space = true
			}
			continue
		}
		space = false
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	for len(b) > 0 && b[len(b)-1] == ' ' {
		b = b[:len(b)-1]
	}
	return string(b)
}

func FuzzKey(f *testing.F) {
	for _, s := range []string{"", "Copyright 2019 ", "  A  b1 22c ", "Don\u2019t \u2014 STOP`", "Ünïcode 12\u0663", "\xffAB", "x\u00a0y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Key(s), keySlow(s); got != want {
			t.Errorf("Key(%q) = %x, want %x", s, got, want)
		}
	})
}

// keySlow is Key as first written, one character at a time: the reference
// FuzzKey holds the faster Key to (a changed key would orphan every
// stored model).
func keySlow(p string) uint64 {
	const (
		offset = 14695981039346656037
		prime  = 1099511628211
	)
	h := uint64(offset)
	empty := true
	sep, digit := false, false
	for _, r := range p {
		switch {
		case r < utf8.RuneSelf && r >= '0' && r <= '9' || r >= utf8.RuneSelf && unicode.IsDigit(r):
			if digit {
				continue
			}
			r, digit = '0', true
		case r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') || r >= utf8.RuneSelf && unicode.IsLetter(r):
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
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	if h == 0 {
		h = 1
	}
	return h
}

func FuzzLastIndexes(f *testing.F) {
	for _, s := range []string{"", ".", ". ", "a. b. c", "x | y | z", "|", " | ", "no bar here.", "a |b| c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := lastBar(s), strings.LastIndex(s, " | "); got != want {
			t.Errorf("lastBar(%q) = %d, want %d", s, got, want)
		}
		if got, want := lastSentenceEnd(s), strings.LastIndex(s, ". "); got != want {
			t.Errorf("lastSentenceEnd(%q) = %d, want %d", s, got, want)
		}
	})
}
