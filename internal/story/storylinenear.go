package story

import (
	"cmp"
	"slices"
	"time"
)

// Limits of second looks at near misses (see storylines.nearLooks).
const (
	// nearDays is how long, in published time, a storyline begun by a
	// near miss is looked at again: a piece the thread missed by a little
	// is the thread's within two weeks or not at all. 30 days joined a
	// Missouri store scare to the El Paso shooting's thread a month on, a
	// join the judged pairs call wrong (SAMPLING.md, "Near misses").
	nearDays = 14
	// nearChain bounds how many merge records are followed to find what a
	// near miss's storyline became (see storylines.resolve).
	nearChain = 64
)

// nearMiss records, in the storyline l begun by an event that scored just
// under cfg.Threshold against the active storyline o (within
// cfg.NearMiss of it), that it is to be looked at again (see nearLooks)
// until the window's time passes nearDays: o's id and that time. Nothing
// is recorded when NearMiss is 0 or o is dormant.
func (ls *storylines) nearMiss(cfg *StorylineConfig, l, o *storyline, sc float64, at time.Time) {
	if cfg.NearMiss <= 0 || o == nil || sc < cfg.Threshold-cfg.NearMiss || sc >= cfg.Threshold {
		return
	}
	if _, active := ls.lines[o.serial]; !active {
		return
	}
	l.near, l.nearUntil = o.id, at.AddDate(0, 0, nearDays)
}

// resolve returns the active storyline that id names or was merged into,
// nil when none is active (evicted, dormant or forgotten).
func (ls *storylines) resolve(id string) *storyline {
	for range nearChain {
		if serial, ok := ls.byID[id]; ok {
			return ls.lines[serial]
		}
		into, ok := ls.merged[id]
		if !ok {
			return nil
		}
		id = into
	}
	return nil
}

// nearLooks gives the storylines begun by a near miss (see nearMiss) their
// second look at a repair: when the storyline or the one it missed changed
// since the last repair (dirty holds the serials that did), its events
// scored as one against that storyline, as its first event was when it was
// placed, and it merges in when the score now reaches cfg.Threshold. A
// piece that just missed a thread otherwise starts its own and never
// merges back, since a merge asks for cfg.MergeThreshold both ways: how a
// thread's centroid moved when the piece came decided where it stays
// (SAMPLING.md, "the path effect"). A record ends at the look that merges
// it, when its time is past, when the storyline holds more than
// rareLineEvents events (a thread of its own) or when the one it missed is
// no longer active. The cost is one score per young storyline whose own
// or whose target's events changed, at each repair; pending holds the
// storylines with a record, scanned with the dirty ones.
func (ls *storylines) nearLooks(c *Clusterer, cfg *StorylineConfig, pending []*storyline, dirty map[int64]bool) {
	if cfg.NearMiss <= 0 || len(pending) == 0 {
		return
	}
	slices.SortFunc(pending, func(a, b *storyline) int { return cmp.Compare(a.serial, b.serial) })
	at := c.windowAt()
	for _, l := range pending {
		if _, alive := ls.lines[l.serial]; !alive || l.near == "" {
			continue // merged away at this repair
		}
		o := ls.resolve(l.near)
		if o == nil || o == l || len(l.events) > rareLineEvents || at.After(l.nearUntil) {
			l.near, l.nearUntil = "", time.Time{}
			continue
		}
		if !dirty[l.serial] && !dirty[o.serial] {
			continue
		}
		p := l.events[0]
		if len(l.events) > 1 {
			p = l.asProfile()
		}
		sc := ls.score(cfg, p, o)
		if sc < cfg.Threshold {
			continue
		}
		l.near, l.nearUntil = "", time.Time{}
		into, from := o, l
		if from.serial < into.serial {
			into, from = from, into
		}
		ls.mergeLines(c, from, into, sc)
	}
}
