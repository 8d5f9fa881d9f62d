package metrics

import (
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Cache records the lookups and builds of one cache of built pages. A nil
// *Cache records nothing.
type Cache struct {
	hit, shared, miss prometheus.Counter
	ok, failed        prometheus.Counter
	took              prometheus.Observer
	wait              prometheus.Observer
}

// Cache returns the recorder of the cache of built pages called name
// (stories, outlets, lists, articles); nil for nil Metrics.
func (m *Metrics) Cache(name string) *Cache {
	if m == nil {
		return nil
	}
	return &Cache{
		hit:    m.cacheLookups.WithLabelValues(name, "hit"),
		shared: m.cacheLookups.WithLabelValues(name, "shared"),
		miss:   m.cacheLookups.WithLabelValues(name, "miss"),
		ok:     m.builds.WithLabelValues(name, "ok"),
		failed: m.builds.WithLabelValues(name, "error"),
		took:   m.buildSeconds.WithLabelValues(name),
		wait:   m.buildWait,
	}
}

// Hit counts a request answered with a page built already.
func (c *Cache) Hit() {
	if c != nil {
		c.hit.Inc()
	}
}

// Shared counts a request that joined a build of its page under way.
func (c *Cache) Shared() {
	if c != nil {
		c.shared.Inc()
	}
}

// Miss counts a request that started a build of its page.
func (c *Cache) Miss() {
	if c != nil {
		c.miss.Inc()
	}
}

// Built records a build: how long it took (after its slot) and whether it
// failed.
func (c *Cache) Built(took time.Duration, err error) {
	if c == nil {
		return
	}
	if err != nil {
		c.failed.Inc()
	} else {
		c.ok.Inc()
	}
	c.took.Observe(took.Seconds())
}

// Waited records how long a build waited for a slot of the build pool.
func (c *Cache) Waited(d time.Duration) {
	if c != nil {
		c.wait.Observe(d.Seconds())
	}
}
