package nlp

import "fmt"

// Senses tells which word stems name one act, state or thing in news
// reports ("resigned" and "quit", "probe" and "inquiry", "gunman" and
// "shooter"), read from the language's senses.txt. Comparing articles,
// a sentence that tells another's point in other words shares its
// participants and the senses of its words, not always the words. It is
// read-only and safe for concurrent use.
type Senses struct {
	keys map[string]string
}

// Senses returns the sense table of language lang (DefaultLang when it
// has no data).
func (a *Analyzer) Senses(lang string) *Senses {
	l := a.langs[lang]
	if l == nil {
		l = a.langs[DefaultLang]
	}
	return &Senses{keys: l.senses}
}

// Key returns the key of the sense of a word stem (Token.Stem): the stem
// of the first word of its line of senses.txt, or stem itself when no
// line lists it. Two stems of one line give the same key.
func (s *Senses) Key(stem string) string {
	if s == nil {
		return stem
	}
	if k, ok := s.keys[stem]; ok {
		return k
	}
	return stem
}

// senseKeys maps the stem of every word of lines to the stem of its
// line's first word. A stem on two lines with other keys is an error:
// the table would join two senses through it.
func senseKeys(lines [][]string, stem func(string) string) (map[string]string, error) {
	keys := map[string]string{}
	for _, ws := range lines {
		k := stem(ws[0])
		for _, w := range ws {
			st := stem(w)
			if old, ok := keys[st]; ok && old != k {
				return nil, fmt.Errorf("senses.txt: %q (stem %q) is on the lines of %q and %q", w, st, old, k)
			}
			keys[st] = k
		}
	}
	return keys, nil
}
