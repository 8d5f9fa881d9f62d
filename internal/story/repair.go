package story

import (
	"sort"
	"time"
)

// Repair revisits every event updated since the last pass: it re-ranks
// the event's members, splits it when its articles fall into groups that
// do not report one happening, merges it with an event that turns out to
// report the same one, chooses its title again, and reconsiders its
// storyline. Merges and splits are recorded (see Drain), so that old ids
// still resolve and moved articles can be followed. AddFeatures calls it
// every RepairEvery articles; callers may also call it, e.g. before a
// snapshot.
func (c *Clusterer) Repair() {
	var dirty []*event
	for _, e := range c.events {
		if e.dirty {
			dirty = append(dirty, e)
		}
	}
	sort.Slice(dirty, func(i, j int) bool { return dirty[i].serial < dirty[j].serial })
	for _, e := range dirty {
		if _, alive := c.events[e.serial]; !alive {
			continue
		}
		e.dirty = false
		c.repairOne(e, 0)
	}
	for _, ls := range c.threads() {
		ls.repair(c)
	}
}

// repairOne splits, merges, retitles and re-threads e; depth bounds the
// splits of the parts of a split.
func (c *Clusterer) repairOne(e *event, depth int) {
	e.chooseReps(&c.w)
	if part := c.trySplit(e); part != nil && depth < 3 {
		c.repairOne(e, depth+1)
		if _, alive := c.events[part.serial]; alive {
			c.repairOne(part, depth+1)
		}
		return
	}
	if into := c.tryMerge(e); into != nil {
		e = into
		e.chooseReps(&c.w)
	}
	c.chooseTitle(e)
	for _, ls := range c.threads() {
		ls.refresh(c, e)
	}
}

// tryMerge merges e with the event that reports the same happening, if
// one scores at least MergeThreshold, and returns the event that holds
// both (nil when there was no merge). The younger event goes into the
// older one.
func (c *Clusterer) tryMerge(e *event) *event {
	leaving := c.idle(e)
	pr := e.probe()
	q := append(append([]entry(nil), pr.vecs[kindWords][:min(queryTerms, len(pr.vecs[kindWords]))]...),
		pr.vecs[kindNames][:min(queryNames, len(pr.vecs[kindNames]))]...)
	best, bestSerial := 0.0, int64(-1)
	for _, serial := range c.index.candidates(q, mergeCandidates, e.serial) {
		o := c.events[serial]
		if c.idle(o) != leaving {
			continue // an idle event merges only with another one (see repairLeaving)
		}
		need := c.mergeNeed(e, o)
		f := c.daysApartFactor(e, o) // see Config.NewDayFactor
		sc := c.pairScoreAbove(e, o, max(need, best)/f) * f
		if sc < need {
			continue
		}
		if sc > best || (sc == best && bestSerial >= 0 && serial < bestSerial) {
			best, bestSerial = sc, serial
		}
	}
	if bestSerial < 0 {
		return nil
	}
	into, from := c.events[bestSerial], e
	if from.serial < into.serial {
		into, from = from, into
	}
	touched, seq := latestTouch(from, into)
	c.merge(from, into, best)
	if leaving {
		into.touched, into.touchedSeq = touched, seq // a repair is not news
	}
	return into
}

// latestTouch returns the later of the last updates of a and b.
func latestTouch(a, b *event) (time.Time, int64) {
	if b.touched.After(a.touched) {
		return b.touched, b.touchedSeq
	}
	return a.touched, max(a.touchedSeq, b.touchedSeq)
}

// mergeNeed is the score two events need to be merged: MergeThreshold,
// plus UndatedMargin when neither holds a dated article and one holds an
// undated article that was not current news (an archive imported late):
// with no day to tell them apart, two reports of one saga look alike, so
// such events merge only on the stronger evidence an article needs to
// join one (see Config.UndatedMargin).
func (c *Clusterer) mergeNeed(a, b *event) float64 {
	need := c.cfg.MergeThreshold
	if !a.dated && !b.dated && (!a.allCurrent() || !b.allCurrent()) {
		need += c.undatedMargin()
	}
	return need
}

// mergeCandidates is how many events sharing keys with an event are
// checked for a merge.
const mergeCandidates = 8

// merge folds from into into and records it.
func (c *Clusterer) merge(from, into *event, sc float64) {
	old := into.indexed
	var fromIDs, intoIDs []string
	if c.mergeMembers {
		fromIDs, intoIDs = memberIDs(from), memberIDs(into)
	}
	into.absorb(from, c.touchAt(into.touched), c.seq)
	into.aliases = append(into.aliases, from.aliases...)
	into.aliases = append(into.aliases, from.id)
	c.index.set(from.serial, from.indexed, nil)
	delete(c.events, from.serial)
	delete(c.byID, from.id)
	delete(c.changed, from.serial)
	c.reindex(into, old)
	c.changed[into.serial] = true
	c.merged[from.id] = into.id
	for _, m := range from.members {
		c.recent.move(m.id, into.id)
	}
	c.repairs = append(c.repairs, Repair{Merge: &Merge{From: from.id, Into: into.id, Score: round4(sc), At: c.windowAt(), Seq: c.seq,
		FromArticles: fromIDs, IntoArticles: intoIDs}})
	for _, ls := range c.threads() {
		ls.eventMerged(c, from, into)
	}
}

// memberIDs returns the ids of e's members, in the event's order.
func memberIDs(e *event) []string {
	ids := make([]string, len(e.members))
	for i, m := range e.members {
		ids[i] = m.id
	}
	return ids
}
