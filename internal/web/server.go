// Package web serves Parallax in a browser and over HTTP: server-rendered
// pages (stories, a story's comparison, an article, an outlet, search) and
// a JSON API under /api/v1/ that returns the same documents as the command
// line's --json. Every article is untrusted: templates escape all text, no
// article HTML is rendered, and every response carries a strict
// Content-Security-Policy.
package web

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/klauspost/compress/gzhttp"
	"github.com/parallax-news/parallax/internal/clean"
	"github.com/parallax-news/parallax/internal/derive"
	"github.com/parallax-news/parallax/internal/lease"
	"github.com/parallax-news/parallax/internal/metrics"
	"github.com/parallax-news/parallax/internal/nlp"
	"github.com/parallax-news/parallax/internal/outlets"
	"github.com/parallax-news/parallax/internal/store"
	"github.com/parallax-news/parallax/internal/watches"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

//go:embed openapi.json
var openAPI []byte

// cacheBytes is about the most memory the server's caches of built pages
// take.
const cacheBytes = 512 << 20

// Config configures a Server.
type Config struct {
	// Store is the database served. Required.
	Store store.Store
	// Analyzer reads articles; nil means nlp.NewAnalyzer().
	Analyzer *nlp.Analyzer
	// Token, when set, lets a request that sends it as
	// "Authorization: Bearer TOKEN" write (add articles and feeds) and,
	// from another machine, read. Without it nothing can be written.
	Token string
	// PublicRead lets clients on other machines read without the token.
	// Reading from loopback is always open.
	PublicRead bool
	// Metrics, when set, records the server's work (requests, page
	// builds, derive runs, articles in) and is served at GET /metrics
	// under the same rules as reading the API. Nil: no /metrics, nothing
	// recorded. One Metrics serves one Server (New fails on a second).
	Metrics *metrics.Metrics
	// MaxUploadTotal limits what one compressed POST body may decompress
	// to: 0 means ingest.DefaultMaxTotal, a negative value no limit.
	MaxUploadTotal int64
	// Refresh is how often the server looks for articles that other
	// processes added and brings copy detection and stories up to date;
	// 0 means 2 seconds.
	Refresh time.Duration
	// NoDerive leaves copy detection and stories to others (workers): the
	// server only follows the stories' version, to rebuild changed pages.
	NoDerive bool
	// Jobs, when set, takes the articles of POST /api/v1/articles for the
	// workers (serve --nats): the server answers 202 Accepted with a job
	// that GET /api/v1/jobs/{id} follows, instead of storing them itself.
	Jobs Jobs
	// Logger receives one line per failed request and per refresh; nil
	// discards.
	Logger *slog.Logger
	// OnMatch, when set, is told of each new match of a watch (made after
	// each refresh), to log it and wake the webhook deliverer.
	OnMatch func(store.Watch, store.WatchMatch)
}

// Server is the web UI and API over one store. Its handler is safe for
// concurrent use; Run keeps derived data (copies, stories) up to date.
type Server struct {
	st store.Store
	// derive brings copies and stories up to date; nil with
	// Config.NoDerive.
	derive     *derive.Deriver
	an         *nlp.Analyzer
	cleaner    *clean.Cleaner
	token      string
	publicRead bool
	refresh    time.Duration
	log        *slog.Logger
	metrics    *metrics.Metrics
	pages      map[string]*template.Template
	static     fs.FS

	// maxUploadTotal is ingest.Options.MaxTotal for POST bodies.
	maxUploadTotal int64
	// jobs queues posted articles for the workers; nil: they are stored
	// at once.
	jobs Jobs

	// version is what the caches were last checked against: the sum of
	// the stories' version (store.StoryStore.StoryVersion) and the
	// outlets' (store.OutletStore.OutletVersion), which both only grow.
	version atomic.Int64
	// outletVersion is the outlets' version at the last refresh, and
	// index the coverage index read at it.
	outletVersion atomic.Int64
	index         atomic.Pointer[outlets.Index]
	// copiesPending is true when the last refresh left articles that copy
	// detection has not checked.
	copiesPending atomic.Bool
	stories       *cache[*storyEntry]
	outlets       *cache[body]
	// lists keeps rendered stories listings and search answers (pages and
	// API) by their query, until the stories change.
	lists *cache[body]
	// articles keeps rendered article pages.
	articles *cache[*articleBody]
	// kick asks Run to refresh now (after articles were added).
	kick chan struct{}
	// matcher matches what arrived against the watches after each
	// refresh.
	matcher *watches.Matcher
	// updating serialises refreshes (the Deriver is not for concurrent
	// use; other processes are kept out by its leases).
	updating sync.Mutex
	// heldBy is the holder of a lease that kept the last refresh from
	// deriving, to log it once; guarded by updating.
	heldBy string
}

// New returns a server over cfg.Store.
func New(cfg Config) (*Server, error) {
	if cfg.Store == nil {
		return nil, errors.New("web: no store")
	}
	s := &Server{st: cfg.Store, an: cfg.Analyzer, token: cfg.Token, publicRead: cfg.PublicRead,
		refresh: cfg.Refresh, log: cfg.Logger, metrics: cfg.Metrics, kick: make(chan struct{}, 1),
		stories:  newCache(512, cacheBytes/2, (*storyEntry).size),
		outlets:  newCache(128, cacheBytes/16, func(b body) int64 { return b.size() }),
		lists:    newCache(1024, cacheBytes/4, func(b body) int64 { return b.size() }),
		articles: newCache(2048, cacheBytes/4, func(a *articleBody) int64 { return a.size() })}
	if s.an == nil {
		an, err := nlp.NewAnalyzer()
		if err != nil {
			return nil, fmt.Errorf("web: %w", err)
		}
		s.an = an
	}
	s.articles.checkAlways = true // a revision changes an article without a new version
	s.matcher = &watches.Matcher{Store: cfg.Store, Analyzer: s.an, OnMatch: cfg.OnMatch}
	s.maxUploadTotal = cfg.MaxUploadTotal
	s.jobs = cfg.Jobs
	// Story and outlet pages compare many articles: build at most one per
	// core at a time, so that each finishes as soon as it can and only
	// that many builds hold memory at once, smaller pages first (see
	// buildPool). Article pages analyse one article and are left out, so
	// that they never wait behind stories.
	builds := newBuildPool(runtime.GOMAXPROCS(0))
	s.stories.slot = func(ctx context.Context, id string) func() {
		start := time.Now()
		defer func() { s.stories.obs.Waited(time.Since(start)) }()
		return builds.acquire(s.storyCost(ctx, id))
	}
	s.outlets.slot = func(context.Context, string) func() {
		start := time.Now()
		defer func() { s.outlets.obs.Waited(time.Since(start)) }()
		return builds.acquire(outletCost)
	}
	s.stories.obs, s.outlets.obs = cfg.Metrics.Cache("stories"), cfg.Metrics.Cache("outlets")
	s.lists.obs, s.articles.obs = cfg.Metrics.Cache("lists"), cfg.Metrics.Cache("articles")
	stages := []string{string(derive.StageCopies), string(derive.StageStories)}
	if err := cfg.Metrics.CountPending(stages, s.countPending); err != nil {
		return nil, fmt.Errorf("web: %w", err)
	}
	if s.refresh <= 0 {
		s.refresh = 2 * time.Second
	}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	if !cfg.NoDerive {
		s.derive = derive.New(s.st, derive.Config{Lease: lease.Options{Holder: lease.Holder("serve")}, Logger: s.log, Metrics: cfg.Metrics})
	}
	var err error
	if s.cleaner, err = clean.New(); err != nil {
		return nil, fmt.Errorf("web: %w", err)
	}
	if s.pages, err = parseTemplates(); err != nil {
		return nil, err
	}
	if s.static, err = fs.Sub(staticFS, "static"); err != nil {
		return nil, fmt.Errorf("web: static files: %w", err)
	}
	return s, nil
}

// reader returns a reader of cleaned text over the store's models, for
// one request (it keeps the models it reads).
func (s *Server) reader() *clean.Reader {
	return clean.NewReader(s.cleaner, s.st)
}

// Handler returns the HTTP handler: pages at /, assets at /static/, the
// API at /api/v1/.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	s.pageRoutes(mux)
	s.apiRoutes(mux)
	if s.metrics != nil {
		s.route(mux, "/metrics", get(s.metrics.Handler().ServeHTTP))
	}
	// Pages and JSON are compressed for clients that accept it; cached
	// bodies that are kept compressed already are sent as they are.
	// Requests are counted by the route the mux matched, refused ones too.
	return s.metrics.HTTP(s.secure(gzhttp.GzipHandler(mux)))
}

// Run brings copy detection and stories up to date now, then whenever
// articles are added through the API and every Refresh interval (to pick
// up articles other processes added), until ctx ends.
func (s *Server) Run(ctx context.Context) error {
	t := time.NewTicker(s.refresh)
	defer t.Stop()
	warmed := int64(-1)
	for {
		if err := s.Update(ctx); err != nil && ctx.Err() == nil {
			s.log.Error("refresh", "err", err)
		}
		if v := s.version.Load(); v != warmed && s.warmUntilKicked(ctx) {
			warmed = v
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		case <-s.kick:
		}
	}
}

// warmStories is how many of the newest and of the most covered stories
// are kept built, so that the pages most readers open first are ready.
const warmStories = 30

// warm builds the pages of the first stories of the stories page (newest
// and most covered) that are not built for the current version yet.
func (s *Server) warm(ctx context.Context) {
	for _, covered := range []bool{false, true} {
		list, err := s.st.Stories(ctx, store.StoryQuery{Covered: covered, Limit: warmStories})
		if err != nil {
			s.log.Error("warm", "err", err)
			return
		}
		for _, st := range list {
			if ctx.Err() != nil {
				return
			}
			if _, err := s.storyPage(ctx, st.ID); err != nil && ctx.Err() == nil {
				s.log.Error("warm", "story", st.ID, "err", err)
			}
		}
	}
}

// warmUntilKicked warms the story pages until done or until articles
// arrive (a kick), so that new articles are checked, grouped and matched
// against the watches without waiting for pages to be built: a first warm
// of a large database can take minutes. It reports whether warming
// finished; when kicked, the kick is kept for Run's select.
func (s *Server) warmUntilKicked(ctx context.Context) bool {
	wctx, cancel := context.WithCancel(ctx)
	kicked := make(chan bool, 1)
	go func() {
		select {
		case <-s.kick:
			cancel()
			kicked <- true
		case <-wctx.Done():
			kicked <- false
		}
	}()
	s.warm(wctx)
	cancel()
	if <-kicked {
		s.wake()
		return false
	}
	return ctx.Err() == nil
}

// wake asks Run to refresh soon.
func (s *Server) wake() {
	select {
	case s.kick <- struct{}{}:
	default:
	}
}
