package story

import (
	"slices"
)

// Limits of the split check.
const (
	splitMinSize = 3   // smallest event checked
	splitMaxSize = 400 // largest event checked (larger ones are left as they are)
	splitRounds  = 4   // rounds of the two-way partition
	splitMargin  = 0.2 // how much closer each part must be to itself than to the other
)

// trySplit checks whether e's members fall into two groups that do not
// report one happening, and if so moves the group without the event's
// first article to a new event, records the Split and returns the new
// event. It returns nil when e stays whole.
func (c *Clusterer) trySplit(e *event) *event {
	n := len(e.members)
	if n < splitMinSize || n > splitMaxSize || n < e.checkedSize+max(1, e.checkedSize/4) {
		return nil // checked when it was about as large
	}
	e.checkedSize = n
	inA := c.partition(e)
	if inA == nil {
		return nil
	}
	a, b := &event{}, &event{}
	for i, m := range e.members {
		if inA[i] {
			a.members = append(a.members, m)
		} else {
			b.members = append(b.members, m)
		}
	}
	a.rebuild()
	b.rebuild()
	cross := c.pairScore(a, b)
	if cross >= c.cfg.SplitThreshold {
		return nil
	}
	// Each part must hold together better than the two parts do.
	if cohesion(c, a) < cross+splitMargin || cohesion(c, b) < cross+splitMargin {
		return nil
	}
	// The part that holds the event's first article keeps its id, so an
	// old link shows what it showed first.
	keep, move := a, b
	if !inA[0] {
		keep, move = b, a
	}
	return c.split(e, keep.members, move.members, cross)
}

// cohesion is the mean similarity of the members of g with its centroid
// (1 for a single member).
func cohesion(c *Clusterer, g *event) float64 {
	if len(g.members) == 1 {
		return 1
	}
	pr := g.probe()
	var s float64
	for _, m := range g.members {
		s += contentSim(&c.w, &pr.hvecs, &m.hv)
	}
	return s / float64(len(g.members))
}

// partition divides e's members into two groups by a few rounds of
// two-means from the two members least alike: it returns which members
// are in the first group, or nil when all end in one group.
func (c *Clusterer) partition(e *event) []bool {
	ms := e.members
	// Seeds: the member least like the event, and the member least like it.
	sa := 0
	for i, m := range ms {
		if m.central < ms[sa].central {
			sa = i
		}
	}
	sb, low := -1, 2.0
	for i, m := range ms {
		if i == sa {
			continue
		}
		if s := c.memberSim(ms[sa], m); s < low {
			sb, low = i, s
		}
	}
	if sb < 0 {
		return nil
	}
	inA := make([]bool, len(ms))
	ga, gb := &event{members: []*member{ms[sa]}}, &event{members: []*member{ms[sb]}}
	for range splitRounds {
		ga.rebuild()
		gb.rebuild()
		pa, pb := ga.probe(), gb.probe()
		changed := false
		var na, nb []*member
		for i, m := range ms {
			da := contentSim(&c.w, &pa.hvecs, &m.hv) * c.dayFit(m, ga)
			db := contentSim(&c.w, &pb.hvecs, &m.hv) * c.dayFit(m, gb)
			a := da >= db
			if i == sa {
				a = true
			} else if i == sb {
				a = false
			}
			if a != inA[i] {
				changed = true
			}
			inA[i] = a
			if a {
				na = append(na, m)
			} else {
				nb = append(nb, m)
			}
		}
		ga.members, gb.members = na, nb
		if !changed && len(na) > 0 {
			break
		}
	}
	if !slices.Contains(inA, true) || !slices.Contains(inA, false) {
		return nil
	}
	return inA
}

// memberSim is the similarity of two members: content and days.
func (c *Clusterer) memberSim(a, b *member) float64 {
	s := contentSim(&c.w, &a.hv, &b.hv)
	if a.dated && b.dated {
		gap := float64(abs32(a.eday - b.eday))
		if a.told && b.told {
			gap = max(gap, c.cfg.toldGap(a.eday, b.eday))
		}
		s *= c.cfg.decay(gap)
	}
	return s
}

// dayFit is the time factor of member m against group g.
func (c *Clusterer) dayFit(m *member, g *event) float64 {
	if !m.dated || !g.dated {
		return 1
	}
	gap := float64(abs32(m.eday - g.core))
	if m.told && len(g.toldDays) > 0 {
		gap = max(gap, c.cfg.toldGap(m.eday, g.toldCore))
	}
	return c.cfg.decay(gap)
}

// split moves the members move of e to a new event and keeps keep in e.
func (c *Clusterer) split(e *event, keep, move []*member, score float64) *event {
	oldE := e.indexed
	e.members = keep
	e.rebuild()
	e.touch(c.touchAt(e.touched), c.seq)
	e.checkedSize = len(keep)
	c.reindex(e, oldE)
	n := c.newEvent(move[0].id)
	n.members = move
	n.rebuild()
	n.touch(e.touched, c.seq)
	n.checkedSize = len(move)
	n.storyline, n.saga = e.storyline, e.saga
	c.reindex(n, nil)
	ids := make([]string, len(move))
	for i, m := range move {
		ids[i] = m.id
		c.recent.move(m.id, n.id)
	}
	c.changed[e.serial], c.changed[n.serial] = true, true
	c.repairs = append(c.repairs, Repair{Split: &Split{From: e.id, Into: n.id, Articles: ids, Score: round4(score), At: c.windowAt(), Seq: c.seq}})
	for _, ev := range []*event{e, n} {
		ev.chooseReps(&c.w)
		c.chooseTitle(ev)
	}
	for _, ls := range c.threads() {
		ls.eventSplit(c, e, n)
	}
	return n
}
