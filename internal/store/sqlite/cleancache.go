package sqlite

import (
	"sync"

	"github.com/parallax-news/parallax/internal/clean"
)

// modelCacheLines bounds the lines the model cache holds (about 24 bytes
// each); past it the cache starts again empty.
const modelCacheLines = 4 << 20

// modelCache keeps the outlets' cleaning models as this Store last wrote
// them, so that learning, which adds to many outlets' models in every
// transaction that stores articles, does not read and decode each of them
// every time. A stored model's article count is its version: every write
// of a model learns one article at least, so a stored model with the
// count of the cached one is the cached one. A model is taken out of the
// cache while a transaction learns into it and put back only once that
// transaction has committed.
type modelCache struct {
	mu     sync.Mutex
	models map[string]*clean.Model
	lines  int
}

// take removes and returns the cached model of outlet if it has articles
// articles; nil otherwise.
func (c *modelCache) take(outlet string, articles int64) *clean.Model {
	c.mu.Lock()
	defer c.mu.Unlock()
	m := c.models[outlet]
	if m == nil {
		return nil
	}
	delete(c.models, outlet)
	c.lines -= m.Len()
	if int64(m.Articles) != articles {
		return nil
	}
	return m
}

// put caches models, as committed, by outlet.
func (c *modelCache) put(models map[string]*clean.Model) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for outlet, m := range models {
		if old := c.models[outlet]; old != nil {
			c.lines -= old.Len()
		}
		if c.models == nil || c.lines+m.Len() > modelCacheLines {
			c.models, c.lines = map[string]*clean.Model{}, 0
		}
		c.models[outlet] = m
		c.lines += m.Len()
	}
}
