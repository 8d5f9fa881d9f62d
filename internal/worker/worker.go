// Package worker runs the stages of Parallax's distributed pipeline as
// consumers of the JetStream work queues (see package queue): fetching
// and extracting pages, storing articles (cleaning lessons are learnt as
// they are stored), copy detection and story clustering. Any number of
// workers, on any number of machines, may run over one store and one NATS
// server or cluster.
//
// Every handler is idempotent, since an item may come again after its
// work was done: storing an article already stored leaves it unchanged,
// and the derive steps only do what is not done yet. Copy detection and
// clustering each run in one worker at a time: their queue hands out one
// request at a time, and the step runs under its stored lease, so a
// worker that dies mid-step holds it up for at most the lease's TTL
// before another worker takes the request and the lease over.
package worker

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/parallax-news/parallax/internal/copies"
	"github.com/parallax-news/parallax/internal/copyshard"
	"github.com/parallax-news/parallax/internal/derive"
	"github.com/parallax-news/parallax/internal/fetch"
	"github.com/parallax-news/parallax/internal/lease"
	"github.com/parallax-news/parallax/internal/metrics"
	"github.com/parallax-news/parallax/internal/queue"
	"github.com/parallax-news/parallax/internal/store"
)

// Config configures a worker.
type Config struct {
	Store store.Store
	Queue *queue.Queue
	// Stages are the stages to run; empty means all, unless Shard is set.
	Stages []queue.Stage
	// CopyShards, when above 0, keeps the copy index of the copies stage
	// on that many shards (package copyshard), each served by workers
	// with Shard set; the store keeps none of it.
	CopyShards int
	// Shard, when set, serves one shard of the copy index.
	Shard *Shard
	// Fetchers is how many pages this worker fetches at once; 0 means 8.
	Fetchers int
	// Client fetches pages; required when the fetch stage runs.
	Client *fetch.Client
	// Holder names this worker in the leases; "" means one made up from
	// the host and process.
	Holder string
	// LeaseTTL is how long the copies and stories leases last unless
	// renewed: how long a dead worker holds those steps up. 0 means
	// lease.DefaultTTL.
	LeaseTTL time.Duration
	// Summary is how often the worker logs what it did at info level; 0
	// means a minute.
	Summary time.Duration
	Logger  *slog.Logger
	// Metrics, when set, gets the worker's counters and histograms.
	Metrics *metrics.Metrics
}

// Shard is the shard of the copy index a worker serves.
type Shard struct {
	Spec  copyshard.Spec
	Index copyshard.Index
}

// Worker runs stages.
type Worker struct {
	cfg   Config
	log   *slog.Logger
	stats *stats
}

// New checks the configuration and returns a Worker.
func New(cfg Config) (*Worker, error) {
	if cfg.Store == nil || cfg.Queue == nil {
		return nil, fmt.Errorf("worker: a store and a queue are required")
	}
	if len(cfg.Stages) == 0 && cfg.Shard == nil {
		cfg.Stages = queue.Stages
	}
	if cfg.Shard != nil {
		if err := cfg.Shard.Spec.Validate(); err != nil {
			return nil, fmt.Errorf("worker: %w", err)
		}
		if cfg.Shard.Index == nil {
			return nil, fmt.Errorf("worker: copy shard %s has no database", cfg.Shard.Spec)
		}
	}
	if cfg.CopyShards < 0 || cfg.CopyShards > copyshard.MaxShards {
		return nil, fmt.Errorf("worker: %d copy shards: want 0 to %d", cfg.CopyShards, copyshard.MaxShards)
	}
	for _, s := range cfg.Stages {
		if s == queue.StageFetch && cfg.Client == nil {
			return nil, fmt.Errorf("worker: the fetch stage needs a fetch client")
		}
	}
	if cfg.Fetchers <= 0 {
		cfg.Fetchers = 8
	}
	if cfg.Holder == "" {
		cfg.Holder = lease.Holder("parallax worker")
	}
	if cfg.Summary <= 0 {
		cfg.Summary = time.Minute
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	st, err := newStats(cfg.Metrics, cfg.Queue)
	if err != nil {
		return nil, err
	}
	return &Worker{cfg: cfg, log: cfg.Logger, stats: st}, nil
}

// Run runs the stages, and serves its copy shard, until ctx ends (or the
// shard cannot be served: then it returns why).
func (w *Worker) Run(ctx context.Context) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	for _, s := range w.cfg.Stages {
		h, n := w.handler(s)
		wg.Go(func() { w.cfg.Queue.Consume(ctx, s, n, h, w.stats.observe) })
	}
	var serr error
	if sh := w.cfg.Shard; sh != nil {
		srv, err := copyshard.NewServer(copyshard.ServerConfig{Shard: sh.Spec, Index: sh.Index, Store: w.cfg.Store,
			Conn: w.cfg.Queue.Conn(), JetStream: w.cfg.Queue.JetStream(), Replicas: w.cfg.Queue.Replicas(), Logger: w.log})
		if err != nil {
			return err
		}
		wg.Go(func() {
			if serr = srv.Run(ctx); serr != nil {
				w.log.Error("copy shard stopped", "shard", sh.Spec.String(), "err", serr)
				cancel() // a worker that cannot serve its shard stops
			}
		})
	}
	wg.Go(func() { w.summarise(ctx) })
	w.log.Info("worker started", "stages", fmt.Sprint(w.cfg.Stages), "holder", w.cfg.Holder)
	wg.Wait()
	w.log.Info("worker stopped", "summary", w.stats.summary(true))
	return serr
}

// handler returns a stage's handler and how many items it takes at once.
func (w *Worker) handler(s queue.Stage) (queue.Handler, int) {
	switch s {
	case queue.StageFetch:
		return w.fetch, w.cfg.Fetchers
	case queue.StageStore:
		return w.storeArticles, 1
	case queue.StageCopies:
		return w.copies(w.deriver()), 1
	default:
		return w.stories(w.deriver()), 1
	}
}

func (w *Worker) deriver() *derive.Deriver {
	var index func(context.Context, store.Lease) (copies.Index, error)
	if n := w.cfg.CopyShards; n > 0 {
		index = func(ctx context.Context, l store.Lease) (copies.Index, error) {
			return copyshard.NewMerger(ctx, copyshard.MergerConfig{Store: w.cfg.Store, Shards: n, Lease: l,
				Conn: w.cfg.Queue.Conn(), JetStream: w.cfg.Queue.JetStream(), Replicas: w.cfg.Queue.Replicas(), Logger: w.log})
		}
	}
	return derive.New(w.cfg.Store, derive.Config{
		CopyIndex: index,
		Lease: lease.Options{Holder: w.cfg.Holder, TTL: w.cfg.LeaseTTL, Wait: -1,
			Waiting: func(held error) { w.log.Info("waiting for a lease", "held", held.Error()) }},
		Logger:  w.log,
		Metrics: w.cfg.Metrics,
	})
}

// summarise logs what the worker did, every Summary, when it did
// anything.
func (w *Worker) summarise(ctx context.Context) {
	t := time.NewTicker(w.cfg.Summary)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if s := w.stats.summary(false); s != "" {
				w.log.Info("worker progress", "summary", s)
			}
		}
	}
}
