package cli

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/parallax-news/parallax/internal/copyshard"
	"github.com/parallax-news/parallax/internal/fetch"
	"github.com/parallax-news/parallax/internal/lease"
	"github.com/parallax-news/parallax/internal/metrics"
	"github.com/parallax-news/parallax/internal/queue"
	"github.com/parallax-news/parallax/internal/worker"
	"github.com/spf13/cobra"
)

// queueFlags are the flags that choose and tune the NATS queues.
type queueFlags struct {
	url        string
	ackWait    time.Duration
	maxDeliver int
	backoff    time.Duration
	inFlight   int
}

func (f *queueFlags) register(cmd *cobra.Command, tuning bool) {
	cmd.Flags().StringVar(&f.url, "nats", "", "NATS server URL(s), comma-separated (also PARALLAX_NATS)")
	if !tuning {
		return
	}
	cmd.Flags().DurationVar(&f.ackWait, "ack-wait", 30*time.Second, "how long an item may go unacknowledged (a worker extends it while it works) before another worker gets it")
	cmd.Flags().IntVar(&f.maxDeliver, "max-deliver", 5, "tries of an item before it goes to the dead-letter stream")
	cmd.Flags().DurationVar(&f.backoff, "backoff", 2*time.Second, "wait before the first retry of a failed item, doubled for each later one (up to 16 times)")
	cmd.Flags().IntVar(&f.inFlight, "fetch-in-flight", 64, "most pages being fetched at once over all workers")
}

// natsURL is --nats, else PARALLAX_NATS, else "".
func (a *app) natsURL(f queueFlags) string {
	if f.url != "" {
		return f.url
	}
	return a.env.Getenv("PARALLAX_NATS")
}

// How much of the queues a command sets up.
type queueSetup int

const (
	setupNothing queueSetup = iota // status: only looks
	setupStreams                   // publishers
	setupAll                       // workers: streams and consumers
)

// connectQueue connects to the queues and sets up what the command needs.
func (a *app) connectQueue(ctx context.Context, f queueFlags, name string, log *slog.Logger, setup queueSetup) (*queue.Queue, error) {
	url := a.natsURL(f)
	if url == "" {
		return nil, usageError{errors.New("no NATS server: give --nats nats://HOST:4222 or set PARALLAX_NATS")}
	}
	cfg := queue.Config{AckWait: f.ackWait, MaxDeliver: f.maxDeliver, Backoff: f.backoff, FetchInFlight: f.inFlight}
	cctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	q, err := queue.Connect(cctx, url, name, cfg, log)
	if err != nil {
		return nil, err
	}
	switch setup {
	case setupStreams:
		err = q.SetupStreams(cctx)
	case setupAll:
		err = q.Setup(cctx)
	}
	if err != nil {
		q.Close()
		return nil, err
	}
	return q, nil
}

func (a *app) workerCmd() *cobra.Command {
	var (
		qf          queueFlags
		nf          netFlags
		stages      []string
		fetchers    int
		metricsAddr string
		logLevel    string
		leaseTTL    time.Duration
		shards      int
		shard       string
		shardDB     string
	)
	cmd := &cobra.Command{
		Use:   "worker",
		Short: "Run pipeline stages from NATS JetStream work queues",
		Long: `Worker takes work from the NATS JetStream queues that add, fetch and feed
polling fill when given --nats, and does it against the database: fetch pages
(fetch), store articles (store), check them for copies (copies) and group them
into stories (stories), and serve a shard of the copy index (copyshard). Run as many workers as you like, on as many machines,
over one database and one NATS server or cluster; each runs the stages --stage
names (all by default) until it is stopped (SIGINT or SIGTERM).

Items are acknowledged when done; an item whose worker dies goes to another
after --ack-wait, and an item that fails is tried again after a back-off, up
to --max-deliver times, then moved to the dead-letter stream (see 'worker
status'). Copy detection and story clustering run in one worker at a time,
under their leases: when the worker doing one dies, another takes it over
once the lease expires (--lease-ttl).

With --shards N the copies stage keeps the copy index not in the database
but on N shards, each its own database served by workers run with
--stage copyshard --shard s/N --shard-db DSN (s from 0 to N-1; DSN a file
path or postgres://...; more than one worker may serve a shard, for
failover). Every copies worker over a database must give the same --shards,
and a database checked with shards must always be: the shards hold its
index (see docs/scale.md).

With --metrics-addr the worker serves Prometheus metrics at /metrics. Logs go
to standard error: a summary every minute at info, a line per item at debug.`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error {
			var level slog.Level
			if err := level.UnmarshalText([]byte(logLevel)); err != nil {
				return usageError{fmt.Errorf("--log-level: %w", err)}
			}
			var sts []queue.Stage
			serveShard := false
			for _, s := range stages {
				for _, p := range strings.Split(s, ",") {
					if strings.TrimSpace(p) == stageCopyShard {
						serveShard = true
						continue
					}
					st, err := queue.ParseStage(strings.TrimSpace(p))
					if err != nil {
						return usageError{fmt.Errorf("--stage: %w", err)}
					}
					sts = append(sts, st)
				}
			}
			if shards < 0 || shards > copyshard.MaxShards {
				return usageError{fmt.Errorf("--shards %d: want 0 (the index in the database) to %d", shards, copyshard.MaxShards)}
			}
			var sh *shardFlags
			switch {
			case serveShard:
				spec, err := copyshard.ParseSpec(shard)
				if shard == "" {
					err = errors.New("the copyshard stage needs --shard s/N")
				}
				if err != nil {
					return usageError{fmt.Errorf("--shard: %w", err)}
				}
				if shardDB == "" {
					return usageError{errors.New("the copyshard stage needs --shard-db, the shard's own database")}
				}
				sh = &shardFlags{spec: spec, dsn: shardDB}
			case shard != "" || shardDB != "":
				return usageError{errors.New("--shard and --shard-db are for --stage copyshard")}
			}
			log := slog.New(slog.NewTextHandler(a.env.Stderr, &slog.HandlerOptions{Level: level}))
			var client *fetch.Client
			if (len(sts) == 0 && !serveShard) || contains(sts, queue.StageFetch) {
				c, err := a.client(nf)
				if err != nil {
					return err
				}
				defer c.Close()
				client = c
			}
			return a.runWorker(cmd.Context(), qf, worker.Config{Stages: sts, Fetchers: fetchers, Client: client, LeaseTTL: leaseTTL,
				CopyShards: shards, Logger: log}, sh, metricsAddr)
		},
	}
	qf.register(cmd, true)
	nf.register(cmd)
	cmd.Flags().StringArrayVar(&stages, "stage", nil, "stage to run: fetch, store, copies, stories or copyshard (repeatable or comma-separated; default all but copyshard)")
	cmd.Flags().IntVar(&shards, "shards", 0, "keep the copy index of the copies stage on this many shards (0: in the database)")
	cmd.Flags().StringVar(&shard, "shard", "", "the shard the copyshard stage serves, as s/N (shard s, from 0, of N)")
	cmd.Flags().StringVar(&shardDB, "shard-db", "", "the copyshard stage's own database: a file path or postgres://...")
	cmd.Flags().IntVar(&fetchers, "fetchers", 8, "pages this worker fetches at once")
	cmd.Flags().StringVar(&metricsAddr, "metrics-addr", "", "serve Prometheus metrics at http://ADDR/metrics (e.g. 127.0.0.1:9464)")
	cmd.Flags().StringVar(&logLevel, "log-level", "info", "debug (a line per item), info, warn or error")
	cmd.Flags().DurationVar(&leaseTTL, "lease-ttl", lease.DefaultTTL, "how long the copies and stories leases last unless renewed: how long a dead worker holds those steps up")
	cmd.AddCommand(a.workerStatusCmd())
	return cmd
}

func contains[T comparable](list []T, v T) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

// stageCopyShard is the worker stage that serves a shard of the copy
// index: not a queue's (package copyshard has its own).
const stageCopyShard = "copyshard"

// shardFlags are the shard a worker serves.
type shardFlags struct {
	spec copyshard.Spec
	dsn  string
}

func (a *app) runWorker(ctx context.Context, qf queueFlags, cfg worker.Config, sh *shardFlags, metricsAddr string) error {
	if a.natsURL(qf) == "" {
		return usageError{errors.New("no NATS server: give --nats nats://HOST:4222 or set PARALLAX_NATS")}
	}
	st, err := a.openStore(ctx, "parallax.db")
	if err != nil {
		return err
	}
	defer st.Close()
	if sh != nil {
		idx, err := copyshard.OpenIndex(ctx, sh.dsn, sh.spec)
		if err != nil {
			return err
		}
		defer idx.Close()
		cfg.Shard = &worker.Shard{Spec: sh.spec, Index: idx}
	}
	q, err := a.connectQueue(ctx, qf, "parallax worker", cfg.Logger, setupAll)
	if err != nil {
		return err
	}
	defer q.Close()
	cfg.Store, cfg.Queue = st, q
	if metricsAddr != "" {
		cfg.Metrics = metrics.New()
		ln, err := net.Listen("tcp", metricsAddr)
		if err != nil {
			return usageError{fmt.Errorf("--metrics-addr: %w", err)}
		}
		mux := http.NewServeMux()
		mux.Handle("GET /metrics", cfg.Metrics.Handler())
		srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second,
			ErrorLog: slog.NewLogLogger(cfg.Logger.Handler(), slog.LevelWarn)}
		go func() { _ = srv.Serve(ln) }()
		defer srv.Close()
		cfg.Logger.Info("serving metrics", "url", "http://"+ln.Addr().String()+"/metrics")
	}
	w, err := worker.New(cfg)
	if err != nil {
		return err
	}
	return w.Run(ctx)
}

func (a *app) workerStatusCmd() *cobra.Command {
	var (
		qf     queueFlags
		asJSON bool
	)
	cmd := &cobra.Command{
		Use:   "status",
		Short: "Show each work queue's pending, in-flight, redelivered and dead-lettered items",
		Long: `Status shows, for each stage's queue: the items not yet handed to a worker
(pending), those being worked on (in flight), those among them handed out
before (redelivered), those moved to the dead-letter stream after failing
too often (dead), the workers waiting for items, and the age of the oldest
item queued.`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			q, err := a.connectQueue(ctx, qf, "parallax worker status", nil, setupNothing)
			if err != nil {
				return err
			}
			defer q.Close()
			sts, err := q.Status(ctx)
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(a.env.Stdout, sts)
			}
			tw := tabwriter.NewWriter(a.env.Stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "STAGE\tSTREAM\tPENDING\tIN FLIGHT\tREDELIVERED\tDEAD\tWAITING WORKERS\tOLDEST")
			for _, s := range sts {
				age := "-"
				if !s.Oldest.IsZero() {
					age = time.Since(s.Oldest).Round(time.Second).String()
				}
				fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%d\t%d\t%s\n", s.Stage, s.Stream, s.Pending, s.InFlight, s.Redelivered, s.Dead, s.Waiting, age)
			}
			return tw.Flush()
		},
	}
	qf.register(cmd, false)
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the status as JSON")
	return cmd
}
