package nlp

import (
	"io/fs"
	"strings"
	"unicode"
	"unicode/utf8"
)

// translit folds names so that spelling and transliteration variants of
// one name ("Kiev"/"Kyiv", "Zelenskyy"/"Zelensky") get one key. It is
// read-only after loading.
type translit struct {
	canon map[string]string // variant token -> canonical token
	fold  map[rune]string   // letter with diacritics -> ASCII
}

// loadTranslit reads the variant table (see data/translit.txt).
func loadTranslit(fsys fs.FS, name string) (*translit, error) {
	t := &translit{canon: map[string]string{}, fold: map[rune]string{}}
	for _, p := range strings.Fields(diacriticPairs) {
		r, n := utf8.DecodeRuneInString(p)
		t.fold[r] = p[n:]
	}
	err := readData(fsys, name, func(line string) error {
		f := strings.Fields(strings.ToLower(line))
		for _, v := range f {
			t.canon[t.plain(v)] = t.plain(f[0])
		}
		return nil
	})
	return t, err
}

// plain lower-cases w, removes diacritics, apostrophes, periods and
// hyphens.
func (t *translit) plain(w string) string {
	var b strings.Builder
	b.Grow(len(w))
	for _, r := range w {
		r = unicode.ToLower(r)
		switch {
		case r < utf8.RuneSelf:
			if r == '\'' || r == '.' || r == '-' {
				continue
			}
			b.WriteRune(r)
		case r == '\u2019' || r == '\u2018' || r == '\u2010' || r == '\u2011':
		default:
			if f, ok := t.fold[r]; ok {
				b.WriteString(f)
			} else {
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}

// token folds one name token: plain form, then the variant table, then
// suffix rules for transliterated Slavic endings (-yy, -iy, -ij, -yi, -ii
// become -y).
func (t *translit) token(w string) string {
	p := t.plain(w)
	if c, ok := t.canon[p]; ok {
		return c
	}
	if len(p) > 4 {
		for _, suf := range [...]string{"yy", "iy", "ij", "yi", "ii", "yj"} {
			if strings.HasSuffix(p, suf) {
				q := p[:len(p)-2] + "y"
				if c, ok := t.canon[q]; ok {
					return c
				}
				return q
			}
		}
	}
	return slavicY(p)
}

// slavicEndings are the endings of East Slavic surnames whose "y" between
// consonants is one letter written "y" from Ukrainian and "i" from Russian
// (Danylov / Danilov, Yanukovych / Yanukovich).
var slavicEndings = [...]string{"ov", "ova", "ev", "eva", "enko", "chuk", "ych", "ich"}

// slavicY folds, in a plain token of six letters or more with an East
// Slavic surname ending, every "y" that stands between two consonants
// to "i"; any other token is returned as it is.
func slavicY(p string) string {
	if len(p) < 6 || !strings.Contains(p, "y") {
		return p
	}
	slavic := false
	for _, e := range slavicEndings {
		if strings.HasSuffix(p, e) {
			slavic = true
			break
		}
	}
	if !slavic {
		return p
	}
	b := []byte(p)
	for i := 1; i+1 < len(b); i++ {
		if b[i] == 'y' && consonant(b[i-1]) && consonant(b[i+1]) {
			b[i] = 'i'
		}
	}
	return string(b)
}

// consonant reports whether c is an ASCII consonant letter ("y" is not).
func consonant(c byte) bool {
	return c >= 'a' && c <= 'z' && !strings.ContainsRune("aeiouy", rune(c))
}

// key folds a whole name, token by token.
func (t *translit) key(name string) string {
	f := strings.Fields(name)
	for i, w := range f {
		f[i] = t.token(w)
	}
	return strings.Join(f, " ")
}
