package nlp

import (
	"fmt"
	"io"
	"os"
	"strings"
)

// DefaultLang is the language used when an Input names none or one
// without data.
const DefaultLang = "en"

// Input is the text of one article.
type Input struct {
	Title      string
	Paragraphs []string
	// Lang is an ISO 639-1 code; "" means DefaultLang.
	Lang string
}

// Analyzer reads articles. It holds the language data and is safe for
// concurrent use; create it once with NewAnalyzer.
type Analyzer struct {
	langs    map[string]*lang
	translit *translit
	stems    *stemCache
}

// Option configures NewAnalyzer.
type Option func(*config) error

type config struct {
	extraLexicons []extraLexicon
}

type extraLexicon struct {
	lang string
	name string
	r    io.Reader
}

// WithLexicon adds the entries read from r (lines "category<TAB>phrase",
// '#' comments) to the term lexicon of language lang. name is used in
// error messages. Entries with a phrase already in the lexicon replace its
// category.
func WithLexicon(lang, name string, r io.Reader) Option {
	return func(c *config) error {
		c.extraLexicons = append(c.extraLexicons, extraLexicon{lang: lang, name: name, r: r})
		return nil
	}
}

// WithLexiconFile adds the entries of the lexicon file at path to the
// English term lexicon (see WithLexicon for the format).
func WithLexiconFile(path string) Option {
	return func(c *config) error {
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		c.extraLexicons = append(c.extraLexicons, extraLexicon{lang: DefaultLang, name: path, r: strings.NewReader(string(b))})
		return nil
	}
}

// NewAnalyzer loads the embedded language data and applies the options.
func NewAnalyzer(opts ...Option) (*Analyzer, error) {
	var c config
	for _, o := range opts {
		if err := o(&c); err != nil {
			return nil, err
		}
	}
	tr, err := loadTranslit(dataFS, "data/translit.txt")
	if err != nil {
		return nil, err
	}
	a := &Analyzer{langs: map[string]*lang{}, translit: tr, stems: newStemCache()}
	en, err := loadLang(dataFS, "en")
	if err != nil {
		return nil, err
	}
	en.stem = englishStem
	en.orgKeys = orgKeys(en.orgAliases, tr)
	a.langs["en"] = en
	for _, x := range c.extraLexicons {
		l := a.langs[x.lang]
		if l == nil {
			return nil, fmt.Errorf("lexicon %s: no language data for %q", x.name, x.lang)
		}
		if err := lines(x.r, x.name, l.lexicon.addLine); err != nil {
			return nil, fmt.Errorf("lexicon %s", err)
		}
	}
	return a, nil
}

// Analyze reads one article. It is deterministic: the same input gives
// the same Analysis.
func (a *Analyzer) Analyze(in Input) *Analysis {
	l := a.langs[in.Lang]
	if l == nil {
		l = a.langs[DefaultLang]
	}
	d := newDoc(a, l, in)
	d.run()
	return d.out
}
