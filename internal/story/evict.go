package story

import "sort"

// evictIdle removes the stories whose last update is older than the window
// in published time. It runs every evictEvery articles, so its cost is
// spread over them.
func (c *Clusterer) evictIdle() {
	if c.cfg.Window <= 0 || c.seq%evictEvery != 0 || c.clock.IsZero() {
		return
	}
	var idle []*storyState
	for _, s := range c.stories {
		if c.idle(s) {
			idle = append(idle, s)
		}
	}
	sort.Slice(idle, func(i, j int) bool { return idle[i].serial < idle[j].serial })
	for _, s := range idle {
		c.evict(s)
	}
}

// idle reports whether s has not been updated within the window.
func (c *Clusterer) idle(s *storyState) bool {
	return c.cfg.Window > 0 && !c.clock.IsZero() && s.touched.Before(c.clock.Add(-c.cfg.Window))
}

// evictEvery is how often (in articles) idle stories are looked for.
const evictEvery = 16

// evictOldest removes the n least recently updated stories.
func (c *Clusterer) evictOldest(n int) {
	all := c.sortedStories()
	sort.SliceStable(all, func(i, j int) bool { return all[i].touchedSeq < all[j].touchedSeq })
	for _, s := range all[:n] {
		c.evict(s)
	}
}

// evict removes s from the active window.
func (c *Clusterer) evict(s *storyState) {
	c.index.set(s.serial, s.indexed, nil)
	delete(c.stories, s.serial)
	delete(c.byID, s.id)
	if c.onEvict != nil {
		c.onEvict(s.summary())
	}
}
