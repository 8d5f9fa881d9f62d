package story

import (
	"strings"
	"sync"

	"github.com/kljensen/snowball/english"
)

// TextExtractor is the default FeatureExtractor. It derives names from
// capitalised word sequences (or takes Doc.Entities when the analysis stage
// provided them), numbers from tokens with digits, and terms from
// Snowball-stemmed content words. It is safe for concurrent use.
type TextExtractor struct {
	caches sync.Pool // of *stemCache, one per concurrent Extract
}

// NewTextExtractor returns a TextExtractor with empty stem caches.
func NewTextExtractor() *TextExtractor { return &TextExtractor{} }

// Extract implements FeatureExtractor.
func (x *TextExtractor) Extract(d Doc) Features {
	var toks []token
	for _, p := range d.Paragraphs {
		toks = tokenize(toks, p)
	}
	titleToks := tokenize(nil, d.Title)

	sc, _ := x.caches.Get().(*stemCache)
	if sc == nil {
		sc = &stemCache{}
	}
	defer x.caches.Put(sc)

	numbers := bag{}
	words := countWords(toks, numbers)
	titleWords := countWords(titleToks, numbers)
	terms, title := bag{}, bag{}
	for w, v := range words {
		terms[sc.stem(w)] += int(v &^ seenFlags)
	}
	for w, v := range titleWords {
		s := sc.stem(w)
		terms[s] += int(v &^ seenFlags)
		title[s] += int(v &^ seenFlags)
	}

	var names bag
	if len(d.Entities) > 0 {
		names = bag{}
		for _, e := range d.Entities {
			if e.Key == "" {
				continue
			}
			names[e.Key] += max(e.Count, 1)
		}
	} else {
		names = deriveNames(toks, words)
	}
	return Features{Terms: terms.features(), Names: names.features(), Numbers: numbers.features(), Title: title.features()}
}

// Flags in a countWords value: the word occurs in lower case, or
// capitalised inside a sentence.
const (
	seenLower = 1 << 31
	seenMidUp = 1 << 30
	seenFlags = seenLower | seenMidUp
)

// countWords counts the lower-cased content words of toks (flagging those
// seen in lower case) and adds the numbers to numbers.
func countWords(toks []token, numbers bag) map[string]uint32 {
	words := make(map[string]uint32, len(toks)/2)
	for _, t := range toks {
		if t.digit {
			numbers.add(normalizeNumber(t.text))
			continue
		}
		w := lower(t.text)
		if len(w) < 2 || stopwords[w] {
			continue
		}
		v := words[w] + 1
		if !t.upper {
			v |= seenLower
		} else if !t.start {
			v |= seenMidUp
		}
		words[w] = v
	}
	return words
}

// normalizeNumber drops thousands separators and lower-cases suffixes.
func normalizeNumber(s string) string {
	if strings.IndexByte(s, ',') >= 0 {
		s = strings.ReplaceAll(s, ",", "")
	}
	return lower(s)
}

// lower lower-cases s, without allocating when it already is.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(s)
		}
	}
	return s
}

// stemCache memoises Snowball stems; it is bounded. It is used by one
// goroutine at a time.
type stemCache struct {
	m map[string]string
}

// stemCacheMax bounds the cache; when full it is cleared.
const stemCacheMax = 1 << 16

// stem returns the Snowball English stem of the lower-case word w.
func (c *stemCache) stem(w string) string {
	if s, ok := c.m[w]; ok {
		return s
	}
	s := english.Stem(w, true)
	if c.m == nil || len(c.m) >= stemCacheMax {
		c.m = make(map[string]string, 1024)
	}
	c.m[strings.Clone(w)] = s
	return s
}
