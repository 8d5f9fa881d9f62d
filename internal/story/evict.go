package story

import "sort"

// evictIdle removes the events whose last update is older than the window
// in published time. It runs every evictEvery articles, so its cost is
// spread over them.
func (c *Clusterer) evictIdle() {
	if c.cfg.Window <= 0 || c.seq%evictEvery != 0 || c.clock.IsZero() {
		return
	}
	var idle []*event
	for _, e := range c.events {
		if c.idle(e) {
			idle = append(idle, e)
		}
	}
	sort.Slice(idle, func(i, j int) bool { return idle[i].serial < idle[j].serial })
	for _, e := range idle {
		c.evict(e)
	}
}

// idle reports whether e has not been updated within the window.
func (c *Clusterer) idle(e *event) bool {
	return c.cfg.Window > 0 && !c.clock.IsZero() && e.touched.Before(c.clock.Add(-c.cfg.Window))
}

// evictEvery is how often (in articles) idle events are looked for.
const evictEvery = 16

// evictOldest removes the n least recently updated events.
func (c *Clusterer) evictOldest(n int) {
	all := c.sortedEvents()
	sort.SliceStable(all, func(i, j int) bool { return all[i].touchedSeq < all[j].touchedSeq })
	for _, e := range all[:n] {
		c.evict(e)
	}
}

// evict removes e from the active window; its summary is reported by the
// next Drain when it changed since the last one, and its storyline keeps
// its profile.
func (c *Clusterer) evict(e *event) {
	if e.dirty {
		e.dirty = false
		c.chooseTitle(e)
	}
	c.index.set(e.serial, e.indexed, nil)
	delete(c.events, e.serial)
	delete(c.byID, e.id)
	for _, a := range e.aliases {
		delete(c.merged, a)
	}
	c.lines.evicted(c, e)
	if c.changed[e.serial] {
		delete(c.changed, e.serial)
		c.gone = append(c.gone, c.summary(e))
	}
}
