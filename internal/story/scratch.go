package story

import (
	"strings"
	"sync"

	"github.com/kljensen/snowball/english"
)

// scratch is the working memory of one feature extraction: token buffers,
// the word maps and bags, and a cache of stems. An extractor keeps a few
// and lends each to one extraction at a time, so that extracting an
// article allocates little more than the features it returns, and looking
// a stem up takes no lock.
type scratch struct {
	toks, titleToks                                     []token
	words, titleWords, first                            wordCounts
	numbers, terms, title, lead, names, phrases, quotes bag
	stems                                               map[string]string
	// quoteWords are the words of a quotation and key the shingle being
	// counted (see shingles).
	quoteWords []string
	key        []byte
}

// Bounds of the scratch kept between extractions.
const (
	scratchKeep = 8       // scratches an extractor keeps
	stemsMax    = 1 << 15 // stems a scratch caches (cleared when full)
	toksKeep    = 4096    // longest token buffer kept
)

// scratchPool lends scratches. The zero value is ready to use.
type scratchPool struct {
	mu   sync.Mutex
	free []*scratch
}

// get returns an empty scratch.
func (p *scratchPool) get() *scratch {
	p.mu.Lock()
	defer p.mu.Unlock()
	if n := len(p.free); n > 0 {
		s := p.free[n-1]
		p.free = p.free[:n-1]
		return s
	}
	return &scratch{
		words: wordCounts{idx: map[string]int32{}}, titleWords: wordCounts{idx: map[string]int32{}}, first: wordCounts{idx: map[string]int32{}},
		numbers: bag{}, terms: bag{}, title: bag{}, lead: bag{}, names: bag{}, phrases: bag{}, quotes: bag{},
		stems: map[string]string{},
	}
}

// put empties s (so that it holds no text of the article it served) and
// keeps it for the next extraction.
func (p *scratchPool) put(s *scratch) {
	clear(s.toks)
	clear(s.titleToks)
	s.toks, s.titleToks = s.toks[:0], s.titleToks[:0]
	if cap(s.toks) > toksKeep {
		s.toks = nil
	}
	clear(s.quoteWords[:cap(s.quoteWords)])
	clear(s.key[:cap(s.key)])
	s.quoteWords, s.key = s.quoteWords[:0], s.key[:0]
	if cap(s.quoteWords) > toksKeep {
		s.quoteWords = nil
	}
	for _, wc := range []*wordCounts{&s.words, &s.titleWords, &s.first} {
		wc.reset()
	}
	for _, b := range []bag{s.numbers, s.terms, s.title, s.lead, s.names, s.phrases, s.quotes} {
		clear(b)
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.free) < scratchKeep {
		p.free = append(p.free, s)
	}
}

// stem returns the Snowball English stem of the lower-case word w.
func (s *scratch) stem(w string) string {
	if st, ok := s.stems[w]; ok {
		return st
	}
	st := english.Stem(w, true)
	if len(s.stems) >= stemsMax {
		clear(s.stems)
	}
	s.stems[strings.Clone(w)] = st
	return st
}
