package worker

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/parallax-news/parallax/internal/metrics"
	"github.com/parallax-news/parallax/internal/queue"
	"github.com/prometheus/client_golang/prometheus"
)

// stats counts what a worker did, for its summaries and its metrics.
type stats struct {
	items   *prometheus.CounterVec
	seconds *prometheus.HistogramVec
	lag     *prometheus.HistogramVec
	fetches *prometheus.CounterVec

	mu      sync.Mutex
	since   map[string]int // stage/outcome → items since the last summary
	total   map[string]int
	stored  [2]int // stored, unchanged since the last summary
	started time.Time
}

func newStats(m *metrics.Metrics, q *queue.Queue) (*stats, error) {
	s := &stats{
		items: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "parallax_worker_items_total",
			Help: "Queue items a worker handled, by stage (fetch, store, copies, stories) and outcome (ok; retry: failed and put back for later; dead: moved to the dead-letter stream).",
		}, []string{"stage", "outcome"}),
		seconds: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "parallax_worker_item_seconds",
			Help:    "How long a worker took over one queue item, by stage.",
			Buckets: []float64{0.001, 0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300},
		}, []string{"stage"}),
		lag: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "parallax_worker_queue_lag_seconds",
			Help:    "How long an item waited in its queue, from being published to a worker starting on it (this delivery), by stage.",
			Buckets: []float64{0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30, 60, 300, 900, 3600},
		}, []string{"stage"}),
		fetches: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "parallax_worker_fetches_total",
			Help: "Pages a worker fetched, by outcome (ok, robots, refused, no_such_host, held, http_4xx, http_5xx, too_large, timeout, error).",
		}, []string{"outcome"}),
		since:   map[string]int{},
		total:   map[string]int{},
		started: time.Now(),
	}
	if err := m.Register(s.items, s.seconds, s.lag, s.fetches, &queueCollector{q: q}); err != nil {
		return nil, fmt.Errorf("worker metrics: %w", err)
	}
	return s, nil
}

// observe is the queue.Observer of every stage.
func (s *stats) observe(stage queue.Stage, outcome string, took time.Duration, it queue.Item, err error) {
	s.items.WithLabelValues(string(stage), outcome).Inc()
	s.seconds.WithLabelValues(string(stage)).Observe(took.Seconds())
	if !it.Queued.IsZero() {
		s.lag.WithLabelValues(string(stage)).Observe(max(0, time.Since(it.Queued)-took).Seconds())
	}
	s.mu.Lock()
	s.since[string(stage)+" "+outcome]++
	s.total[string(stage)+" "+outcome]++
	s.mu.Unlock()
}

func (s *stats) articles(stored, unchanged int) {
	s.mu.Lock()
	s.stored[0] += stored
	s.stored[1] += unchanged
	s.mu.Unlock()
}

func (s *stats) fetched(kind string) { s.fetches.WithLabelValues(kind).Inc() }

// summary says what was done since the last summary (or in all, with
// total), "" when nothing was; it starts a new period.
func (s *stats) summary(total bool) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	m := s.since
	if total {
		m = s.total
	}
	if len(m) == 0 {
		return ""
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "%s %d; ", k, m[k])
	}
	fmt.Fprintf(&b, "articles new %d, unchanged %d", s.stored[0], s.stored[1])
	if !total {
		s.since = map[string]int{}
		s.stored = [2]int{}
	}
	return b.String()
}

// queueCollector reports where the queues stand at each scrape.
type queueCollector struct{ q *queue.Queue }

var (
	descPending = prometheus.NewDesc("parallax_queue_pending",
		"Items queued for a stage and not yet handed to a worker.", []string{"stage"}, nil)
	descInFlight = prometheus.NewDesc("parallax_queue_in_flight",
		"Items handed to a worker and not yet settled, by stage.", []string{"stage"}, nil)
	descRedelivered = prometheus.NewDesc("parallax_queue_redelivered",
		"Items in flight that had been handed out before, by stage.", []string{"stage"}, nil)
	descDead = prometheus.NewDesc("parallax_queue_dead_letters",
		"Items of a stage in the dead-letter stream.", []string{"stage"}, nil)
	descOldest = prometheus.NewDesc("parallax_queue_oldest_seconds",
		"Age of the oldest item still queued for a stage (0 when none): the queue's lag.", []string{"stage"}, nil)
)

func (c *queueCollector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{descPending, descInFlight, descRedelivered, descDead, descOldest} {
		ch <- d
	}
}

func (c *queueCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	st, err := c.q.Status(ctx)
	if err != nil {
		return // the server is away: the gauges are left out of this scrape
	}
	for _, s := range st {
		l := string(s.Stage)
		ch <- prometheus.MustNewConstMetric(descPending, prometheus.GaugeValue, float64(s.Pending), l)
		ch <- prometheus.MustNewConstMetric(descInFlight, prometheus.GaugeValue, float64(s.InFlight), l)
		ch <- prometheus.MustNewConstMetric(descRedelivered, prometheus.GaugeValue, float64(s.Redelivered), l)
		ch <- prometheus.MustNewConstMetric(descDead, prometheus.GaugeValue, float64(s.Dead), l)
		age := 0.0
		if !s.Oldest.IsZero() {
			age = time.Since(s.Oldest).Seconds()
		}
		ch <- prometheus.MustNewConstMetric(descOldest, prometheus.GaugeValue, age, l)
	}
}
