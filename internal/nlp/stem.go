package nlp

import (
	"hash/maphash"
	"strings"
	"sync"

	"github.com/kljensen/snowball/english"
)

// stemCacheMax bounds the number of cached stems per Analyzer.
const stemCacheMax = 1 << 18

const stemShards = 16

// stemCache memoises a stemmer per Analyzer: news vocabulary repeats, and
// the Snowball stemmer allocates on every call. It is sharded so that
// concurrent Analyze calls rarely wait for each other.
type stemCache struct {
	seed   maphash.Seed
	shards [stemShards]stemShard
}

type stemShard struct {
	mu sync.RWMutex
	m  map[string]string
}

func newStemCache() *stemCache {
	c := &stemCache{seed: maphash.MakeSeed()}
	for i := range c.shards {
		c.shards[i].m = map[string]string{}
	}
	return c
}

func (c *stemCache) get(l *lang, word string) string {
	key := word
	if l.code != DefaultLang {
		key = l.code + "\x00" + word
	}
	sh := &c.shards[maphash.String(c.seed, key)%stemShards]
	sh.mu.RLock()
	s, ok := sh.m[key]
	sh.mu.RUnlock()
	if ok {
		return s
	}
	s = l.stem(word)
	sh.mu.Lock()
	if len(sh.m) < stemCacheMax/stemShards {
		// Clone: word and s may point into an article's text.
		s = strings.Clone(s)
		sh.m[strings.Clone(key)] = s
	}
	sh.mu.Unlock()
	return s
}

// englishStem is the Snowball (Porter2) English stemmer.
func englishStem(w string) string { return english.Stem(w, true) }
