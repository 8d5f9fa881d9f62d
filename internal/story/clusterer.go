package story

import (
	"fmt"
	"sort"
	"time"

	"github.com/zeebo/xxh3"
)

// Clusterer assigns articles to stories online. It is not safe for
// concurrent use; run feature extraction ahead of it on other goroutines
// (Extractor, AddFeatures) to use several cores.
type Clusterer struct {
	cfg     Config
	x       FeatureExtractor
	df      *dfSketch
	stories map[int64]*storyState
	byID    map[string]int64
	index   invIndex
	merged  map[string]string // merged-away id -> the id it went into
	merges  []Merge
	clock   time.Time // latest publication time seen
	seq     int64     // articles added
	serial  int64     // stories created
	onEvict func(Story)
	recent  recentStories // the stories of the latest articles, for copies
}

// New returns a Clusterer with cfg; x extracts features (nil means a new
// TextExtractor).
func New(cfg Config, x FeatureExtractor) *Clusterer {
	if x == nil {
		x = NewTextExtractor()
	}
	if cfg.SketchBits == 0 {
		cfg.SketchBits = DefaultConfig().SketchBits
	}
	return &Clusterer{
		cfg:     cfg,
		x:       x,
		df:      newDFSketch(cfg.SketchBits),
		stories: map[int64]*storyState{},
		byID:    map[string]int64{},
		merged:  map[string]string{},
	}
}

// Extractor returns the feature extractor, so callers can extract features
// concurrently and pass them to AddFeatures.
func (c *Clusterer) Extractor() FeatureExtractor { return c.x }

// OnEvict sets a function called with the summary of each story that leaves
// the active window (idle too long, or beyond MaxActive). Without it,
// evicted stories are dropped; the Decisions already name their articles.
func (c *Clusterer) OnEvict(f func(Story)) { c.onEvict = f }

// Add extracts the features of d and assigns it to a story.
func (c *Clusterer) Add(d Doc) Decision { return c.AddFeatures(d, c.x.Extract(d)) }

// AddFeatures assigns d, whose features are f, to a story: the best-scoring
// candidate story if its score reaches the threshold, else a new story.
func (c *Clusterer) AddFeatures(d Doc, f Features) Decision {
	c.seq++
	if d.HasTime && d.Published.After(c.clock) {
		c.clock = d.Published
	}
	c.evictIdle()

	hs := hashes(f)
	c.df.add(hs[:]...)
	p := prepare(d, f, hs, c.df)
	pr := probeOf(p)

	dec := Decision{Article: d.ID}
	best, bestSerial := scored{}, int64(-1)
	cands := c.index.candidates(queryOf(p), c.cfg.MaxCandidates, -1)
	dec.Candidates = len(cands)
	for _, serial := range cands {
		if c.idle(c.stories[serial]) {
			continue // due for eviction at the next sweep
		}
		r := score(&c.cfg, pr, c.stories[serial])
		if r.score > best.score || (r.score == best.score && bestSerial >= 0 && serial > bestSerial) {
			best, bestSerial = r, serial
		}
	}
	if bestSerial >= 0 {
		dec.Score = round4(best.score)
		dec.Parts = best.partsMap()
	}
	var s *storyState
	if src := c.sourceStory(d); src != nil {
		s = src
		dec.Score = 1
		dec.Parts = map[string]float64{"copy": 1}
		dec.TopTerms = sharedTop(pr, s, 5)
	} else if bestSerial >= 0 && best.score >= c.cfg.Threshold {
		s = c.stories[bestSerial]
		dec.TopTerms = sharedTop(pr, s, 5)
	} else {
		s = c.newStory(d.ID)
		dec.New = true
	}
	old := s.indexed
	s.addArticle(p, pr, c.clock, c.seq)
	c.reindex(s, old)
	dec.Story = s.id
	c.recent.put(d.ID, s.id)

	if c.cfg.RepairEvery > 0 && c.seq%int64(c.cfg.RepairEvery) == 0 {
		c.Repair()
	}
	if c.cfg.MaxActive > 0 && len(c.stories) > c.cfg.MaxActive {
		c.evictOldest(len(c.stories) - c.cfg.MaxActive)
	}
	return dec
}

// queryOf returns the keys of p looked up in the inverted index.
func queryOf(p prepared) []entry {
	q := append([]entry(nil), p.vecs[kindWords][:min(queryTerms, len(p.vecs[kindWords]))]...)
	return append(q, p.vecs[kindNames][:min(queryNames, len(p.vecs[kindNames]))]...)
}

// newStory starts an empty story whose id derives from its first article.
func (c *Clusterer) newStory(firstArticle string) *storyState {
	c.serial++
	id := fmt.Sprintf("s%016x", xxh3.HashString(firstArticle))
	if _, taken := c.byID[id]; taken {
		id = fmt.Sprintf("%s-%d", id, c.serial)
	} else if _, taken := c.merged[id]; taken {
		id = fmt.Sprintf("%s-%d", id, c.serial)
	}
	s := &storyState{serial: c.serial, id: id}
	c.stories[s.serial] = s
	c.byID[id] = s.serial
	return s
}

// reindex replaces the index keys of s.
func (c *Clusterer) reindex(s *storyState, old []uint64) {
	keys := s.indexKeys()
	c.index.set(s.serial, old, keys)
	s.indexed = keys
}

// Resolve follows recorded merges from a story id to the id of the story
// that now holds its articles.
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

// Merges returns the merges recorded so far, oldest first.
func (c *Clusterer) Merges() []Merge { return append([]Merge(nil), c.merges...) }

// Active returns the summaries of the active stories, oldest first.
func (c *Clusterer) Active() []Story {
	out := make([]Story, 0, len(c.stories))
	for _, s := range c.sortedStories() {
		out = append(out, s.summary())
	}
	return out
}

// Story returns the summary of an active story, after resolving merges.
func (c *Clusterer) Story(id string) (Story, bool) {
	serial, ok := c.byID[c.Resolve(id)]
	if !ok {
		return Story{}, false
	}
	return c.stories[serial].summary(), true
}

// sortedStories returns the active stories in creation order.
func (c *Clusterer) sortedStories() []*storyState {
	out := make([]*storyState, 0, len(c.stories))
	for _, s := range c.stories {
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].serial < out[j].serial })
	return out
}

// ActiveCount returns the number of active stories.
func (c *Clusterer) ActiveCount() int { return len(c.stories) }
