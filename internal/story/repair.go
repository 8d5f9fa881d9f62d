package story

import "sort"

// Repair compares every story updated since the last pass with the stories
// that share its strongest keys in the index, and merges pairs whose
// centroid score reaches MergeThreshold: the younger story goes into the
// older one, and the Merge is recorded. AddFeatures calls it every
// RepairEvery articles; callers may also call it, e.g. before a snapshot.
func (c *Clusterer) Repair() []Merge {
	var dirty []*storyState
	for _, s := range c.stories {
		if s.dirty {
			dirty = append(dirty, s)
		}
	}
	sort.Slice(dirty, func(i, j int) bool { return dirty[i].serial < dirty[j].serial })
	var done []Merge
	for _, s := range dirty {
		if _, alive := c.stories[s.serial]; !alive {
			continue
		}
		s.dirty = false
		pr := *s.probe()
		q := append(append([]entry(nil), pr.vecs[kindWords][:min(queryTerms, len(pr.vecs[kindWords]))]...),
			pr.vecs[kindNames][:min(queryNames, len(pr.vecs[kindNames]))]...)
		best, bestSerial := 0.0, int64(-1)
		for _, serial := range c.index.candidates(q, c.cfg.MaxCandidates, s.serial) {
			o := c.stories[serial]
			// Score both ways and keep the lower: merging needs both
			// stories to look like one event from either side.
			sc := score(&c.cfg, pr, o).score
			if sc < c.cfg.MergeThreshold || sc < best {
				continue
			}
			sc = min(sc, score(&c.cfg, *o.probe(), s).score)
			if sc > best || (sc == best && bestSerial >= 0 && serial < bestSerial) {
				best, bestSerial = sc, serial
			}
		}
		if bestSerial < 0 || best < c.cfg.MergeThreshold {
			continue
		}
		into, from := c.stories[bestSerial], s
		if from.serial < into.serial {
			into, from = from, into
		}
		done = append(done, c.merge(from, into, best))
	}
	return done
}

// merge folds from into into and records it.
func (c *Clusterer) merge(from, into *storyState, sc float64) Merge {
	old := into.indexed
	into.absorb(from, c.clock, c.seq)
	c.index.set(from.serial, from.indexed, nil)
	delete(c.stories, from.serial)
	delete(c.byID, from.id)
	c.reindex(into, old)
	m := Merge{From: from.id, Into: into.id, Score: round4(sc), At: c.clock, Seq: c.seq}
	c.merged[from.id] = into.id
	c.merges = append(c.merges, m)
	return m
}
