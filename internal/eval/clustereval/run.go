package clustereval

import (
	"context"
	"fmt"
	"time"

	"github.com/parallax-news/parallax/internal/story"
)

// Config tunes a run.
type Config struct {
	// Story configures the clusterer.
	Story story.Config
	// KeepTopic, when not nil, keeps only the gold articles of the topics
	// it accepts (e.g. to tune on half of the topics and test on the
	// other half). Distractors are always kept.
	KeepTopic func(topic string) bool
	// MaxDistractors, when positive, uses only the first that many
	// distractor articles.
	MaxDistractors int
	// IgnoreTime clusters every article as undated, in file order (gold
	// first, then distractors): a stress test of the content signals.
	IgnoreTime bool
	// Workers extract features concurrently; 0 means GOMAXPROCS.
	Workers int
}

// Result is the score of one run. Clusters, SingletonRate and the scores
// count gold articles only; Articles counts every article clustered and
// Seconds the clustering time (feature extraction included, reading the
// files not).
type Result struct {
	BCubed        Scores  `json:"bcubed"`
	Pairwise      Scores  `json:"pairwise"`
	Clusters      int     `json:"clusters"`
	GoldClusters  int     `json:"gold_clusters"`
	SingletonRate float64 `json:"singleton_rate"`
	Articles      int     `json:"articles"`
	Seconds       float64 `json:"seconds"`
	// Merges and Splits are the numbers of event merges and splits made
	// by the repair pass.
	Merges int `json:"merges"`
	Splits int `json:"splits"`
	// Storylines scores the storylines against the gold topics (in ECB+,
	// a topic holds two look-alike events, which may or may not continue
	// one saga: storyline recall against topics is only a guide, and
	// precision should stay high).
	Storylines StorylineScores `json:"storylines"`
	// Decisions holds the decision for each gold article, in the order
	// clustered; it is not part of the JSON report.
	Decisions []story.Decision `json:"-"`
	// Events maps each gold article to its event at the end of the run;
	// it is not part of the JSON report.
	Events map[string]string `json:"-"`
}

// Run clusters the gold articles of goldPath, mixed with the distractor
// articles of distractorsPath (optional: "" for none), in published order,
// and scores the clustering of the gold articles against their events.
func Run(ctx context.Context, goldPath, distractorsPath string, cfg Config) (Result, error) {
	all, err := ReadFile(goldPath)
	if err != nil {
		return Result{}, err
	}
	gold := all[:0]
	for _, a := range all {
		if a.Event == "" {
			return Result{}, fmt.Errorf("gold file %s: article %s has no event", goldPath, a.Doc.ID)
		}
		if cfg.KeepTopic == nil || cfg.KeepTopic(a.Topic) {
			gold = append(gold, a)
		}
	}
	if len(gold) == 0 {
		return Result{}, fmt.Errorf("gold file %s: no articles", goldPath)
	}
	arts := gold
	if distractorsPath != "" {
		d, err := readFirst(distractorsPath, cfg.MaxDistractors)
		if err != nil {
			return Result{}, err
		}
		for i := range d {
			d[i].Event = ""
		}
		arts = append(arts, d...)
	}
	return cluster(ctx, arts, cfg)
}

// cluster runs the clusterer over arts and scores it.
func cluster(ctx context.Context, arts []Article, cfg Config) (Result, error) {
	docs := make([]story.Doc, len(arts))
	for i, a := range arts {
		docs[i] = a.Doc
		if cfg.IgnoreTime {
			docs[i].HasTime, docs[i].Published = false, time.Time{}
		}
	}
	order := story.PublishedOrder(docs)
	sorted := make([]story.Doc, len(docs))
	var last time.Time
	for i, j := range order {
		sorted[i] = docs[j]
		// An undated article arrives where the file puts it: with the
		// dated article before it, as current news.
		if sorted[i].HasTime {
			last = sorted[i].Published
		} else if sorted[i].Added.IsZero() {
			sorted[i].Added = last
		}
	}
	c := story.New(cfg.Story, nil)
	isGold := map[string]string{}
	for _, a := range arts {
		if a.Event != "" {
			isGold[a.Doc.ID] = a.Event
		}
	}
	var decisions []story.Decision
	topicOf := map[string]string{}
	for _, a := range arts {
		if a.Event != "" {
			topicOf[a.Doc.ID] = a.Topic
		}
	}
	tr := story.NewTracker()
	merges, splits := 0, 0
	apply := func() {
		ch := c.Drain()
		for _, r := range ch.Repairs {
			if r.Merge != nil {
				merges++
			} else {
				splits++
			}
		}
		tr.Apply(ch)
	}
	start := time.Now()
	err := c.AddAll(ctx, sorted, cfg.Workers, func(d story.Decision) {
		tr.Decide(d)
		if _, ok := isGold[d.Article]; ok {
			decisions = append(decisions, d)
		}
		apply()
	})
	if err != nil {
		return Result{}, fmt.Errorf("cluster: %w", err)
	}
	c.Repair()
	apply()
	secs := time.Since(start).Seconds()

	pred := make([]string, len(decisions))
	lines := make([]string, len(decisions))
	goldLabels := make([]string, len(decisions))
	topics := make([]string, len(decisions))
	events := make(map[string]string, len(decisions))
	for i, d := range decisions {
		pred[i] = tr.Event(d.Article)
		events[d.Article] = pred[i]
		lines[i] = tr.Storyline(d.Article)
		goldLabels[i] = isGold[d.Article]
		topics[i] = topicOf[d.Article]
	}
	res := Result{
		BCubed:    BCubed(pred, goldLabels),
		Pairwise:  Pairwise(pred, goldLabels),
		Articles:  len(docs),
		Seconds:   secs,
		Merges:    merges,
		Splits:    splits,
		Decisions: decisions,
		Events:    events,
	}
	res.Storylines.BCubed = BCubed(lines, topics)
	res.Storylines.ByEvent = BCubed(lines, goldLabels)
	res.Storylines.Pairwise = Pairwise(lines, topics)
	res.Storylines.Clusters, _ = clusterStats(lines)
	res.Storylines.GoldClusters, _ = clusterStats(topics)
	res.Storylines.EventsSplit = eventsSplit(lines, goldLabels)
	res.Clusters, res.SingletonRate = clusterStats(pred)
	res.GoldClusters, _ = clusterStats(goldLabels)
	return res, nil
}

// StorylineScores score storylines against gold topics.
type StorylineScores struct {
	BCubed       Scores `json:"bcubed"`
	Pairwise     Scores `json:"pairwise"`
	Clusters     int    `json:"clusters"`
	GoldClusters int    `json:"gold_topics"`
	// EventsSplit is the share of gold events whose articles fall into
	// more than one storyline.
	EventsSplit float64 `json:"events_split"`
	// ByEvent scores the storylines against the gold events (BCubed).
	ByEvent Scores `json:"by_event"`
}

// eventsSplit returns the share of gold events spread over more than one
// storyline.
func eventsSplit(lines, gold []string) float64 {
	seen := map[string]map[string]bool{}
	for i, g := range gold {
		if seen[g] == nil {
			seen[g] = map[string]bool{}
		}
		seen[g][lines[i]] = true
	}
	n := 0
	for _, ls := range seen {
		if len(ls) > 1 {
			n++
		}
	}
	if len(seen) == 0 {
		return 0
	}
	return float64(n) / float64(len(seen))
}
