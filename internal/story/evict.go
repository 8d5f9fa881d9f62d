package story

import (
	"cmp"
	"slices"
	"sort"
	"time"
)

// evictIdle removes the events whose last update is older than the window
// in published time. It runs every evictEvery articles, so its cost is
// spread over them.
func (c *Clusterer) evictIdle() {
	if c.cfg.Window <= 0 || c.seq%evictEvery != 0 || c.windowAt().IsZero() {
		return
	}
	var idle []*event
	for _, e := range c.events {
		if c.idle(e) {
			idle = append(idle, e)
		}
	}
	idle = c.repairLeaving(idle)
	sort.Slice(idle, func(i, j int) bool { return idle[i].serial < idle[j].serial })
	for _, e := range idle {
		c.evict(e)
	}
}

// repairLeaving repairs the events of idle that changed since the last
// repair pass, before they leave the active window: when the clock jumps
// (a quiet stream, or a backfill that moves from one period to another),
// an event's last articles may not have been checked for a merge or a
// split yet. Idle events merge only with each other (see tryMerge) and
// keep the time of their last article. It returns the events that leave:
// those of idle still active, and the parts split off them.
func (c *Clusterer) repairLeaving(idle []*event) []*event {
	if !slices.ContainsFunc(idle, func(e *event) bool { return e.dirty }) {
		return idle
	}
	before := c.serial
	slices.SortFunc(idle, func(a, b *event) int { return cmp.Compare(a.serial, b.serial) })
	for _, e := range idle {
		if _, alive := c.events[e.serial]; !alive || !e.dirty {
			continue
		}
		e.dirty = false
		c.repairOne(e, 0)
	}
	out := idle[:0]
	for _, e := range idle {
		if _, alive := c.events[e.serial]; alive {
			out = append(out, e)
		}
	}
	for serial, e := range c.events {
		if serial > before {
			out = append(out, e)
		}
	}
	return out
}

// idle reports whether e has not been updated within the window.
func (c *Clusterer) idle(e *event) bool {
	at := c.windowAt()
	return c.cfg.Window > 0 && !at.IsZero() && e.touched.Before(at.Add(-c.cfg.Window))
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
	for _, ls := range c.threads() {
		ls.evicted(c, e)
	}
	if c.changed[e.serial] {
		delete(c.changed, e.serial)
		c.gone = append(c.gone, c.summary(e))
	}
}

// windowAt returns the time the active windows are read at: the
// publication time of the latest dated article added, or the clock when
// none was (a state resumed).
func (c *Clusterer) windowAt() time.Time {
	if c.at.IsZero() {
		return c.clock
	}
	return c.at
}

// touchAt returns the time an update touches what was last touched at
// prev: the window's time, never before prev.
func (c *Clusterer) touchAt(prev time.Time) time.Time {
	if at := c.windowAt(); at.After(prev) {
		return at
	}
	return prev
}
