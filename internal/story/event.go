package story

import (
	"slices"
	"sort"
	"time"
)

// member is one article of an active event, with what scoring, splitting
// and choosing a title need of it.
type member struct {
	id       string
	outlet   string
	title    string
	hv       [numKinds]vec // compact, sorted by hash
	years    []int
	pub      time.Time // when dated; else the month its URL names (see urlMonth), or zero
	pubDay   int32     // when dated; the day it was added when current (0: unknown)
	eday     int32     // the day it reports on; meaningful when dated
	told     bool      // eday is a day the text names
	ahead    bool      // a preview of a coming happening (see previewOf)
	dated    bool
	current  bool // undated, but added near the clock (see Doc.Added)
	headline Headline
	acts     Acts // the acts its head tells (see actsOf)
	// speaker is who speaks in its title (see headSpeaker): not saved,
	// read again from the title when a state is resumed.
	speaker []string
	// central is its similarity with the event's centroid at the last
	// repair (or when it joined).
	central float64
	// styled is whether its text reads as a column by its voice
	// (Doc.Styled): its headline ranks as a column's for the event's
	// title (titleRankOf).
	styled bool
	// rank1 is titleRankOf's rank of its headline plus one, 0 until
	// first asked for: title and headline do not change, and choosing
	// an event's title asks at every repair for every member.
	rank1 int8
	// verdict1 is verdictHeadline of its title plus one (1 no, 2 yes), 0
	// until first asked for: choosing an event's title asks at every
	// repair for every member (see verdictTitle).
	verdict1 int8
}

// event is an active event: its members, centroids and summary fields.
type event struct {
	serial       int64 // creation order, breaks ties deterministically
	id           string
	title        string
	titleArticle string
	first, last  time.Time // of dated members
	dated        bool
	days         map[int32]int // days dated members report on
	core         int32         // the median of days
	toldDays     map[int32]int // the days members name in their text
	toldCore     int32         // the median of toldDays
	firstDay     int32         // the earliest of days
	starts       map[int32]int // the days dated members' publication spans start on (see spanStart)
	pubStart     int32         // the earliest of starts
	pubDays      map[int32]int // dated members' publication days, on their publishers' clocks (see Doc.Offset)
	pubEnd       int32         // the latest of pubDays: where the publication span ends
	touched      time.Time     // clock at the last update
	touchedSeq   int64         // article count at the last update
	members      []*member
	outlets      map[string]int
	years        map[int]int
	cent         [numKinds]centroid
	indexed      []uint64 // keys currently in the inverted index
	dirty        bool     // updated since the last repair pass
	cached       *probe   // probeOfEvent, until the next update
	reps         []*member
	fresh        int   // members added since reps were chosen
	storyline    int64 // serial of its storyline, 0 for none yet
	lineSize     int   // size when its storyline was last chosen
	// saga and sagaSize are storyline and lineSize in the Clusterer's
	// sagas, the threads its scoring weighs saga words out by.
	saga        int64
	sagaSize    int
	checkedSize int      // size when it was last checked for a split
	aliases     []string // ids of the events merged into it
}

// newMember returns the member for prepared article p.
func newMember(p *prepared) *member {
	pub := p.doc.Published
	if !p.doc.HasTime {
		pub = p.month
	}
	return &member{id: p.doc.ID, outlet: p.doc.Outlet, title: p.title, rank1: p.rank1, hv: p.mv, years: p.years,
		pub: pub, pubDay: p.pubDay, eday: p.eday, told: p.told, ahead: p.ahead, dated: p.doc.HasTime, current: p.current, headline: p.headline, styled: p.doc.Styled, acts: p.acts, speaker: p.speaker}
}

// spanStart is the day from which m counts in its event's publication
// span (see MaxPubSpan): its publication day, or the day after for a
// preview, which is about the coming day's happening and should not hold
// that happening's next-day reports out of its event.
func (m *member) spanStart() int32 {
	if m.ahead {
		return m.pubDay + 1
	}
	return m.pubDay
}

// add folds member m into e.
func (e *event) add(m *member, clock time.Time, seq int64) {
	e.members = append(e.members, m)
	for k := range e.cent {
		e.cent[k].add(m.hv[k], 1)
	}
	e.count(m, 1)
	if m.dated {
		e.extendTime(m.pub, m.pub)
	}
	e.fresh++
	e.touch(clock, seq)
}

// count adds (n = 1) or removes (n = -1) m's outlet, years and day.
func (e *event) count(m *member, n int) {
	if m.outlet != "" {
		if e.outlets == nil {
			e.outlets = map[string]int{}
		}
		e.outlets[m.outlet] += n
		if e.outlets[m.outlet] <= 0 {
			delete(e.outlets, m.outlet)
		}
	}
	for _, y := range m.years {
		if e.years == nil {
			e.years = map[int]int{}
		}
		e.years[y] += n
		if e.years[y] <= 0 {
			delete(e.years, y)
		}
	}
	if m.dated {
		e.days = tally(e.days, m.eday, n)
		e.core = medianDay(e.days)
		e.firstDay = firstOf(e.days)
		e.starts = tally(e.starts, m.spanStart(), n)
		e.pubStart = firstOf(e.starts)
		e.pubDays = tally(e.pubDays, m.pubDay, n)
		e.pubEnd = lastOf(e.pubDays)
		if m.told {
			e.toldDays = tally(e.toldDays, m.eday, n)
			e.toldCore = medianDay(e.toldDays)
		}
	}
}

// tally adds n to day d of the histogram h, made when nil, dropping the
// days whose count falls to zero, and returns h.
func tally(h map[int32]int, d int32, n int) map[int32]int {
	if h == nil {
		h = map[int32]int{}
	}
	h[d] += n
	if h[d] <= 0 {
		delete(h, d)
	}
	return h
}

// touch marks e updated.
func (e *event) touch(clock time.Time, seq int64) {
	e.touched, e.touchedSeq, e.dirty, e.cached = clock, seq, true, nil
}

// medianDay returns the median of a histogram of days.
func medianDay(days map[int32]int) int32 {
	if len(days) == 0 {
		return 0
	}
	ds := make([]int32, 0, len(days))
	n := 0
	for d, c := range days {
		ds = append(ds, d)
		n += c
	}
	slices.Sort(ds)
	half := (n + 1) / 2
	for _, d := range ds {
		half -= days[d]
		if half <= 0 {
			return d
		}
	}
	return ds[len(ds)-1]
}

// lastOf returns the latest day of a histogram.
func lastOf(days map[int32]int) int32 {
	last, ok := int32(0), false
	for d := range days {
		if !ok || d > last {
			last, ok = d, true
		}
	}
	return last
}

// firstOf returns the earliest day of a histogram.
func firstOf(days map[int32]int) int32 {
	first, ok := int32(0), false
	for d := range days {
		if !ok || d < first {
			first, ok = d, true
		}
	}
	return first
}

// extendTime widens the event's time span to include [first, last].
func (e *event) extendTime(first, last time.Time) {
	if !e.dated {
		e.first, e.last, e.dated = first, last, true
		return
	}
	if first.Before(e.first) {
		e.first = first
	}
	if last.After(e.last) {
		e.last = last
	}
}

// spanDays is the span of the event's dated articles in days.
func (e *event) spanDays() float64 {
	if !e.dated {
		return 0
	}
	return e.last.Sub(e.first).Hours() / 24
}

// absorb folds event o into e (o is being merged away).
func (e *event) absorb(o *event, clock time.Time, seq int64) {
	for _, m := range o.members {
		e.members = append(e.members, m)
		e.count(m, 1)
	}
	for k := range e.cent {
		e.cent[k].add(o.cent[k].e, 1)
	}
	if o.dated {
		e.extendTime(o.first, o.last)
	}
	e.reps = nil
	e.touch(clock, seq)
}

// rebuild recomputes the centroids, counts and time span of e from its
// members (after a split).
func (e *event) rebuild() {
	e.cent = [numKinds]centroid{}
	e.outlets, e.years, e.days, e.toldDays, e.starts, e.pubDays = nil, nil, nil, nil, nil, nil
	e.dated, e.first, e.last = false, time.Time{}, time.Time{}
	for _, m := range e.members {
		for k := range e.cent {
			e.cent[k].add(m.hv[k], 1)
		}
		e.count(m, 1)
		if m.dated {
			e.extendTime(m.pub, m.pub)
		}
	}
	e.reps, e.cached = nil, nil
}

// summary returns the public Story of e; line is its storyline's id.
func (e *event) summary(line string) Story {
	st := Story{ID: e.id, Title: e.title, TitleArticle: e.titleArticle, Storyline: line}
	st.Articles = make([]string, len(e.members))
	for i, m := range e.members {
		st.Articles[i] = m.id
	}
	if e.dated {
		st.First, st.Last, st.Day = e.first, e.last, dayTime(e.core)
	}
	st.Outlets = make([]string, 0, len(e.outlets))
	for o := range e.outlets {
		st.Outlets = append(st.Outlets, o)
	}
	sort.Strings(st.Outlets)
	pr := e.probe()
	for _, en := range pr.vecs[kindNames][:min(summaryKeep, len(pr.vecs[kindNames]))] {
		st.Entities = append(st.Entities, en.key)
	}
	for _, en := range pr.vecs[kindWords][:min(summaryKeep, len(pr.vecs[kindWords]))] {
		st.Terms = append(st.Terms, en.key)
	}
	return st
}

// indexKeys returns the keys under which e is found in the inverted index:
// its strongest words and names;
// buf is scratch memory for selecting them (nil allocates).
func (e *event) indexKeys(buf *vec) []uint64 {
	var words, names vec
	if e.cached != nil {
		words, names = e.cached.vecs[kindWords], e.cached.vecs[kindNames]
	} else {
		if buf == nil {
			buf = new(vec)
		}
		*buf = append((*buf)[:0], e.cent[kindWords].e...)
		n := len(*buf)
		*buf = append(*buf, e.cent[kindNames].e...)
		words = strongestN((*buf)[:n:n], indexTerms)
		names = strongestN((*buf)[n:], indexNames)
	}
	keys := make([]uint64, 0, indexTerms+indexNames)
	for _, en := range words[:min(indexTerms, len(words))] {
		keys = append(keys, en.h)
	}
	for _, en := range names[:min(indexNames, len(names))] {
		keys = append(keys, en.h)
	}
	return keys
}

// probe returns the event's centroids as a probe (strongest keys first),
// computing it once per update.
func (e *event) probe() *probe {
	if e.cached == nil {
		pr := probeOfEvent(e)
		e.cached = &pr
	}
	return e.cached
}

// representatives returns the members an article is compared with: all of
// them for a small event, else the most central ones chosen at the last
// repair and those added since.
func (e *event) representatives() []*member {
	if len(e.members) <= repsKeep+2 || e.reps == nil {
		if len(e.members) <= repsKeep+2 {
			return e.members
		}
		return e.members[max(0, len(e.members)-repsKeep-2):]
	}
	out := e.reps
	if e.fresh > 0 {
		out = append(slices.Clip(out), e.members[max(0, len(e.members)-min(e.fresh, 4)):]...)
	}
	return out
}

// chooseReps ranks the members by their similarity with the centroid
// (stored in central) and keeps the most central as representatives.
func (e *event) chooseReps(w *[numKinds]float64) {
	pr := e.probe()
	for _, m := range e.members {
		m.central = contentSim(w, &pr.hvecs, &m.hv)
	}
	if len(e.members) <= repsKeep+2 {
		e.reps, e.fresh = nil, 0
		return
	}
	byCentral := slices.Clone(e.members)
	slices.SortStableFunc(byCentral, func(a, b *member) int {
		switch {
		case a.central > b.central:
			return -1
		case a.central < b.central:
			return 1
		}
		return 0
	})
	e.reps, e.fresh = byCentral[:repsKeep], 0
}
