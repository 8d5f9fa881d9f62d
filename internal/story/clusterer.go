package story

import (
	"fmt"
	"math"
	"sort"
	"time"

	"github.com/zeebo/xxh3"
)

// Clusterer assigns articles to events, and events to storylines, online.
// It is not safe for concurrent use; run feature extraction ahead of it on
// other goroutines (Extractor, AddFeatures) to use several cores.
type Clusterer struct {
	cfg     Config
	w       [numKinds]float64
	x       FeatureExtractor
	df      *dfSketch
	events  map[int64]*event
	byID    map[string]int64
	index   invIndex
	merged  map[string]string // merged-away id -> the id it went into
	repairs []Repair          // merges and splits since the last Drain
	clock   time.Time         // latest publication time seen
	// at is the publication time of the latest dated article added: the
	// time the active window is read at (see windowAt). It is the clock on
	// a stream in published order; behind it on a backfill.
	at     time.Time
	seq    int64         // articles added
	serial int64         // events created
	recent recentStories // the events of the latest articles, for copies
	lines  storylines
	// sagas threads events as lines does, by Config.Sagas, for the event
	// level alone: spreadWeight reads an event's saga, never its
	// storyline, so tuning storylines moves no article between events.
	// Unused (empty) when Config.Sagas equals Config.Storylines: the
	// storylines are then the sagas, event for event (see sagaThreads).
	sagas storylines
	// threaded holds the threadings kept: the storylines, and the sagas
	// unless they are the storylines.
	threaded []*storylines
	changed  map[int64]bool // events changed since the last Drain
	gone     []Story        // summaries of events evicted since the last Drain
	sims     []float64      // scratch
	keyBuf   vec            // scratch of indexKeys
	prep     prepBuf        // scratch of prepare
	// stateSize is the length of the last state marshalled or resumed
	// from, and stateGrowth how much longer it was than the one marshalled
	// before it, to size the next state's buffer (stateCap).
	stateSize, stateGrowth int
	// mergeMembers makes merge record the articles of both sides
	// (Merge.FromArticles, IntoArticles): off by default, as the lists
	// cost the size of both events at every merge (RecordMergeMembers).
	mergeMembers bool
	// lead reads leads with nlp for LeadAnswersApart, loaded on first
	// use (see leads).
	lead *leadReader
}

// RecordMergeMembers sets whether each merge of events records the
// articles of both sides just before it (Merge.FromArticles and
// IntoArticles), for a trace of the merges; off, they are nil. The
// setting is not part of the saved state.
func (c *Clusterer) RecordMergeMembers(on bool) { c.mergeMembers = on }

// New returns a Clusterer with cfg; x extracts features (nil means a new
// TextExtractor).
func New(cfg Config, x FeatureExtractor) *Clusterer {
	if x == nil {
		x = NewTextExtractor()
	}
	if cfg.SketchBits == 0 {
		cfg.SketchBits = DefaultConfig().SketchBits
	}
	if cfg.Sagas == (StorylineConfig{}) {
		cfg.Sagas = cfg.Storylines
	}
	c := &Clusterer{
		cfg:     cfg,
		w:       cfg.weights(),
		x:       x,
		df:      newDFSketch(cfg.SketchBits),
		events:  map[int64]*event{},
		byID:    map[string]int64{},
		merged:  map[string]string{},
		changed: map[int64]bool{},
	}
	c.lines.init()
	c.sagas.init()
	c.sagas.sagas = true
	c.threaded = []*storylines{&c.lines}
	if cfg.Sagas != cfg.Storylines {
		c.threaded = append(c.threaded, &c.sagas)
	}
	return c
}

// sagasShared reports that the sagas are threaded by the storylines'
// settings. The two threadings then run the same code on the same events
// in the same order and differ only in what they report, so the
// storylines stand for the sagas and no second threading is kept (it
// cost a second copy of every event's profile).
func (c *Clusterer) sagasShared() bool { return len(c.threaded) == 1 }

// sagaThreads returns the threading the event level reads: the sagas, or
// the storylines when they are the same (see sagasShared). Its lineOf
// gives an event's saga.
func (c *Clusterer) sagaThreads() *storylines {
	if c.sagasShared() {
		return &c.lines
	}
	return &c.sagas
}

// Extractor returns the feature extractor, so callers can extract features
// concurrently and pass them to AddFeatures.
func (c *Clusterer) Extractor() FeatureExtractor { return c.x }

// Add extracts the features of d and assigns it to an event.
func (c *Clusterer) Add(d Doc) Decision { return c.AddFeatures(d, c.x.Extract(d)) }

// growthMargin is what an article needs above the threshold to join e:
// more as e grows past GrowthFrom articles (see Config.GrowthStep).
func (c *Clusterer) growthMargin(e *event) float64 {
	n := len(e.members)
	if c.cfg.GrowthStep <= 0 || c.cfg.GrowthFrom <= 0 || n < c.cfg.GrowthFrom {
		return 0
	}
	return c.cfg.GrowthStep * math.Log2(float64(n)/float64(c.cfg.GrowthFrom)+1)
}

// AddFeatures assigns d, whose features are f, to an event: the
// best-scoring candidate event if its score reaches the threshold, else a
// new event; a new event joins the storyline it continues, or starts one.
func (c *Clusterer) AddFeatures(d Doc, f Features) Decision {
	c.seq++
	if d.HasTime && d.Published.After(c.clock) {
		c.clock = d.Published
	}
	if d.HasTime {
		c.at = d.Published
	}
	c.evictIdle()

	hs, fh := hashes(f)
	c.df.add(hs[:]...)
	p := prepare(d, f, fh, c.df, &c.prep)
	p.current = !d.HasTime && c.currentUndated(d)
	if p.current {
		p.pubDay = dayOf(d.Added) // its time evidence (see undatedJoins)
	}

	dec := Decision{Article: d.ID}
	best, bestSerial := scored{}, int64(-1)
	cands := c.index.candidates(queryOf(&p), c.cfg.MaxCandidates, -1)
	dec.Candidates = len(cands)
	for _, serial := range cands {
		e := c.events[serial]
		if c.idle(e) {
			continue // due for eviction at the next sweep
		}
		r := c.scoreArticle(&p, e)
		if r.score > best.score || (r.score == best.score && bestSerial >= 0 && serial > bestSerial) {
			best, bestSerial = r, serial
		}
	}
	if bestSerial >= 0 {
		dec.Score = round4(best.score)
		dec.Parts = best.partsMap()
	}
	threshold := c.cfg.Threshold
	if !d.HasTime && !p.current {
		threshold += c.undatedMargin()
	}
	var e *event
	var line *event // the event whose threads a column kept out of it follows (see columnLine)
	if src := c.sourceEvent(d); src != nil {
		e = src
		dec.Score = 1
		dec.Parts = map[string]float64{"copy": 1}
		dec.TopTerms = sharedTop(&p, e, 5)
	} else if ok, specific := c.joinsBest(&p, bestSerial, &best, threshold); ok {
		e = c.events[bestSerial]
		dec.TopTerms = sharedTop(&p, e, 5)
		if specific >= 0 {
			dec.Parts["specific_words"] = round4(specific)
		}
	} else {
		if specific >= 0 {
			dec.Parts["specific_words"] = round4(specific)
		}
		line = c.columnLine(&p, bestSerial, &best, threshold)
		e = c.newEvent(d.ID)
		dec.New = true
	}
	old := e.indexed
	m := newMember(&p)
	if len(e.members) == 0 {
		m.central = 1
	} else {
		m.central = best.cent
	}
	e.add(m, c.touchAt(e.touched), c.seq)
	if dec.New {
		e.title, e.titleArticle = p.title, d.ID
	}
	c.reindex(e, old)
	c.changed[e.serial] = true
	for _, ls := range c.threads() {
		if dec.New && (line == nil || !ls.placeIn(c, e, &p, line)) {
			ls.placeFirst(c, e, &p)
		} else if !dec.New {
			ls.touch(c, e)
		}
	}
	dec.Story = e.id
	c.recent.put(d.ID, e.id)

	if c.cfg.RepairEvery > 0 && c.seq%int64(c.cfg.RepairEvery) == 0 {
		c.Repair()
	}
	if c.cfg.MaxActive > 0 && len(c.events) > c.cfg.MaxActive {
		c.evictOldest(len(c.events) - c.cfg.MaxActive)
	}
	return dec
}

// joins reports whether p, whose score against its best candidate e is
// r, joins e: the score reaches the threshold with e's margins, and with
// SpecificMargin more when p shares too few of the words that set e apart
// from its storyline (see Config.SpecificWords) or its headline tells
// another act of the storyline (see Config.SpecificHead). specific is
// that words likeness when it was needed, -1 otherwise.
func (c *Clusterer) joins(p *prepared, e *event, r *scored, threshold float64) (ok bool, specific float64) {
	need := c.need(p, e, r, threshold)
	if r.score < need || c.otherAct(p, e) || c.otherSpeaker(p, e) || c.leadAnswers(p, e) {
		return false, -1
	}
	if ok, sw := c.commentaryJoins(p, e, r); !ok {
		return false, sw
	}
	if c.cfg.SpecificMargin <= 0 || r.score >= need+c.cfg.SpecificMargin {
		return true, -1
	}
	sw, on := c.spreadCosine(p, e, kindWords, 1)
	if !on {
		return true, -1
	}
	return sw >= c.cfg.SpecificWords && !c.anotherAct(p, e, r), sw
}

// need is the score p needs to join e: the threshold with e's margins.
func (c *Clusterer) need(p *prepared, e *event, r *scored, threshold float64) float64 {
	return threshold + c.growthMargin(e) + c.nextDayMargin(p, e, r) - c.toldBonus(p, e)
}

// joinsBest is joins for the best candidate, false when there is none.
func (c *Clusterer) joinsBest(p *prepared, bestSerial int64, best *scored, threshold float64) (bool, float64) {
	if bestSerial < 0 {
		return false, -1
	}
	return c.joins(p, c.events[bestSerial], best, threshold)
}

// currentUndated reports whether the undated d was added within
// UndatedSpan days of the window's time (windowAt): on a backfill, of the
// latest dated article's publication, not of the latest publication seen.
func (c *Clusterer) currentUndated(d Doc) bool {
	at := c.windowAt()
	if d.Added.IsZero() || at.IsZero() {
		return false
	}
	gap := d.Added.Sub(at).Hours() / 24
	return gap >= -c.cfg.UndatedSpan && gap <= c.cfg.UndatedSpan
}

// queryOf returns the keys of p looked up in the inverted index.
func queryOf(p *prepared) []entry {
	q := append([]entry(nil), p.vecs[kindWords][:min(queryTerms, len(p.vecs[kindWords]))]...)
	return append(q, p.vecs[kindNames][:min(queryNames, len(p.vecs[kindNames]))]...)
}

// newEvent starts an empty event whose id derives from its first article.
func (c *Clusterer) newEvent(firstArticle string) *event {
	c.serial++
	id := fmt.Sprintf("s%016x", xxh3.HashString(firstArticle))
	if _, taken := c.byID[id]; taken {
		id = fmt.Sprintf("%s-%d", id, c.serial)
	} else if _, taken := c.merged[id]; taken {
		id = fmt.Sprintf("%s-%d", id, c.serial)
	}
	e := &event{serial: c.serial, id: id}
	c.events[e.serial] = e
	c.byID[id] = e.serial
	return e
}

// reindex replaces the index keys of e.
func (c *Clusterer) reindex(e *event, old []uint64) {
	keys := e.indexKeys(&c.keyBuf)
	c.index.set(e.serial, old, keys)
	e.indexed = keys
}

// Resolve follows recorded merges from an event id to the id of the event
// that now holds its articles. Merges of events that left the active
// window are forgotten (the store keeps them).
func (c *Clusterer) Resolve(id string) string {
	for range len(c.merged) + 1 {
		into, ok := c.merged[id]
		if !ok {
			return id
		}
		id = into
	}
	return id
}

// EventOf returns the id of the active event that holds an article added
// recently, after merges and splits ("" when it is not known).
func (c *Clusterer) EventOf(article string) string {
	id := c.recent.story[article]
	if id == "" {
		return ""
	}
	return c.Resolve(id)
}

// Active returns the summaries of the active events, oldest first.
func (c *Clusterer) Active() []Story {
	out := make([]Story, 0, len(c.events))
	for _, e := range c.sortedEvents() {
		out = append(out, c.summary(e))
	}
	return out
}

// Story returns the summary of an active event, after resolving merges.
func (c *Clusterer) Story(id string) (Story, bool) {
	serial, ok := c.byID[c.Resolve(id)]
	if !ok {
		return Story{}, false
	}
	return c.summary(c.events[serial]), true
}

// threads returns the threadings of events kept alike: the storylines
// and, unless they are the storylines (see sagasShared), the sagas.
func (c *Clusterer) threads() []*storylines { return c.threaded }

// summary returns the public Story of e with its storyline.
func (c *Clusterer) summary(e *event) Story {
	return e.summary(c.lines.idOf(e.storyline))
}

// sortedEvents returns the active events in creation order.
func (c *Clusterer) sortedEvents() []*event {
	out := make([]*event, 0, len(c.events))
	for _, e := range c.events {
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].serial < out[j].serial })
	return out
}

// ActiveCount returns the number of active events.
func (c *Clusterer) ActiveCount() int { return len(c.events) }

// Changes are what a Clusterer changed since the last Drain.
type Changes struct {
	// Stories are the summaries of the events that were created or
	// changed, including those that left the active window.
	Stories []Story
	// Storylines are the summaries of the storylines that changed.
	Storylines []Storyline
	// Repairs are the merges and splits of events, in the order made.
	Repairs []Repair
	// StorylineMerges are the merges of storylines, in the order made.
	StorylineMerges []Merge
}

// Repair is one repair of the events: a Merge or a Split.
type Repair struct {
	Merge *Merge `json:"merge,omitempty"`
	Split *Split `json:"split,omitempty"`
}

// Drain returns what changed since the last Drain and forgets it.
func (c *Clusterer) Drain() Changes {
	var ch Changes
	ch.Stories = append(ch.Stories, c.gone...)
	gone := map[string]bool{}
	for _, s := range c.gone {
		gone[s.ID] = true
	}
	serials := make([]int64, 0, len(c.changed))
	for s := range c.changed {
		serials = append(serials, s)
	}
	sort.Slice(serials, func(i, j int) bool { return serials[i] < serials[j] })
	for _, s := range serials {
		if e, ok := c.events[s]; ok && !gone[e.id] {
			ch.Stories = append(ch.Stories, c.summary(e))
		}
	}
	ch.Repairs = c.repairs
	ch.Storylines, ch.StorylineMerges = c.lines.drain()
	c.gone, c.repairs, c.changed = nil, nil, map[int64]bool{}
	return ch
}
