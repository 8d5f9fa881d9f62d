package story

import (
	"encoding/json"
	"fmt"
	"math"
	"slices"
)

// stateMagic opens a saved state; its last byte is the format version.
const stateMagic = "PXEV\x09"

// aheadBit marks a preview member (member.ahead) in the number of its
// headline kind, so that states written before it are read unchanged.
const aheadBit = 1 << 7

// styledBit marks a member whose text reads as a column by its voice
// (member.styled) in that same number: states written before it (format
// stateV6) read none. Headline kinds take the bits below it.
const styledBit = 1 << 6

// actsShift places a member's acts (member.acts) above its headline kind
// and aheadBit in that same number: states written before read no acts.
const actsShift = 8

// stateV2 is the format before profiles kept their title's rank, still
// read: the rank is then judged from the title's words alone.
const stateV2 = 2

// stateV3 is the format before dormant storylines were kept, still read:
// it has none.
const stateV3 = 3

// stateV4 is the format before members kept their acts, still read: its
// members' kind numbers hold nothing above actsShift, so they have none.
// The version moved so that a binary older than the acts refuses a state
// that holds them instead of misreading its members' headline kinds.
const stateV4 = 4

// stateV5 is the format before the sagas (Clusterer.sagas) were kept apart
// from the storylines, still read: its storylines are read twice, once
// as the sagas, so that the event level resumes with what it read before.
const stateV5 = 5

// stateV6 is the format before members kept whether their text reads as
// a column (styledBit), still read: none does. The version moved, as for
// stateV4, so that a binary older than the bit refuses a state that holds
// it instead of reading a styled member's headline kind as an unknown
// kind.
const stateV6 = 6

// stateV7 is the format before the time the active window is read at
// (Clusterer.at) was kept, still read: the window is then read at the
// clock until the next dated article, as it was on a published order.
const stateV7 = 7

// stateV8 is the format before storylines kept the storyline their first
// event nearly joined (storyline.near), still read: none has one, so no
// storyline read from it gets a second look (see storylines.nearLooks).
const stateV8 = 8

// MarshalBinary returns the state of c: everything Resume needs to
// continue exactly where it stopped (the active events with their members
// and centroids, the active and dormant storylines with the profiles of
// their events,
// the document-frequency sketch, the recent articles' events and the
// merges still relevant). Changes not yet drained are not part of it:
// call Drain first. Resuming and adding the same further articles gives
// the same decisions as not stopping.
func (c *Clusterer) MarshalBinary() ([]byte, error) {
	return c.marshal(stateMagic[len(stateMagic)-1])
}

// marshal writes the state in format version v: the current one, or
// an older one (for the tests that such a state is still read).
func (c *Clusterer) marshal(v byte) ([]byte, error) {
	cfg, err := json.Marshal(c.cfg)
	if err != nil {
		return nil, fmt.Errorf("story state: %w", err)
	}
	// The buffer is sized from the last states (stateCap): grown from
	// nothing, the tens of megabytes of a large state were copied over and
	// over at every save.
	w := &enc{b: make([]byte, 0, c.stateCap())}
	w.b = append(append(w.b, stateMagic[:len(stateMagic)-1]...), v)
	w.bytes(cfg)
	w.time(c.clock)
	if v > stateV7 {
		w.time(c.at)
	}
	w.int(c.seq)
	w.int(c.serial)
	w.bytes(c.df.marshal())
	writeMerged(w, c.merged)
	w.strs(c.recent.order)
	w.uint(uint64(c.recent.next))
	for _, a := range c.recent.order {
		w.str(c.recent.story[a])
	}
	events := c.sortedEvents()
	w.uint(uint64(len(events)))
	for _, e := range events {
		writeEvent(w, e, v, c.sagasShared())
	}
	writeLines(w, &c.lines, v)
	if v > stateV5 {
		// Shared sagas are written as the storylines, as a Clusterer
		// that kept them apart would have them.
		writeLines(w, c.sagaThreads(), v)
	}
	c.stateSize, c.stateGrowth = len(w.b), max(len(w.b)-c.stateSize, 0)
	return w.b, nil
}

// stateCap returns the capacity to give the buffer of the next state: the
// last state's length plus the growth it had over the one before (at most
// its own length), and an eighth more. Clustering grows the state batch
// by batch, by about as much each time, so that the last state's length
// alone was outgrown (and the buffer copied over as it grew) at each save.
func (c *Clusterer) stateCap() int {
	n := c.stateSize + min(c.stateGrowth, c.stateSize)
	return n + n/8 + len(stateMagic)
}

// writeLines writes the threads of ls (active and, from stateV4 on,
// dormant) in format version v.
func writeLines(w *enc, ls *storylines, v byte) {
	w.int(ls.serial)
	writeMerged(w, ls.merged)
	lines := make([]*storyline, 0, len(ls.lines))
	for _, l := range ls.lines {
		lines = append(lines, l)
	}
	slices.SortFunc(lines, func(a, b *storyline) int { return int(a.serial - b.serial) })
	w.uint(uint64(len(lines)))
	for _, l := range lines {
		writeLine(w, l, v)
	}
	if v > stateV3 {
		dormant := make([]*storyline, 0, len(ls.dormant))
		for _, l := range ls.dormant {
			dormant = append(dormant, l)
		}
		slices.SortFunc(dormant, func(a, b *storyline) int { return int(a.serial - b.serial) })
		w.uint(uint64(len(dormant)))
		for _, l := range dormant {
			writeLine(w, l, v)
		}
	}
}

// writeLine writes storyline l in format version v.
func writeLine(w *enc, l *storyline, v byte) {
	w.int(l.serial)
	w.str(l.id)
	w.time(l.touched)
	w.int(l.touchedSeq)
	w.bool(l.dirty)
	w.hashes(l.indexed)
	if v > stateV8 {
		w.str(l.near)
		w.time(l.nearUntil)
	}
	w.uint(uint64(len(l.events)))
	for _, p := range l.events {
		w.int(p.serial)
		w.str(p.id)
		w.vec(p.names)
		w.vec(p.words)
		w.bool(p.dated)
		w.int(int64(p.core))
		w.time(p.first)
		w.time(p.last)
		w.int(int64(p.articles))
		w.strs(p.outlets)
		w.str(p.title)
		if v != stateV2 {
			w.int(int64(p.titleRank))
		}
		w.int(int64(p.profiled))
	}
}

func writeMerged(w *enc, m map[string]string) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	w.uint(uint64(len(keys)))
	for _, k := range keys {
		w.str(k)
		w.str(m[k])
	}
}

// writeEvent writes e in format version v; shared reports that the
// storylines are the sagas (Clusterer.sagasShared): e's storyline is
// written as its saga.
func writeEvent(w *enc, e *event, v byte, shared bool) {
	w.int(e.serial)
	w.str(e.id)
	w.str(e.title)
	w.str(e.titleArticle)
	w.time(e.touched)
	w.int(e.touchedSeq)
	w.bool(e.dirty)
	w.int(int64(e.fresh))
	w.int(e.storyline)
	w.int(int64(e.lineSize))
	w.int(int64(e.checkedSize))
	w.strs(e.aliases)
	w.hashes(e.indexed)
	if v > stateV5 {
		saga, size := e.saga, e.sagaSize
		if shared {
			saga, size = e.storyline, e.lineSize
		}
		w.int(saga)
		w.int(int64(size))
	}
	w.uint(uint64(len(e.members)))
	for _, m := range e.members {
		w.str(m.id)
		w.str(m.outlet)
		w.str(m.title)
		for k := range m.hv {
			w.vec(m.hv[k])
		}
		w.uint(uint64(len(m.years)))
		for _, y := range m.years {
			w.int(int64(y))
		}
		w.bool(m.dated)
		w.bool(m.told)
		w.bool(m.current)
		w.time(m.pub)
		w.int(int64(m.pubDay))
		w.int(int64(m.eday))
		h := uint64(m.headline) | uint64(m.acts)<<actsShift
		if m.ahead {
			h |= aheadBit
		}
		if m.styled && v > stateV6 {
			h |= styledBit
		}
		w.uint(h)
		w.float(m.central)
	}
	for k := range e.cent {
		w.vec(e.cent[k].e)
	}
	// Representatives, as member indexes (-1 for none chosen).
	if e.reps == nil {
		w.int(-1)
	} else {
		w.int(int64(len(e.reps)))
		for _, r := range e.reps {
			w.int(int64(slices.Index(e.members, r)))
		}
	}
}

// Resume returns a Clusterer that continues from a state MarshalBinary
// returned; x extracts features (nil means a new TextExtractor; it should
// behave like the one used before).
func Resume(b []byte, x FeatureExtractor) (*Clusterer, error) {
	if len(b) < len(stateMagic) || string(b[:len(stateMagic)-1]) != stateMagic[:len(stateMagic)-1] {
		return nil, fmt.Errorf("story state: not a state this Parallax wrote")
	}
	v := b[len(stateMagic)-1]
	if v != stateMagic[len(stateMagic)-1] && v != stateV2 && v != stateV3 && v != stateV4 && v != stateV5 && v != stateV6 && v != stateV7 && v != stateV8 {
		return nil, fmt.Errorf("story state: format version %d, want %d", b[len(stateMagic)-1], stateMagic[len(stateMagic)-1])
	}
	r := &dec{b: b[len(stateMagic):]}
	var cfg Config
	if err := json.Unmarshal(r.bytes(), &cfg); err != nil && r.err == nil {
		return nil, fmt.Errorf("story state: config: %w", err)
	}
	if r.err != nil {
		return nil, r.errorf("story state")
	}
	c := New(cfg, x)
	c.clock = r.time()
	if v > stateV7 {
		c.at = r.time()
	}
	c.seq, c.serial = r.int(), r.int()
	if err := c.df.unmarshal(r.bytes()); err != nil {
		return nil, err
	}
	c.merged = readMerged(r)
	c.recent.order = r.strs()
	c.recent.next = int(r.uint())
	if c.recent.next > len(c.recent.order) {
		r.fail()
	}
	c.recent.story = make(map[string]string, len(c.recent.order))
	for _, a := range c.recent.order {
		c.recent.story[a] = r.str()
	}
	n := r.count(8)
	for range n {
		e := readEvent(r, v)
		if r.err != nil {
			break
		}
		if _, dup := c.events[e.serial]; dup {
			return nil, fmt.Errorf("story state: event serial %d twice", e.serial)
		}
		c.events[e.serial] = e
		c.byID[e.id] = e.serial
		c.index.set(e.serial, nil, e.indexed)
	}
	lines := *r
	if err := readLines(r, &c.lines, v, "storyline"); err != nil {
		return nil, err
	}
	if v <= stateV5 {
		r = &lines // the sagas were the storylines
	}
	sagas := &c.sagas
	if c.sagasShared() {
		// The storylines are the sagas: the copy saved is read past.
		sagas = &storylines{}
		sagas.init()
	}
	if err := readLines(r, sagas, v, "saga"); err != nil {
		return nil, err
	}
	if r.err == nil && len(r.b) != 0 {
		r.fail()
	}
	if err := r.errorf("story state"); err != nil {
		return nil, err
	}
	c.stateSize = len(b)
	return c, nil
}

// readLines reads into ls the threads writeLines wrote in format version
// v; what names them in errors ("storyline" or "saga").
func readLines(r *dec, ls *storylines, v byte, what string) error {
	ls.serial = r.int()
	ls.merged = readMerged(r)
	n := r.count(8)
	for range n {
		l := readLine(r, v)
		if r.err != nil {
			break
		}
		if _, dup := ls.lines[l.serial]; dup {
			return fmt.Errorf("story state: %s serial %d twice", what, l.serial)
		}
		ls.lines[l.serial] = l
		ls.byID[l.id] = l.serial
		ls.index.set(l.serial, nil, l.indexed)
	}
	if v > stateV3 && r.err == nil {
		n = r.count(8)
		if n > dormantMax {
			return fmt.Errorf("story state: %d dormant %ss, more than the %d kept", n, what, dormantMax)
		}
		for range n {
			l := readLine(r, v)
			if r.err != nil {
				break
			}
			_, active := ls.lines[l.serial]
			if _, dup := ls.dormant[l.serial]; dup || active {
				return fmt.Errorf("story state: %s serial %d twice", what, l.serial)
			}
			ls.dormant[l.serial] = l
			ls.byID[l.id] = l.serial
			ls.dormantIndex.set(l.serial, nil, l.indexed)
		}
	}
	return nil
}

func readMerged(r *dec) map[string]string {
	m := map[string]string{}
	n := r.count(2)
	for range n {
		k := r.str()
		m[k] = r.str()
	}
	return m
}

// readEvent reads an event writeEvent wrote in format version v; in
// formats up to stateV5 its saga is its storyline.
func readEvent(r *dec, v byte) *event {
	e := &event{serial: r.int(), id: r.str(), title: r.str(), titleArticle: r.str(), touched: r.time(), touchedSeq: r.int(),
		dirty: r.bool(), fresh: int(r.int()), storyline: r.int(), lineSize: int(r.int()), checkedSize: int(r.int()),
		aliases: r.strs(), indexed: r.hashes()}
	if v > stateV5 {
		e.saga, e.sagaSize = r.int(), int(r.int())
	} else {
		e.saga, e.sagaSize = e.storyline, e.lineSize
	}
	n := r.count(8)
	for range n {
		m := &member{id: r.str(), outlet: r.str(), title: r.str()}
		m.speaker = headSpeaker(m.title)
		for k := range m.hv {
			m.hv[k] = r.vec(kind(k))
		}
		ny := r.count(1)
		for range ny {
			m.years = append(m.years, int(r.int()))
		}
		m.dated, m.told, m.current, m.pub, m.pubDay, m.eday = r.bool(), r.bool(), r.bool(), r.time(), int32(r.int()), int32(r.int())
		h := r.uint()
		m.headline, m.ahead, m.styled, m.acts = Headline(h&(styledBit-1)), h&aheadBit != 0, h&styledBit != 0, Acts(h>>actsShift)
		m.central = r.float()
		if r.err != nil {
			return e
		}
		e.members = append(e.members, m)
		e.count(m, 1)
		if m.dated {
			e.extendTime(m.pub, m.pub)
		}
	}
	for k := range e.cent {
		v := r.vec(kind(k))
		e.cent[k].e = v
		var s float64
		for _, en := range v {
			s += en.w * en.w
		}
		e.cent[k].norm = math.Sqrt(s)
	}
	if nr := r.int(); nr >= 0 {
		e.reps = []*member{}
		for range nr {
			i := r.int()
			if i < 0 || int(i) >= len(e.members) {
				r.fail()
				return e
			}
			e.reps = append(e.reps, e.members[i])
		}
	}
	return e
}

// readLine reads a storyline written by writeLine in format version v.
func readLine(r *dec, v byte) *storyline {
	l := &storyline{serial: r.int(), id: r.str(), touched: r.time(), touchedSeq: r.int(), dirty: r.bool(), indexed: r.hashes()}
	if v > stateV8 {
		l.near, l.nearUntil = r.str(), r.time()
	}
	np := r.count(8)
	for range np {
		p := &profile{serial: r.int(), id: r.str(), names: r.vec(kindNames), words: r.vec(kindWords), dated: r.bool(),
			core: int32(r.int()), first: r.time(), last: r.time(), articles: int(r.int()), outlets: r.strs(), title: r.str()}
		if v == stateV2 {
			p.titleRank = headlineRank(classifyHeadline(Doc{Title: p.title}), p.title)
		} else {
			p.titleRank = int(r.int())
		}
		p.profiled = int(r.int())
		l.events = append(l.events, p)
	}
	return l
}
