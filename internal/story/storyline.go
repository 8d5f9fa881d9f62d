package story

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"time"

	"github.com/zeebo/xxh3"
)

// profile is what a storyline keeps of one of its events: who and what it
// is about (the strongest names and words of its centroid), when, and
// what its summary needs. It outlives the event's time in the active
// window, as long as the storyline stays active.
type profile struct {
	serial      int64 // the event's serial
	id          string
	names       vec // unit, sorted by hash
	words       vec // unit, sorted by hash
	dated       bool
	core        int32
	first, last time.Time
	articles    int
	outlets     []string
	title       string
	// titleRank is how well title suits the event (see titleRankOf):
	// a storyline takes its title from a straight report's.
	titleRank int
	// rankedFrom is the article whose headline titleRank was judged
	// from: refresh judges it again only when the title's article changes.
	rankedFrom string
	profiled   int // articles when names and words were taken
}

// storyline is an active thread of events.
type storyline struct {
	serial     int64
	id         string
	events     []*profile
	cent       [2]centroid // names, words; built by build()
	built      bool
	touched    time.Time
	touchedSeq int64
	indexed    []uint64
	dirty      bool // its events changed since the last storyline repair
	// lo and hi are the first and last core days of its dated events,
	// valid when spanOK (see span).
	lo, hi        int32
	dated, spanOK bool
	// nameDF and wordDF count, for each name and word key, the events of
	// l whose profile carries it; valid when dfOK (see spread). A
	// profile's keys change only when it is replaced (refresh keeps
	// them), so only adding, replacing, removing or merging events makes
	// them stale.
	nameDF map[uint64]int32
	wordDF map[uint64]int32
	dfOK   bool
	// rareIndexed are its keys in storylines.rare (see fullNameKeys).
	rareIndexed []uint64
	// near is the id of the storyline its first event scored just under
	// the threshold against, to be looked at again until nearUntil ("" for
	// none; see storylines.nearMiss).
	near      string
	nearUntil time.Time
}

// spread returns how many of l's events carry each key of kind k
// (kindNames or kindWords) among the keys their profiles keep; both
// counts are made together when l has changed.
func (l *storyline) spread(k kind) map[uint64]int32 {
	if !l.dfOK {
		if l.nameDF == nil {
			l.nameDF = make(map[uint64]int32)
			l.wordDF = make(map[uint64]int32)
		} else {
			clear(l.nameDF)
			clear(l.wordDF)
		}
		for _, p := range l.events {
			for _, en := range p.names {
				l.nameDF[en.h]++
			}
			for _, en := range p.words {
				l.wordDF[en.h]++
			}
		}
		l.dfOK = true
	}
	if k == kindWords {
		return l.wordDF
	}
	return l.nameDF
}

// keys returns the profile's keys of kind k (kindNames or kindWords).
func (p *profile) keys(k kind) vec {
	if k == kindWords {
		return p.words
	}
	return p.names
}

// storylines threads events into storylines, online. A Clusterer keeps
// two: the storylines it reports (Config.Storylines) and the sagas its
// event scoring weighs a saga's words out by (Config.Sagas; see
// Clusterer.sagas), so that how storylines are threaded cannot move an
// article between events.
type storylines struct {
	// sagas marks the instance the event level reads: it threads events
	// by Config.Sagas into event.saga and reports nothing (no summaries,
	// no merges, no changed events).
	sagas bool
	lines map[int64]*storyline
	byID  map[string]int64 // active and dormant storylines
	index invIndex
	// dormant holds the storylines of dormantMin or more events that went
	// idle, indexed in dormantIndex: an archive article (undated, not
	// current news) may still continue one (see best).
	dormant      map[int64]*storyline
	dormantIndex invIndex
	// rare indexes the full names of the active and dormant storylines'
	// events (see rareMerge), built at the first repair (rareBuilt).
	rare      invIndex
	rareBuilt bool
	serial    int64
	merged    map[string]string
	merges    []Merge
	changed   map[int64]bool
	gone      []Storyline
}

// conf returns the settings ls threads by.
func (ls *storylines) conf(c *Clusterer) *StorylineConfig {
	if ls.sagas {
		return &c.cfg.Sagas
	}
	return &c.cfg.Storylines
}

// slot returns where e keeps the serial of its thread in ls and its size
// when that thread was last chosen.
func (ls *storylines) slot(e *event) (serial *int64, size *int) {
	if ls.sagas {
		return &e.saga, &e.sagaSize
	}
	return &e.storyline, &e.lineSize
}

// lineOf returns e's thread in ls, nil for none.
func (ls *storylines) lineOf(e *event) *storyline {
	serial, _ := ls.slot(e)
	if *serial == 0 {
		return nil
	}
	return ls.lines[*serial]
}

func (ls *storylines) init() {
	ls.lines, ls.byID, ls.merged, ls.changed = map[int64]*storyline{}, map[string]int64{}, map[string]string{}, map[int64]bool{}
	ls.dormant = map[int64]*storyline{}
}

// Limits of storylines.
const (
	lineIndexKeys  = 12   // names and words of a storyline in the index
	lineQueryKeys  = 6    // names and words of an event looked up
	lineCandidates = 10   // storylines scored per event
	lineLinks      = 2    // closest events averaged into the linkage
	lineMoveMargin = 0.05 // how much better another storyline must score to take an event
	lineGrowth     = 1.5  // an event is re-threaded when it grew this much
	lineRecent     = 24   // latest events an event is compared with
	profileGrowth  = 1.25 // an event's profile is renewed when it grew this much
	// dormantMin is how many events an idle storyline needs to be kept
	// dormant rather than forgotten, dormantMax how many are kept (the
	// least recently touched go first).
	dormantMin = 3
	dormantMax = 8192
)

// profileOf returns the profile of event e.
func profileOf(e *event) *profile {
	pr := e.probe()
	p := &profile{serial: e.serial, id: e.id, names: compact(pr.vecs[kindNames], profileKeep),
		words: compact(pr.vecs[kindWords], profileKeep), profiled: len(e.members)}
	p.refresh(e)
	return p
}

// refresh copies e's summary fields into p.
func (p *profile) refresh(e *event) {
	p.id, p.dated, p.core, p.first, p.last, p.articles, p.title = e.id, e.dated, e.core, e.first, e.last, len(e.members), e.title
	if p.rankedFrom == "" || p.rankedFrom != e.titleArticle {
		p.titleRank, p.rankedFrom = e.titleRank(), e.titleArticle
	}
	p.outlets = p.outlets[:0]
	for o := range e.outlets {
		p.outlets = append(p.outlets, o)
	}
	sort.Strings(p.outlets)
}

// weight is how much an event counts in its storyline's centroid.
func (p *profile) weight() float64 { return 1 + math.Log(float64(max(p.articles, 1))) }

// build recomputes the storyline's centroids from its events.
func (l *storyline) build() {
	if l.built {
		return
	}
	l.cent = [2]centroid{}
	for _, p := range l.events {
		l.cent[0].add(p.names, p.weight())
		l.cent[1].add(p.words, p.weight())
	}
	l.built = true
}

// span returns the first and last core days of the dated events of l.
func (l *storyline) span() (int32, int32, bool) {
	if l.spanOK {
		return l.lo, l.hi, l.dated
	}
	var lo, hi int32
	dated := false
	for _, p := range l.events {
		if !p.dated {
			continue
		}
		if !dated || p.core < lo {
			lo = p.core
		}
		if !dated || p.core > hi {
			hi = p.core
		}
		dated = true
	}
	l.lo, l.hi, l.dated, l.spanOK = lo, hi, dated, true
	return lo, hi, dated
}

// profSim is the similarity of two events' profiles.
func (ls *storylines) profSim(cfg *StorylineConfig, a, b *profile) float64 {
	return blendNames(cfg, dot(a.names, b.names), dot(a.words, b.words), len(a.names) > 0 && len(b.names) > 0)
}

// blendNames weighs a names and a words similarity.
func blendNames(cfg *StorylineConfig, names, words float64, both bool) float64 {
	if !both {
		return words
	}
	return cfg.Names*names + (1-cfg.Names)*words
}

// score compares event profile p with storyline l, leaving out l's own
// profile of the same event.
func (ls *storylines) score(cfg *StorylineConfig, p *profile, l *storyline) float64 {
	t := 0.85
	if lo, hi, ok := l.span(); ok && p.dated {
		var gap int32
		switch {
		case p.core > hi:
			gap = p.core - hi
		case p.core < lo:
			gap = lo - p.core
		}
		t = 1.0
		if g := float64(gap); g > cfg.TimeSlack {
			t = math.Exp(-(g - cfg.TimeSlack) / cfg.TimeScale)
		}
	}
	l.build()
	names := l.cent[0].cosine(p.names)
	words := l.cent[1].cosine(p.words)
	cent := blendNames(cfg, names, words, len(p.names) > 0 && l.cent[0].norm > 0)
	if (0.5*cent+0.5)*t < cfg.Threshold {
		return (0.5*cent + 0.5*cent) * t // cannot reach the threshold: skip the events
	}
	// The closest of its latest events: a storyline continues from where
	// it has got to.
	var sims []float64
	for _, o := range l.events[max(0, len(l.events)-lineRecent):] {
		if o.serial != p.serial {
			sims = append(sims, ls.profSim(cfg, p, o))
		}
	}
	if len(sims) == 0 {
		return cent * t
	}
	return (0.5*cent + 0.5*topMean(sims, lineLinks)) * t
}

// query returns the keys under which storylines for p are looked up: its
// n strongest names and n strongest words.
func (p *profile) query(n int) []entry {
	q := strongest(p.names, n)
	return append(q, strongest(p.words, n)...)
}

// strongest returns the n heaviest entries of a hash-sorted vector.
func strongest(v vec, n int) []entry {
	out := slices.Clone(v)
	sortByWeight(out)
	return out[:min(n, len(out))]
}

// best returns the storyline that scores best for p (skipping skip), and
// its score; nil when no storyline shares a key with p. For the event of
// an archive (see archiveEvent) the dormant storylines compete too: an
// article with no date that is not current news may belong to a thread of
// any time, and an import of such articles comes after the dated stream
// has left their threads idle (ABP's 4,393 undated articles all came at
// its end and made storylines of their own beside their sagas': the
// Kavanaugh hearings, the Mueller report, the USMCA; SAMPLING.md,
// "Parallel storylines").
//
// A dormant storyline competes only when what the event's articles write
// of their time does not set it apart (see archiveTime.apart).
func (ls *storylines) best(c *Clusterer, p *profile, skip int64, archive *archiveTime) (*storyline, float64) {
	cfg := ls.conf(c)
	var best *storyline
	bestScore := 0.0
	for _, serial := range ls.index.candidates(p.query(cfg.queryKeys()), cfg.candidates(), skip) {
		l := ls.lines[serial]
		if sc := ls.score(cfg, p, l); sc > bestScore || best == nil || sc == bestScore && serial < best.serial {
			best, bestScore = l, sc
		}
	}
	if archive == nil || len(ls.dormant) == 0 {
		return best, bestScore
	}
	for _, serial := range ls.dormantIndex.candidates(p.query(cfg.queryKeys()), cfg.candidates(), skip) {
		l := ls.dormant[serial]
		if archive.apart(l) {
			continue
		}
		if sc := ls.score(cfg, p, l); sc > bestScore || best == nil || sc == bestScore && serial < best.serial {
			best, bestScore = l, sc
		}
	}
	return best, bestScore
}

// archiveEvent reports whether e holds only undated articles, some of
// them not current news: an archive's, whose publication time nothing
// gives. It returns what its articles write of their time then, else nil.
func archiveEvent(e *event) *archiveTime {
	if e.dated || e.allCurrent() {
		return nil
	}
	a := &archiveTime{years: yearsOf(e.years)}
	for _, m := range e.members {
		if !m.dated && !m.pub.IsZero() && !slices.Contains(a.urlYears, m.pub.Year()) {
			a.urlYears = append(a.urlYears, m.pub.Year())
		}
	}
	return a
}

// archiveTime is what the articles of an archive event write of their
// time: the years their text mentions (with their addresses' years), and
// the years their addresses name ("/2012/09/", see urlMonth).
type archiveTime struct {
	years, urlYears []int
}

// laterYears is how many distinct years after a storyline (beyond the year
// next to its span) an archive event must write to be set apart from it:
// one later year is often a plan or a forecast's horizon ("the 2020 race",
// "by 2025"), two mostly mean the article was written after them.
const laterYears = 2

// apart reports whether what a writes of its time sets it apart from the
// dormant storyline l, whose dated events span the years lo to hi: none of
// its years lies within a year of the span, and either its address names
// a year (its publication's) or it writes laterYears years after the
// span. Years before the span are not counted from the text: a report
// recalls the past ("the 2004 assault", "since 1967") far more often than
// an old report is filed beside a later saga. An undated Romney piece
// filed under /2012/09/ woke the 2015 storyline of Clinton's Libya tapes;
// a 2020 piece on the pandemic's cost writing 2020 and 2030 woke the 2018
// storyline of the debt (SAMPLING.md, "Dormant storylines woken by their
// years").
func (a *archiveTime) apart(l *storyline) bool {
	loDay, hiDay, ok := l.span()
	if !ok || len(a.years) == 0 && len(a.urlYears) == 0 {
		return false
	}
	lo, hi := dayTime(loDay).Year(), dayTime(hiDay).Year()
	near := func(y int) bool { return y >= lo-1 && y <= hi+1 }
	if slices.ContainsFunc(a.years, near) || slices.ContainsFunc(a.urlYears, near) {
		return false
	}
	if len(a.urlYears) > 0 {
		return true
	}
	later := 0
	for _, y := range a.years {
		if y > hi+1 {
			later++
		}
	}
	return later >= laterYears
}

// wake makes l active again if it is dormant.
func (ls *storylines) wake(l *storyline) {
	if _, ok := ls.dormant[l.serial]; !ok {
		return
	}
	delete(ls.dormant, l.serial)
	ls.dormantIndex.set(l.serial, l.indexed, nil)
	ls.lines[l.serial] = l
	ls.index.set(l.serial, nil, l.indexed)
}

// sleep keeps the idle storyline l dormant. Beyond dormantMax it forgets
// the least recently touched dormant storylines, down to 7/8 of
// dormantMax at once so that the scan is paid once per dormantMax/8
// storylines put to sleep, and returns the ids it forgot (l's own among
// them when l is the oldest).
func (ls *storylines) sleep(l *storyline) []string {
	ls.dormant[l.serial] = l
	ls.dormantIndex.set(l.serial, nil, l.indexed)
	if len(ls.dormant) <= dormantMax {
		return nil
	}
	all := make([]*storyline, 0, len(ls.dormant))
	for _, o := range ls.dormant {
		all = append(all, o)
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].touchedSeq != all[j].touchedSeq {
			return all[i].touchedSeq < all[j].touchedSeq
		}
		return all[i].serial < all[j].serial
	})
	var forgot []string
	for _, old := range all[:len(all)-dormantMax*7/8] {
		delete(ls.dormant, old.serial)
		ls.dormantIndex.set(old.serial, old.indexed, nil)
		ls.forgetRare(old)
		delete(ls.byID, old.id)
		forgot = append(forgot, old.id)
	}
	return forgot
}

// place threads a new event into the storyline it continues, or a new one.
func (ls *storylines) place(c *Clusterer, e *event) { ls.placeProfile(c, e, profileOf(e)) }

// placeFirst threads an event just started by the prepared article p: its
// profile is the article's.
func (ls *storylines) placeFirst(c *Clusterer, e *event, p *prepared) {
	ls.placeProfile(c, e, firstProfile(e, p))
}

// firstProfile is the profile of the event e just started by the
// prepared article p: the article's names and words.
func firstProfile(e *event, p *prepared) *profile {
	pr := &profile{serial: e.serial, id: e.id, names: compact(p.vecs[kindNames], profileKeep),
		words: compact(p.vecs[kindWords], profileKeep), profiled: 1}
	pr.refresh(e)
	return pr
}

// placeIn threads the new event e, whose first article is p, on the
// active thread of event of in ls; false when of has none (merged away or
// dormant: see columnLine).
func (ls *storylines) placeIn(c *Clusterer, e *event, p *prepared, of *event) bool {
	l := ls.lineOf(of)
	if l == nil {
		return false
	}
	ls.attach(c, l, firstProfile(e, p), e)
	return true
}

// placeProfile threads event e, whose profile is p.
func (ls *storylines) placeProfile(c *Clusterer, e *event, p *profile) {
	l, sc := ls.best(c, p, -1, archiveEvent(e))
	if l == nil || sc < ls.conf(c).Threshold {
		missed := l
		l = ls.newLine(e.id)
		ls.nearMiss(ls.conf(c), l, missed, sc, c.windowAt())
	}
	ls.wake(l)
	ls.attach(c, l, p, e)
}

// newLine starts an empty storyline whose id derives from its first event.
func (ls *storylines) newLine(firstEvent string) *storyline {
	ls.serial++
	id := fmt.Sprintf("l%016x", xxh3.HashString(firstEvent))
	if _, taken := ls.byID[id]; taken {
		id = fmt.Sprintf("%s-%d", id, ls.serial)
	} else if _, taken := ls.merged[id]; taken {
		id = fmt.Sprintf("%s-%d", id, ls.serial)
	}
	l := &storyline{serial: ls.serial, id: id}
	ls.lines[l.serial] = l
	ls.byID[id] = l.serial
	return l
}

// attach adds profile p of event e to l.
func (ls *storylines) attach(c *Clusterer, l *storyline, p *profile, e *event) {
	l.events = append(l.events, p)
	l.spanOK = false
	l.dfOK = false
	if l.built {
		l.cent[0].add(p.names, p.weight())
		l.cent[1].add(p.words, p.weight())
	}
	serial, size := ls.slot(e)
	*serial, *size = l.serial, len(e.members)
	ls.touchLine(c, l)
	if len(l.events) == 1 {
		ls.reindex(l)
	}
}

// changedLine marks l changed and its centroid stale.
func (ls *storylines) changedLine(c *Clusterer, l *storyline) {
	l.built, l.spanOK = false, false
	l.dfOK = false
	ls.touchLine(c, l)
}

// touchLine marks l updated: it is re-indexed and checked for merges at
// the next repair, and its summary is saved.
func (ls *storylines) touchLine(c *Clusterer, l *storyline) {
	l.touched, l.touchedSeq, l.dirty = c.touchAt(l.touched), c.seq, true
	ls.markChanged(l)
}

// markChanged notes that l's summary is to be reported at the next drain
// (not for sagas, which report nothing).
func (ls *storylines) markChanged(l *storyline) {
	if !ls.sagas {
		ls.changed[l.serial] = true
	}
}

// reindex replaces l's keys in the index with its strongest names and
// words.
func (ls *storylines) reindex(l *storyline) {
	l.build()
	keys := make([]uint64, 0, 2*lineIndexKeys)
	for _, en := range l.cent[0].top(lineIndexKeys) {
		keys = append(keys, en.h)
	}
	for _, en := range l.cent[1].top(lineIndexKeys) {
		keys = append(keys, en.h)
	}
	ls.index.set(l.serial, l.indexed, keys)
	l.indexed = keys
}

// find returns the profile of event serial in l.
func (l *storyline) find(serial int64) (int, *profile) {
	for i, p := range l.events {
		if p.serial == serial {
			return i, p
		}
	}
	return -1, nil
}

// touch notes that an article joined event e: its storyline's summary
// changed.
func (ls *storylines) touch(c *Clusterer, e *event) {
	l := ls.lineOf(e)
	if l == nil {
		return
	}
	if _, p := l.find(e.serial); p != nil {
		p.refresh(e)
		l.spanOK = false
	}
	l.touched, l.touchedSeq = c.touchAt(l.touched), c.seq
	ls.markChanged(l)
}

// refresh recomputes e's profile in its storyline and, when e grew enough
// since it was threaded, moves it to a storyline that fits it clearly
// better.
func (ls *storylines) refresh(c *Clusterer, e *event) {
	l := ls.lineOf(e)
	if l == nil {
		ls.place(c, e)
		return
	}
	i, old := l.find(e.serial)
	if old != nil && float64(len(e.members)) < profileGrowth*float64(old.profiled) && old.id == e.id {
		old.refresh(e)
		l.spanOK = false
		return
	}
	p := profileOf(e)
	if i >= 0 {
		l.events[i] = p
	} else {
		l.events = append(l.events, p)
	}
	ls.changedLine(c, l)
	_, size := ls.slot(e)
	if float64(len(e.members)) < lineGrowth*float64(*size) {
		return
	}
	*size = len(e.members)
	cur := 0.0 // a storyline of e alone holds it by no evidence
	if len(l.events) > 1 {
		cur = ls.score(ls.conf(c), p, l)
	}
	o, sc := ls.best(c, p, l.serial, archiveEvent(e))
	if o == nil || sc < ls.conf(c).Threshold || sc < cur+lineMoveMargin {
		return
	}
	ls.wake(o)
	ls.detach(c, l, e.serial, o)
	ls.attach(c, o, p, e)
}

// detach removes event serial from l; an emptied storyline is recorded as
// merged into into (so that its id still resolves) and dropped.
func (ls *storylines) detach(c *Clusterer, l *storyline, serial int64, into *storyline) {
	if i, _ := l.find(serial); i >= 0 {
		l.events = slices.Delete(l.events, i, i+1)
		l.spanOK = false
		l.dfOK = false
	}
	if len(l.events) > 0 {
		ls.changedLine(c, l)
		return
	}
	ls.drop(l)
	ls.forgetRare(l)
	ls.merged[l.id] = into.id
	if !ls.sagas {
		ls.merges = append(ls.merges, Merge{From: l.id, Into: into.id, At: c.windowAt(), Seq: c.seq})
	}
}

// drop removes l from the active storylines.
func (ls *storylines) drop(l *storyline) {
	ls.index.set(l.serial, l.indexed, nil)
	delete(ls.lines, l.serial)
	delete(ls.byID, l.id)
	delete(ls.changed, l.serial)
}

// eventMerged moves the profile of from (merged into into) out of its
// storyline; into's profile is refreshed at its repair.
func (ls *storylines) eventMerged(c *Clusterer, from, into *event) {
	l := ls.lineOf(from)
	if l == nil {
		return
	}
	if il := ls.lineOf(into); il != nil {
		ls.detach(c, l, from.serial, il)
		_, size := ls.slot(into)
		*size = 0 // re-thread at the next refresh
	}
}

// eventSplit threads n, split from e, and refreshes e's profile.
func (ls *storylines) eventSplit(c *Clusterer, e, n *event) {
	if l := ls.lineOf(e); l != nil {
		if i, _ := l.find(e.serial); i >= 0 {
			l.events[i] = profileOf(e)
			ls.changedLine(c, l)
		}
	}
	serial, _ := ls.slot(n)
	*serial = 0
	ls.place(c, n)
}

// evicted notes that event e left the active window: its storyline keeps
// its profile.
func (ls *storylines) evicted(c *Clusterer, e *event) {
	if l := ls.lineOf(e); l != nil {
		if _, p := l.find(e.serial); p != nil {
			p.refresh(e)
			l.spanOK = false
		}
	}
}

// repair merges storylines changed since the last pass with a storyline
// that scores at least MergeThreshold both ways and shares more than a
// place with it (see sharesParticipant), the younger into the older, or
// through rare names (see rareMerge); gives the storylines begun by a near
// miss their second look (see nearLooks); and evicts idle storylines.
func (ls *storylines) repair(c *Clusterer) {
	cfg := ls.conf(c)
	var dirty, pending []*storyline
	var changed map[int64]bool // the dirty serials, for nearLooks
	if cfg.NearMiss > 0 {
		changed = map[int64]bool{}
	}
	for _, l := range ls.lines {
		if l.dirty {
			dirty = append(dirty, l)
			if changed != nil {
				changed[l.serial] = true
			}
		}
		if l.near != "" {
			pending = append(pending, l)
		}
	}
	sort.Slice(dirty, func(i, j int) bool { return dirty[i].serial < dirty[j].serial })
	if cfg.RareNames > 0 {
		ls.buildRare()
	}
	for _, l := range dirty {
		if _, alive := ls.lines[l.serial]; !alive {
			continue
		}
		l.dirty = false
		ls.reindex(l)
		if cfg.RareNames > 0 {
			ls.reindexRare(l)
		}
	}
	for _, l := range dirty {
		if _, alive := ls.lines[l.serial]; !alive {
			continue
		}
		p := l.asProfile()
		best, bestScore := (*storyline)(nil), 0.0
		for _, serial := range ls.index.candidates(p.query(cfg.queryKeys()), cfg.candidates(), l.serial) {
			o := ls.lines[serial]
			sc := ls.score(cfg, p, o)
			if sc < cfg.MergeThreshold {
				continue
			}
			op := o.asProfile()
			sc = min(sc, ls.score(cfg, op, l))
			if sc >= cfg.MergeThreshold && !sharesParticipant(cfg, p, op) {
				continue // they share only a place or a beat
			}
			if sc > bestScore {
				best, bestScore = o, sc
			}
		}
		if best == nil || bestScore < cfg.MergeThreshold {
			best, bestScore = ls.rareMerge(c, cfg, l)
			if best == nil {
				continue
			}
			ls.wake(best)
		}
		into, from := best, l
		if from.serial < into.serial {
			into, from = from, into
		}
		ls.mergeLines(c, from, into, bestScore)
	}
	ls.nearLooks(c, cfg, pending, changed)
	ls.evictIdle(c)
}

// asProfile returns l's centroid as a profile, to compare it with another
// storyline.
func (l *storyline) asProfile() *profile {
	l.build()
	p := &profile{serial: -l.serial, names: byHash(l.cent[0].unit(profileKeep)), words: byHash(l.cent[1].unit(profileKeep))}
	if lo, hi, ok := l.span(); ok {
		p.dated, p.core = true, lo+(hi-lo)/2
	}
	return p
}

// mergeLines moves the events of from into into and records it.
func (ls *storylines) mergeLines(c *Clusterer, from, into *storyline, sc float64) {
	into.spanOK = false
	into.dfOK = false
	for _, p := range from.events {
		into.events = append(into.events, p)
		if e, ok := c.events[p.serial]; ok {
			serial, _ := ls.slot(e)
			*serial = into.serial
			if !ls.sagas {
				c.changed[e.serial] = true
			}
		}
	}
	ls.drop(from)
	ls.forgetRare(from)
	ls.merged[from.id] = into.id
	if !ls.sagas {
		ls.merges = append(ls.merges, Merge{From: from.id, Into: into.id, Score: round4(sc), At: c.windowAt(), Seq: c.seq})
	}
	ls.changedLine(c, into)
}

// evictIdle drops the storylines idle longer than their window in
// published time, unless an active event still holds them.
func (ls *storylines) evictIdle(c *Clusterer) {
	at := c.windowAt()
	if at.IsZero() {
		return
	}
	cfg := ls.conf(c)
	// A storyline touched within the shorter window is idle under
	// neither: only the others are looked at closely.
	recent := at.Add(-max(0, min(cfg.Window, cfg.SmallWindow)))
	var held map[int64]bool
	var idle []*storyline
	for _, l := range ls.lines {
		if !l.touched.Before(recent) {
			continue
		}
		w := cfg.Window
		if l.articles() <= cfg.SmallArticles {
			w = cfg.SmallWindow
		}
		if !l.touched.Before(at.Add(-w)) {
			continue
		}
		if held == nil {
			held = make(map[int64]bool, len(c.events))
			for _, e := range c.events {
				serial, _ := ls.slot(e)
				held[*serial] = true
			}
		}
		if !held[l.serial] {
			idle = append(idle, l)
		}
	}
	if len(idle) == 0 {
		return
	}
	sort.Slice(idle, func(i, j int) bool { return idle[i].serial < idle[j].serial })
	gone := make(map[string]bool, len(idle))
	for _, l := range idle {
		if ls.changed[l.serial] { // never for sagas
			ls.gone = append(ls.gone, ls.summary(l))
		}
		ls.drop(l)
		if len(l.events) >= dormantMin {
			ls.byID[l.id] = l.serial
			for _, id := range ls.sleep(l) {
				gone[id] = true // its merge records go with it
			}
			continue
		}
		ls.forgetRare(l)
		gone[l.id] = true
	}
	for id, into := range ls.merged {
		if gone[into] {
			delete(ls.merged, id)
		}
	}
}

// articles counts the articles of l's events.
func (l *storyline) articles() int {
	n := 0
	for _, p := range l.events {
		n += p.articles
	}
	return n
}

// idOf returns the id of storyline serial ("" for none).
func (ls *storylines) idOf(serial int64) string {
	if l := ls.lines[serial]; l != nil {
		return l.id
	}
	return ""
}

// summary returns the public Storyline of l.
func (ls *storylines) summary(l *storyline) Storyline {
	s := Storyline{ID: l.id}
	evs := slices.Clone(l.events)
	slices.SortStableFunc(evs, func(a, b *profile) int {
		switch {
		case a.dated != b.dated:
			if a.dated {
				return -1
			}
			return 1
		case a.core != b.core:
			return int(a.core - b.core)
		}
		return int(a.serial - b.serial)
	})
	outlets := map[string]bool{}
	var top *profile
	for _, p := range evs {
		s.Stories = append(s.Stories, p.id)
		s.Articles += p.articles
		for _, o := range p.outlets {
			outlets[o] = true
		}
		if p.dated && !p.first.IsZero() {
			if s.First.IsZero() || p.first.Before(s.First) {
				s.First = p.first
			}
			if p.last.After(s.Last) {
				s.Last = p.last
			}
		}
		if top == nil || p.titles(top) {
			top = p
		}
	}
	if top != nil {
		s.Title = top.title
	}
	for o := range outlets {
		s.Outlets = append(s.Outlets, o)
	}
	sort.Strings(s.Outlets)
	l.build()
	for _, en := range l.cent[0].top(summaryKeep) {
		s.Entities = append(s.Entities, en.key)
	}
	for _, en := range l.cent[1].top(summaryKeep) {
		s.Terms = append(s.Terms, en.key)
	}
	return s
}

// titles reports whether p's title names its storyline better than o's:
// a news headline's title before the other kinds (an opinion piece on one
// debate, a question, an explainer), then the event of more outlets, then
// a plain report's title before a news headline with a fault (a preview,
// a judgment, a shouted label), then the event of more articles. The
// faults of a news headline weigh less than coverage: in a storyline of
// small events, a preview of two outlets ("Senators to attend the
// harbour hearing") names the saga better than a side report of one.
func (p *profile) titles(o *profile) bool {
	switch pk, ok := p.titleRank/2, o.titleRank/2; {
	case pk != ok:
		return pk < ok
	case len(p.outlets) != len(o.outlets):
		return len(p.outlets) > len(o.outlets)
	case p.titleRank != o.titleRank:
		return p.titleRank < o.titleRank
	}
	return p.articles > o.articles
}

// drain returns the summaries of the storylines changed since the last
// drain (active or just evicted) and the merges made, and forgets them.
func (ls *storylines) drain() ([]Storyline, []Merge) {
	out := ls.gone
	serials := make([]int64, 0, len(ls.changed))
	for s := range ls.changed {
		serials = append(serials, s)
	}
	slices.Sort(serials)
	for _, s := range serials {
		if l, ok := ls.lines[s]; ok {
			out = append(out, ls.summary(l))
		}
	}
	merges := ls.merges
	ls.gone, ls.merges, ls.changed = nil, nil, map[int64]bool{}
	return out, merges
}
