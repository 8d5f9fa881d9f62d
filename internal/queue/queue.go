// Package queue is Parallax's plumbing on NATS JetStream: the durable work
// queues the distributed pipeline runs on, what their messages hold, how
// commands publish work, how workers take it (explicit acks, retries with
// back-off, a dead-letter stream for items that keep failing), and how
// anyone waits for work published before a point to be done.
//
// The queues, one work-queue stream each (a message is gone once a worker
// acknowledged it):
//   - fetch: one URL a message, fetched and extracted by any number of
//     workers at once; the article goes on to the articles queue;
//   - articles: batches of articles read by add or fetched, stored one
//     batch at a time in the order they were queued (so that articles with
//     the same publication time are stored, and then clustered, in the order
//     a single process would have stored them);
//   - derive: requests to bring copy detection, then stories, up to date
//     once the work queued before them is stored; one at a time each, by
//     whichever worker holds the step's stored lease.
//
// Items that fail MaxDeliver times are copied to the dead-letter stream,
// with why, and taken off their queue.
package queue

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strings"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// The streams, subjects and consumers.
const (
	StreamFetch    = "PARALLAX_FETCH"
	StreamArticles = "PARALLAX_ARTICLES"
	StreamDerive   = "PARALLAX_DERIVE"
	StreamDead     = "PARALLAX_DEAD"
	StreamChunks   = "PARALLAX_CHUNKS"

	SubjectFetch    = "parallax.fetch"
	SubjectArticles = "parallax.articles"
	SubjectCopies   = "parallax.derive.copies"
	SubjectStories  = "parallax.derive.stories"
	subjectChunks   = "parallax.chunks"
	subjectDead     = "parallax.dead."
)

// Stage names a consumer: a step of the pipeline that workers run.
type Stage string

// The stages, in pipeline order.
const (
	StageFetch   Stage = "fetch"
	StageStore   Stage = "store"
	StageCopies  Stage = "copies"
	StageStories Stage = "stories"
)

// Stages lists every stage in pipeline order.
var Stages = []Stage{StageFetch, StageStore, StageCopies, StageStories}

// ParseStage reads a stage's name.
func ParseStage(s string) (Stage, error) {
	for _, st := range Stages {
		if string(st) == s {
			return st, nil
		}
	}
	return "", fmt.Errorf("unknown stage %q (want fetch, store, copies or stories)", s)
}

// stageDef is where a stage's work comes from and how many items of it
// may be in flight at once over all workers.
type stageDef struct {
	stream, subject string
	maxAckPending   int
}

func (c Config) def(s Stage) stageDef {
	switch s {
	case StageFetch:
		return stageDef{StreamFetch, SubjectFetch, c.FetchInFlight}
	case StageStore:
		return stageDef{StreamArticles, SubjectArticles, 1}
	case StageCopies:
		return stageDef{StreamDerive, SubjectCopies, 1}
	default:
		return stageDef{StreamDerive, SubjectStories, 1}
	}
}

// Config says how the queues behave; the zero value is usable (see the
// defaults). Every process that sets the queues up should pass the same:
// the last to set them up wins.
type Config struct {
	// AckWait is how long a worker has to acknowledge an item (it extends
	// the time while it works) before the item goes to another worker;
	// 0 means 30 s.
	AckWait time.Duration
	// MaxDeliver is how many times an item is tried before it goes to the
	// dead-letter stream; 0 means 5.
	MaxDeliver int
	// Backoff is the wait before the first retry of a failed item,
	// doubled for each later one up to 16 times it; 0 means 2 s.
	Backoff time.Duration
	// FetchInFlight bounds the URLs being fetched at once over all
	// workers (back-pressure on the sites and the store); 0 means 64.
	FetchInFlight int
	// MaxBytes bounds each work stream's size: a publisher finds the
	// queue full and waits; 0 means 1 GiB.
	MaxBytes int64
	// Replicas is the streams' replication in a NATS cluster; 0 means 1.
	Replicas int
}

func (c Config) withDefaults() Config {
	if c.AckWait <= 0 {
		c.AckWait = 30 * time.Second
	}
	if c.MaxDeliver <= 0 {
		c.MaxDeliver = 5
	}
	if c.Backoff <= 0 {
		c.Backoff = 2 * time.Second
	}
	if c.FetchInFlight <= 0 {
		c.FetchInFlight = 64
	}
	if c.MaxBytes <= 0 {
		c.MaxBytes = 1 << 30
	}
	if c.Replicas <= 0 {
		c.Replicas = 1
	}
	return c
}

// backoff is the wait before retrying an item delivered n times.
func (c Config) backoff(n uint64) time.Duration {
	d := c.Backoff
	for i := uint64(1); i < n && d < 16*c.Backoff; i++ {
		d *= 2
	}
	return min(d, 16*c.Backoff)
}

// Queue is a connection to the queues.
type Queue struct {
	nc  *nats.Conn
	js  jetstream.JetStream
	cfg Config
	log *slog.Logger
}

// Connect connects to the NATS server(s) at url (comma-separated), for
// good: it reconnects for as long as it is open, and what is published
// while the server is away is retried. It does not set the queues up
// (see Setup).
func Connect(ctx context.Context, url, name string, cfg Config, log *slog.Logger) (*Queue, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	nc, err := nats.Connect(url, nats.Name(name), nats.MaxReconnects(-1), nats.ReconnectWait(500*time.Millisecond),
		nats.RetryOnFailedConnect(false),
		nats.DisconnectErrHandler(func(_ *nats.Conn, err error) {
			if err != nil {
				log.Warn("lost the NATS server; reconnecting", "err", err)
			}
		}),
		nats.ReconnectHandler(func(c *nats.Conn) { log.Info("reconnected to NATS", "server", c.ConnectedUrlRedacted()) }))
	if err != nil {
		return nil, fmt.Errorf("connect to NATS at %s: %w", redactURL(url), err)
	}
	js, err := jetstream.New(nc)
	if err != nil {
		nc.Close()
		return nil, fmt.Errorf("JetStream at %s: %w", redactURL(url), err)
	}
	return &Queue{nc: nc, js: js, cfg: cfg.withDefaults(), log: log}, nil
}

// Close drains what is being published and disconnects.
func (q *Queue) Close() error {
	if err := q.nc.Drain(); err != nil && !errors.Is(err, nats.ErrConnectionClosed) {
		q.nc.Close()
		return err
	}
	return nil
}

// Setup creates the streams and the consumers, or updates them to the
// Queue's Config: workers call it.
func (q *Queue) Setup(ctx context.Context) error {
	if err := q.SetupStreams(ctx); err != nil {
		return err
	}
	return q.setupConsumers(ctx)
}

// SetupStreams creates the streams, or updates them to the Queue's
// Config, leaving the consumers (and their tuning) to the workers:
// publishers call it, so that what they publish before any worker started
// is kept for the workers.
func (q *Queue) SetupStreams(ctx context.Context) error {
	work := func(name string, subjects ...string) jetstream.StreamConfig {
		return jetstream.StreamConfig{
			Name: name, Subjects: subjects,
			Retention: jetstream.WorkQueuePolicy, Storage: jetstream.FileStorage,
			Discard: jetstream.DiscardNew, MaxBytes: q.cfg.MaxBytes,
			Duplicates: 2 * time.Minute, Replicas: q.cfg.Replicas, Compression: jetstream.S2Compression,
		}
	}
	streams := []jetstream.StreamConfig{
		work(StreamFetch, SubjectFetch),
		work(StreamArticles, SubjectArticles),
		work(StreamDerive, SubjectCopies, SubjectStories),
		// The parts of large article groups, read by the store stage;
		// kept a week, so that a group redelivered finds them.
		{Name: StreamChunks, Subjects: []string{subjectChunks}, Retention: jetstream.LimitsPolicy,
			Storage: jetstream.FileStorage, MaxAge: 7 * 24 * time.Hour, MaxBytes: q.cfg.MaxBytes,
			Duplicates: 2 * time.Minute, Replicas: q.cfg.Replicas, Compression: jetstream.S2Compression,
			AllowDirect: true},
		{Name: StreamDead, Subjects: []string{subjectDead + ">"}, Retention: jetstream.LimitsPolicy,
			Storage: jetstream.FileStorage, MaxAge: 30 * 24 * time.Hour, MaxBytes: q.cfg.MaxBytes,
			Duplicates: 2 * time.Minute, Replicas: q.cfg.Replicas, Compression: jetstream.S2Compression},
	}
	for _, sc := range streams {
		if _, err := q.js.CreateOrUpdateStream(ctx, sc); err != nil {
			return fmt.Errorf("set up stream %s: %w", sc.Name, err)
		}
	}
	return nil
}

func (q *Queue) setupConsumers(ctx context.Context) error {
	for _, s := range Stages {
		d := q.cfg.def(s)
		_, err := q.js.CreateOrUpdateConsumer(ctx, d.stream, jetstream.ConsumerConfig{
			Durable: string(s), Description: "parallax " + string(s) + " stage",
			FilterSubject: d.subject, AckPolicy: jetstream.AckExplicitPolicy,
			AckWait: q.cfg.AckWait,
			// One delivery past the limit: it only moves the item to the
			// dead letters (a worker died on it every time).
			MaxDeliver:    q.cfg.MaxDeliver + 1,
			MaxAckPending: d.maxAckPending,
			DeliverPolicy: jetstream.DeliverAllPolicy,
		})
		if err != nil {
			return fmt.Errorf("set up consumer %s: %w", s, err)
		}
	}
	return nil
}

// redactURL hides passwords and tokens in NATS URLs (comma-separated).
func redactURL(s string) string {
	parts := strings.Split(s, ",")
	for i, p := range parts {
		u, err := url.Parse(strings.TrimSpace(p))
		if err != nil {
			parts[i] = "(bad URL)"
			continue
		}
		if u.User != nil {
			u.User = url.User("xxxxx")
		}
		parts[i] = u.String()
	}
	return strings.Join(parts, ",")
}

// JetStream returns the JetStream context, for inspecting the streams.
func (q *Queue) JetStream() jetstream.JetStream { return q.js }

// URL is the URL of the server connected to.
func (q *Queue) URL() string { return q.nc.ConnectedUrlRedacted() }

// Conn returns the NATS connection, for request/reply beside the queues.
func (q *Queue) Conn() *nats.Conn { return q.nc }

// Replicas is the streams' replication.
func (q *Queue) Replicas() int { return q.cfg.Replicas }
