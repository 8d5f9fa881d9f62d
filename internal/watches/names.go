package watches

import (
	"strings"
	"unicode"

	"github.com/parallax-news/parallax/internal/nlp"
)

// words splits text into lower-case runs of letters and digits.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// nameMatcher tells whether a name ("Keir Starmer") holds the words a
// watch asks for ("Starmer"), as a run, after folding spelling and
// transliteration variants ("Kiev" finds "Kyiv").
type nameMatcher struct {
	fold func(string) string
	want []string
}

func newNameMatcher(nm *nlp.Naming, name string) nameMatcher {
	m := nameMatcher{fold: func(w string) string { return w }}
	if nm != nil {
		m.fold = nm.Fold
	}
	for _, w := range words(name) {
		m.want = append(m.want, m.fold(w))
	}
	return m
}

// matches reports whether name holds the wanted words as a run.
func (m nameMatcher) matches(name string) bool {
	if len(m.want) == 0 {
		return false
	}
	ws := words(name)
	for i := range ws {
		ws[i] = m.fold(ws[i])
	}
	for i := 0; i+len(m.want) <= len(ws); i++ {
		ok := true
		for j, w := range m.want {
			if ws[i+j] != w {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// entity reports whether an article's entity is the one wanted: its name,
// one of its forms or its key holds the wanted words.
func (m nameMatcher) entity(e nlp.Entity) bool {
	if e.Type == nlp.Other {
		return false
	}
	if m.matches(e.Name) || m.matches(e.Key) {
		return true
	}
	for _, f := range e.Forms {
		if m.matches(f.Text) {
			return true
		}
	}
	return false
}

// names reports whether an analysis names the entity wanted.
func (m nameMatcher) names(an *nlp.Analysis) bool {
	for _, e := range an.Entities {
		if m.entity(e) {
			return true
		}
	}
	return false
}
