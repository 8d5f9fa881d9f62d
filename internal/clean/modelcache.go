package clean

import "sync"

// modelCacheLines bounds the lines a ModelCache holds (about 24 bytes
// each); past it the cache starts again empty.
const modelCacheLines = 4 << 20

// ModelCache keeps the outlets' models as one store last wrote them, so
// that learning, which adds to many outlets' models in every transaction
// that stores articles, does not read and decode each of them every time.
// A stored model's article count is its version: every write of a model
// learns one article at least, so a stored model with the count of the
// cached one is the cached one, whoever else writes to the store. A store
// takes a model out while a transaction learns into it and puts it back
// only once that transaction has committed. The zero value is an empty
// cache, safe for concurrent use.
type ModelCache struct {
	mu     sync.Mutex
	models map[string]*Model
	lines  int
}

// Take removes and returns the cached model of outlet if it has articles
// articles; nil otherwise (then the stored model must be read).
func (c *ModelCache) Take(outlet string, articles int64) *Model {
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

// Put caches models, by outlet, as a transaction that has committed
// wrote them.
func (c *ModelCache) Put(models map[string]*Model) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for outlet, m := range models {
		if old := c.models[outlet]; old != nil {
			c.lines -= old.Len()
		}
		if c.models == nil || c.lines+m.Len() > modelCacheLines {
			c.models, c.lines = map[string]*Model{}, 0
		}
		c.models[outlet] = m
		c.lines += m.Len()
	}
}
