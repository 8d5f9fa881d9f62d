// Package metrics records what a Parallax process does, for Prometheus to
// scrape: articles coming in, the derive stages (copy detection, story
// clustering) and what waits for them, feed polls by outcome, the caches
// of built pages, and HTTP requests. Each Metrics has its own registry (no
// process-wide default), so that two servers in one process, or two
// tests, never share counters.
//
// Every method may be called on a nil *Metrics, and does nothing then: a
// process that exposes no metrics passes nil.
package metrics

import (
	"errors"
	"net/http"
	"time"

	"github.com/parallax-news/parallax/internal/store"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Metrics holds one process's collectors and the registry they are in.
type Metrics struct {
	reg *prometheus.Registry

	articlesIn    *prometheus.CounterVec
	stageRuns     *prometheus.CounterVec
	stageArticles *prometheus.CounterVec
	stageSeconds  *prometheus.HistogramVec
	polls         *prometheus.CounterVec
	rounds        *prometheus.CounterVec
	backedOff     prometheus.Gauge
	cacheLookups  *prometheus.CounterVec
	builds        *prometheus.CounterVec
	buildSeconds  *prometheus.HistogramVec
	buildWait     prometheus.Histogram
	requests      *prometheus.CounterVec
	reqSeconds    *prometheus.HistogramVec
}

// Where articles come in from, the values of the path label of
// parallax_articles_in_total.
const (
	PathAPI  = "api"  // POST /api/v1/articles
	PathFeed = "feed" // a feed poll (serve --watch)
	PathAdd  = "add"  // parallax add
	// PathQueue is a worker storing articles taken from the articles
	// queue (parallax worker).
	PathQueue = "queue"
)

// What became of an article that came in, the values of the outcome label
// of parallax_articles_in_total.
const (
	ArticleStored    = "stored"    // added, or a revision stored
	ArticleUnchanged = "unchanged" // already stored as it is
	ArticleFailed    = "failed"    // a document or item that gave no article
)

// New returns Metrics in a registry of their own, with the Go runtime's
// and the process's collectors beside Parallax's.
func New() *Metrics {
	m := &Metrics{reg: prometheus.NewRegistry()}
	f := func(c prometheus.Collector) { m.reg.MustRegister(c) }
	f(collectors.NewGoCollector())
	f(collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))

	m.articlesIn = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "parallax_articles_in_total",
		Help: "Articles that came in, by path (api, feed, add, queue) and outcome (stored, unchanged, failed).",
	}, []string{"path", "outcome"})
	m.stageRuns = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "parallax_derive_runs_total",
		Help: "Runs of a derive stage (copies, stories) that had articles to do, by outcome (ok, error, lease_held).",
	}, []string{"stage", "outcome"})
	m.stageArticles = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "parallax_derive_articles_total",
		Help: "Articles a derive stage went through: checked for copies, or grouped into stories.",
	}, []string{"stage"})
	m.stageSeconds = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name:    "parallax_derive_run_seconds",
		Help:    "How long a derive stage's run took once it held its lease.",
		Buckets: []float64{0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 25, 60, 150, 300},
	}, []string{"stage"})
	m.polls = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "parallax_feed_polls_total",
		Help: "Polls of one feed, by outcome (ok, not_modified, robots, refused, no_such_host, held, http_4xx, http_5xx, too_large, timeout, error).",
	}, []string{"outcome"})
	m.rounds = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "parallax_feed_poll_rounds_total",
		Help: "Rounds of feed polling, by outcome (ok, error: the feeds could not be listed).",
	}, []string{"outcome"})
	m.backedOff = prometheus.NewGauge(prometheus.GaugeOpts{
		Name: "parallax_feeds_backed_off",
		Help: "Feeds skipped at the last round because they wait after failures.",
	})
	m.cacheLookups = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "parallax_page_cache_requests_total",
		Help: "Requests for a built page, by cache (stories, outlets, lists, articles) and result (hit: built already; shared: joined a build under way; miss: started a build).",
	}, []string{"cache", "result"})
	m.builds = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "parallax_page_builds_total",
		Help: "Builds of a page, by cache and outcome (ok, error).",
	}, []string{"cache", "outcome"})
	m.buildSeconds = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name:    "parallax_page_build_seconds",
		Help:    "How long a page's build took, not counting the wait for a build slot.",
		Buckets: []float64{0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30}, // buildTimeout is 30 s
	}, []string{"cache"})
	m.buildWait = prometheus.NewHistogram(prometheus.HistogramOpts{
		Name:    "parallax_page_build_wait_seconds",
		Help:    "How long a story or outlet page's build waited for a slot of the bounded build pool.",
		Buckets: []float64{0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30},
	})
	m.requests = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "parallax_http_requests_total",
		Help: "HTTP requests, by route (the pattern matched, \"none\" when refused before routing) and status code.",
	}, []string{"route", "code"})
	m.reqSeconds = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name:    "parallax_http_request_duration_seconds",
		Help:    "How long the server took to answer an HTTP request, by route.",
		Buckets: prometheus.DefBuckets,
	}, []string{"route"})
	for _, c := range []prometheus.Collector{m.articlesIn, m.stageRuns, m.stageArticles, m.stageSeconds,
		m.polls, m.rounds, m.backedOff, m.cacheLookups, m.builds, m.buildSeconds, m.buildWait, m.requests, m.reqSeconds} {
		f(c)
	}
	return m
}

// Gatherer returns the registry, for tests and for serving elsewhere; nil
// for nil Metrics.
func (m *Metrics) Gatherer() prometheus.Gatherer {
	if m == nil {
		return nil
	}
	return m.reg
}

// Handler serves the metrics in Prometheus's text format (or OpenMetrics,
// when asked for). It leaves compression to the server's own.
func (m *Metrics) Handler() http.Handler {
	if m == nil {
		return http.NotFoundHandler()
	}
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{
		Registry:           m.reg,
		ErrorHandling:      promhttp.ContinueOnError, // a count that fails leaves the rest served
		DisableCompression: true,
		EnableOpenMetrics:  true,
	})
}

// Register adds collectors kept elsewhere (the workers' queue metrics) to
// the registry; it does nothing for nil Metrics.
func (m *Metrics) Register(cs ...prometheus.Collector) error {
	if m == nil {
		return nil
	}
	for _, c := range cs {
		if err := m.reg.Register(c); err != nil {
			return err
		}
	}
	return nil
}

// ArticlesIn counts articles that came in by path: stored (added or
// revised), unchanged, and documents that failed to give an article.
func (m *Metrics) ArticlesIn(path string, stored, unchanged, failed int) {
	if m == nil {
		return
	}
	m.articlesIn.WithLabelValues(path, ArticleStored).Add(float64(stored))
	m.articlesIn.WithLabelValues(path, ArticleUnchanged).Add(float64(unchanged))
	m.articlesIn.WithLabelValues(path, ArticleFailed).Add(float64(failed))
}

// StageRun records one run of a derive stage that had work: the articles
// it went through, how long it took and how it ended. A run that could not
// start because another process holds the stage's lease counts as
// lease_held, with no duration.
func (m *Metrics) StageRun(stage string, articles int, took time.Duration, err error) {
	if m == nil {
		return
	}
	switch {
	case errors.Is(err, store.ErrLeaseHeld):
		m.stageRuns.WithLabelValues(stage, "lease_held").Inc()
		return
	case err != nil:
		m.stageRuns.WithLabelValues(stage, "error").Inc()
	default:
		m.stageRuns.WithLabelValues(stage, "ok").Inc()
	}
	m.stageArticles.WithLabelValues(stage).Add(float64(articles))
	m.stageSeconds.WithLabelValues(stage).Observe(took.Seconds())
}
