package story

import (
	"cmp"
	"slices"
	"strings"
)

// rareLineEvents is how many events a storyline may hold at most to be
// joined by a shared rare name (see rareMerge): a follow-up or a column
// that began a storyline of its own, not two grown threads.
const rareLineEvents = 4

// rareLastWord bounds how common the last word of a rare full name may
// be, as a multiple of StorylineConfig.RareNames.
const rareLastWord = 4

// fullNameKeys returns the name keys of l's events that are a run of two
// or more words ("daniel richman", "kokuka courageous") and no place or
// side (placeKeys), sorted and each once. A single word ("wilson",
// "register") names too many things to link two threads alone.
func (l *storyline) fullNameKeys() []uint64 {
	var keys []uint64
	for _, p := range l.events {
		for _, en := range p.names {
			if strings.IndexByte(en.key, ' ') > 0 && !placeKeys[en.h] {
				keys = append(keys, en.h)
			}
		}
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}

// reindexRare replaces l's postings in the index of full names (active
// and dormant storylines together), touching only the names it gained or
// lost since it was last indexed: a grown storyline's postings are not
// rebuilt whole at each repair. rareMerge reads no posting order, so the
// postings' order, which this changes, decides nothing.
func (ls *storylines) reindexRare(l *storyline) {
	keys := l.fullNameKeys()
	gone, added := sortedDiff(l.rareIndexed, keys)
	ls.rare.set(l.serial, gone, added)
	l.rareIndexed = keys
}

// sortedDiff returns the keys of the sorted, distinct was that now lacks
// and those of the sorted, distinct now that was lacks, in one merge pass.
func sortedDiff(was, now []uint64) (gone, added []uint64) {
	i, j := 0, 0
	for i < len(was) && j < len(now) {
		switch {
		case was[i] < now[j]:
			gone = append(gone, was[i])
			i++
		case now[j] < was[i]:
			added = append(added, now[j])
			j++
		default:
			i++
			j++
		}
	}
	return append(gone, was[i:]...), append(added, now[j:]...)
}

// forgetRare drops l's postings from the index of full names.
func (ls *storylines) forgetRare(l *storyline) {
	ls.rare.set(l.serial, l.rareIndexed, nil)
	l.rareIndexed = nil
}

// buildRare indexes the full names of every active and dormant
// storyline, once per Clusterer: a state read from disk does not keep the
// index, and since only the storylines changed since the last repair are
// re-indexed at a repair (all of them before any lookup), the index then
// holds what a grouping that never stopped holds.
func (ls *storylines) buildRare() {
	if ls.rareBuilt {
		return
	}
	ls.rareBuilt = true
	for _, set := range []map[int64]*storyline{ls.lines, ls.dormant} {
		serials := make([]int64, 0, len(set))
		for s := range set {
			serials = append(serials, s)
		}
		slices.Sort(serials)
		for _, s := range serials {
			ls.reindexRare(set[s])
		}
	}
}

// rareMerge returns the storyline, active or dormant, that the small
// storyline l continues through rare full names: two or more names (of
// two surnames) that both hold, that at most rareHolders other storylines
// hold, and that are written in at most cfg.RareNames articles of the
// whole stream so far (a defendant and his
// victim, a ship and her captain, an aide and the memo's addressee), when
// the two score cfg.RareFloor or more both ways with their time set
// aside. The two must lie within cfg.TimeSlack days of each other, or
// within cfg.Window when the other holds at most rareIncidentEvents
// events (an incident's late follow-up; see rareNear): a small storyline joined to a
// saga months away would stretch the saga's span over everything between
// and let later merges ride on it. Nil when none does.
func (ls *storylines) rareMerge(c *Clusterer, cfg *StorylineConfig, l *storyline) (*storyline, float64) {
	if cfg.RareNames <= 0 || len(l.events) > rareLineEvents || c.df == nil {
		return nil, 0
	}
	// shared holds, for each storyline sharing a rare name with l, the
	// last words of the names it shares.
	shared := map[int64][]string{}
	for _, en := range l.rareKeys(c, cfg) {
		last := en.key[strings.LastIndexByte(en.key, ' ')+1:]
		if post := ls.rare.post[en.h]; len(post) > rareHolders+1 {
			continue // a name of many threads: a beat's cast
		}
		for _, s := range ls.rare.post[en.h] {
			if s != l.serial && !slices.Contains(shared[s], last) {
				shared[s] = append(shared[s], last)
			}
		}
	}
	var serials []int64
	for s, last := range shared {
		if len(last) >= rareShared {
			serials = append(serials, s)
		}
	}
	if len(serials) == 0 {
		return nil, 0
	}
	slices.Sort(serials)
	p := l.asProfile()
	p.dated = false
	var best *storyline
	bestScore := 0.0
	for _, s := range serials {
		o, dormant := ls.lines[s], false
		if o == nil {
			o, dormant = ls.dormant[s], true
		}
		if o == nil || !rareNear(cfg, l, o, dormant) {
			continue
		}
		sc := ls.score(cfg, p, o)
		if sc < cfg.RareFloor {
			continue
		}
		op := o.asProfile()
		op.dated = false
		if sc = min(sc, ls.score(cfg, op, l)); sc >= cfg.RareFloor && sc > bestScore {
			best, bestScore = o, sc
		}
	}
	return best, bestScore
}

// Limits of joins by rare names (see rareMerge).
const (
	rareShared         = 2 // distinct surnames of the rare names shared
	rareHolders        = 3 // storylines beside l that may hold a rare name
	rareIncidentEvents = 8 // events of a storyline a late follow-up may join
)

// rareNear reports whether storylines l and o lie near enough in time to
// be joined by rare names (see rareMerge). A storyline whose dated events
// lie beyond cfg.Window of l would have closed by then: a thread, not a
// topic of years (TestStorylineClosesWhenQuiet). A storyline of undated
// events only (an archive's, or current news without a date) joins no
// dormant one: what its articles write of their time is not read here
// (see archiveTime.apart).
func rareNear(cfg *StorylineConfig, l, o *storyline, dormant bool) bool {
	llo, lhi, lok := l.span()
	olo, ohi, ook := o.span()
	if !lok {
		return !dormant
	}
	if !ook {
		return true
	}
	gap := max(llo-ohi, olo-lhi, 0)
	late := cfg.Window.Hours() / 24
	return float64(gap) <= cfg.TimeSlack || float64(gap) <= late && len(o.events) <= rareIncidentEvents
}

// rareKeys returns the full names of the events of l (see fullNameKeys)
// that are rare under cfg: written in at most cfg.RareNames articles so
// far, and whose last word as a name of its own is in at most
// rareLastWord times as many ("House Speaker Paul Ryan" is a rare string
// of a common name: "ryan" is not rare).
func (l *storyline) rareKeys(c *Clusterer, cfg *StorylineConfig) []entry {
	var keys []entry
	for _, p := range l.events {
		for _, en := range p.names {
			sp := strings.LastIndexByte(en.key, ' ')
			if sp <= 0 || placeKeys[en.h] || c.df.df(en.h) > uint32(cfg.RareNames) ||
				c.df.df(hashKey(kindNames, en.key[sp+1:])) > uint32(rareLastWord*cfg.RareNames) {
				continue
			}
			keys = append(keys, en)
		}
	}
	slices.SortFunc(keys, func(a, b entry) int { return cmp.Compare(a.h, b.h) })
	return slices.CompactFunc(keys, func(a, b entry) bool { return a.h == b.h })
}
