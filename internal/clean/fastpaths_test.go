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

func FuzzWordsAndScans(f *testing.F) {
	for _, s := range []string{"", " ", "  ", "a  b", "a b", "abcdefg  h", "abcdefgh  ", "abcdefg\u00a0 x", "toggle caption x", "ggle caption ", "a Photo: b", "Photo", "x  Photo"} {
		f.Add(s, 3)
	}
	f.Fuzz(func(t *testing.T, s string, i int) {
		if got, want := hasDoubleSpace(s), strings.Contains(s, "  "); got != want {
			t.Errorf("hasDoubleSpace(%q) = %v, want %v", s, got, want)
		}
		for _, sub := range []struct {
			s string
			k int
		}{{"toggle caption ", 2}, {" Photo", 1}} {
			if got, want := containsAfter(s, sub.s, sub.k), strings.Contains(s, sub.s); got != want {
				t.Errorf("containsAfter(%q, %q) = %v, want %v", s, sub.s, got, want)
			}
		}
		if i < 0 || i > len(s) {
			return
		}
		want := strings.IndexByte(s[i:], ' ')
		if want >= 0 {
			want += i
		}
		if got := spaceAfter(s, i); got != want {
			t.Errorf("spaceAfter(%q, %d) = %d, want %d", s, i, got, want)
		}
	})
}

func FuzzCreditSuffix(f *testing.F) {
	c, err := New()
	if err != nil {
		f.Fatal(err)
	}
	r := c.langs[DefaultLang]
	for _, s := range []string{"", "Jane Doe Getty Images", "Reuters photo", "AP Photos", "Jane  Doe\u00a0AFP.", "x \xff Getty Images", "getty images photos"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ok, rest := r.creditSuffix(s)
		wantOK, wantRest := creditSuffixSlow(r, s)
		if ok != wantOK || rest != wantRest {
			t.Errorf("creditSuffix(%q) = %v %q, want %v %q", s, ok, rest, wantOK, wantRest)
		}
	})
}

// creditSuffixSlow is creditSuffix as first written, folding each tail
// of words again: the reference FuzzCreditSuffix holds it to.
func creditSuffixSlow(r *rules, part string) (bool, string) {
	ws := strings.Fields(part)
	for k := 0; k < len(ws); k++ {
		tail := fold(strings.Join(ws[k:], " "))
		tail = strings.TrimSuffix(strings.TrimSuffix(tail, " photo"), " photos")
		if r.credits[strings.TrimRight(tail, ".:")] {
			return true, strings.Join(ws[:k], " ")
		}
	}
	return false, ""
}

func FuzzSplitCredit(f *testing.F) {
	for _, s := range []string{"", "/", "Jane Doe/Reuters", "a and and b", "x - - y", "A — B – C: D", "a,b;c|d", " via /for ", "Jane Doe for The Post via Getty Images", "a :b", "\xff - \xe2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := splitCredit(s), splitCreditSlow(s); !slices.Equal(got, want) {
			t.Errorf("splitCredit(%q) = %q, want %q", s, got, want)
		}
	})
}

// splitCreditSlow is splitCredit as first written, with a strings.Replacer:
// the reference FuzzSplitCredit holds it to.
func splitCreditSlow(s string) []string {
	s = strings.NewReplacer(" via ", "/", " for ", "/", " and ", "/", ",", "/", ";", "/", "|", "/", " - ", "/", " — ", "/", " – ", "/", ": ", "/").Replace(s)
	var out []string
	for _, part := range strings.Split(s, "/") {
		if part = strings.TrimSpace(part); part != "" {
			out = append(out, part)
		}
	}
	return out
}

func FuzzIndexEither(f *testing.F) {
	for _, s := range []string{"", "(", "a(b]c", "[x) (y]", "no brackets", "\xff)", "İSTANBUL \u212a Ⱥ (Ünited)", "\xe2\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := indexEither(s, '(', '['), strings.IndexAny(s, "(["); got != want {
			t.Errorf("indexEither(%q) = %d, want %d", s, got, want)
		}
		if got, want := lastIndexEither(s, ')', ']'), strings.LastIndexAny(s, ")]"); got != want {
			t.Errorf("lastIndexEither(%q) = %d, want %d", s, got, want)
		}
		if got, want := string(appendLower(nil, s)), strings.ToLower(s); got != want {
			t.Errorf("appendLower(%q) = %q, want %q", s, got, want)
		}
	})
}

func FuzzCutsets(f *testing.F) {
	for _, s := range []string{"", " ", "a. ", "(Jane Doe).", "• - x", "\u00b7x", "*\xff", ",.;x;.,", "Getty Images, ."} {
		f.Add(s)
	}
	sets := map[*cutset]string{endPunct: " .:;,!", dotsSpaces: ". ", nameBounds: `,.;:"'()[]`,
		creditEnds: " ,.", closingEnds: " .)]", keyEnds: ".:"}
	f.Fuzz(func(t *testing.T, s string) {
		for c, chars := range sets {
			if got, want := c.trimRight(s), strings.TrimRight(s, chars); got != want {
				t.Errorf("trimRight(%q, %q) = %q, want %q", s, chars, got, want)
			}
			if got, want := c.trim(s), strings.Trim(s, chars); got != want {
				t.Errorf("trim(%q, %q) = %q, want %q", s, chars, got, want)
			}
		}
		if got, want := stripLead(s), strings.TrimLeft(s, leadChars); got != want {
			t.Errorf("stripLead(%q) = %q, want %q", s, got, want)
		}
	})
}
