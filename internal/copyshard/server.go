package copyshard

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/parallax-news/parallax/internal/queue"
	"github.com/parallax-news/parallax/internal/store"
)

// ServerConfig configures a shard's Server.
type ServerConfig struct {
	Shard Spec
	// Index is the shard's database; Store the main store, whose checks
	// and copies lease decide a record's fate.
	Index Index
	Store store.Store
	// Conn and JetStream reach the NATS server.
	Conn      *nats.Conn
	JetStream jetstream.JetStream
	// Replicas is the record stream's replication; 0 means 1.
	Replicas int
	// AckWait is how long a record may go unacknowledged (it is extended
	// while it is worked on) before another server of the shard gets it;
	// 0 means 30 s.
	AckWait time.Duration
	// Poll is how often a record whose checks are not saved yet is looked
	// at again (a lookup looks at once); 0 means a second.
	Poll time.Duration
	// Lookups is how many lookups are answered at once; 0 means 2.
	Lookups int
	Logger  *slog.Logger

	// hook, in tests, is told the stages of applying a record; an error
	// stops there.
	hook func(stage string) error
}

// Server serves one shard: it answers lookups and applies records.
type Server struct {
	cfg ServerConfig
	log *slog.Logger
	// kick wakes the record loop when a lookup waits for it.
	kick chan struct{}
	// settled is closed, and replaced, whenever a record is settled.
	mu      sync.Mutex
	settled chan struct{}
}

// NewServer checks the configuration and returns a Server.
func NewServer(cfg ServerConfig) (*Server, error) {
	if err := cfg.Shard.Validate(); err != nil {
		return nil, err
	}
	if cfg.Index == nil || cfg.Store == nil || cfg.Conn == nil || cfg.JetStream == nil {
		return nil, errors.New("copy shard server: an index, a store and a NATS connection are required")
	}
	if cfg.AckWait <= 0 {
		cfg.AckWait = 30 * time.Second
	}
	if cfg.Poll <= 0 {
		cfg.Poll = time.Second
	}
	if cfg.Lookups <= 0 {
		cfg.Lookups = 2
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	return &Server{cfg: cfg, log: cfg.Logger.With("shard", cfg.Shard.String()),
		kick: make(chan struct{}, 1), settled: make(chan struct{})}, nil
}

// Run serves the shard until ctx ends.
func (s *Server) Run(ctx context.Context) error {
	st, err := SetupStream(ctx, s.cfg.JetStream, s.cfg.Replicas)
	if err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return err
	}
	cons, err := setupConsumer(ctx, st, s.cfg.Shard, s.cfg.AckWait)
	if err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return err
	}
	sem := make(chan struct{}, s.cfg.Lookups)
	var wg sync.WaitGroup
	sub, err := s.cfg.Conn.QueueSubscribe(lookupSubject(s.cfg.Shard), lookupGroup, func(msg *nats.Msg) {
		select {
		case sem <- struct{}{}:
		case <-ctx.Done():
			data, _ := json.Marshal(lookupReply{Behind: true}) // stopping: ask again
			_ = msg.Respond(data)
			return
		}
		wg.Go(func() {
			defer func() { <-sem }()
			s.answer(ctx, msg)
		})
	})
	if err != nil {
		return fmt.Errorf("copy shard %s: serve lookups: %w", s.cfg.Shard, err)
	}
	s.log.Info("copy shard serving", "lookups", lookupSubject(s.cfg.Shard), "records", recordSubject(s.cfg.Shard))
	closed := sub.StatusChanged(nats.SubscriptionClosed)
	s.records(ctx, cons)
	// Drain: the lookups already delivered are answered (that the shard
	// is stopping: the merger asks again), not dropped unanswered.
	if err := sub.Drain(); err == nil {
		t := time.NewTimer(5 * time.Second)
		select {
		case <-closed:
		case <-t.C:
		}
		t.Stop()
	}
	wg.Wait()
	return nil
}

// records takes the shard's records one at a time until ctx ends.
func (s *Server) records(ctx context.Context, cons jetstream.Consumer) {
	for ctx.Err() == nil {
		fctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		batch, err := cons.Fetch(1, jetstream.FetchContext(fctx))
		if err != nil {
			cancel()
			s.log.Debug("fetch records failed; waiting", "err", err)
			s.pause(ctx, s.cfg.Poll)
			continue
		}
		for msg := range batch.Messages() {
			s.handle(ctx, msg)
		}
		cancel()
	}
}

// pause waits d, or less when ctx ends or a lookup kicks.
func (s *Server) pause(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-t.C:
	case <-s.kick:
	}
}

// handle settles one record: applies it once its checks are saved, or
// drops it once they never will be. It keeps the record in progress
// meanwhile.
func (s *Server) handle(ctx context.Context, msg jetstream.Msg) {
	md, err := msg.Metadata()
	if err != nil {
		s.log.Error("record without metadata; leaving it", "err", err)
		return
	}
	defer queue.KeepAlive(msg, s.cfg.AckWait/3)()
	seq := md.Sequence.Stream
	rec, err := decodeRecord(msg.Data())
	if err != nil {
		// Nothing can apply it: drop it, loudly. If its checks were
		// saved, the merger finds the shard short of them and stops.
		s.log.Error("malformed copy shard record; dropped", "seq", seq, "err", err)
		s.settle(ctx, msg, Apply{Settled: seq})
		return
	}
	for ctx.Err() == nil {
		a, ok, err := s.resolve(ctx, rec)
		switch {
		case err != nil:
			s.log.Warn("copy shard record: cannot tell its fate yet", "seq", seq, "err", err)
		case ok:
			a.Settled = seq
			a.Group = fmt.Sprintf("%d %d", rec.Token, rec.Batch)
			a.Hold = a.Applied > 0 && rec.Part < rec.Parts-1 // a saved batch's parts wait for its last
			if s.settle(ctx, msg, a) {
				s.log.Debug("record applied", "seq", seq, "token", rec.Token, "batch", rec.Batch, "part", rec.Part, "postings", len(a.Postings), "applied", a.Applied)
				return
			}
		default:
			// Not saved yet, by a merger that still holds the lease.
			s.pause(ctx, s.cfg.Poll)
			continue
		}
		s.pause(ctx, s.cfg.Poll)
	}
}

// resolve tells a record's fate: ok with what to apply once its checks
// are saved (or with nothing to apply once they never will be: a later
// tenure of the copies lease has begun without them), not ok while its
// merger may still save them.
func (s *Server) resolve(ctx context.Context, rec Record) (Apply, bool, error) {
	// The lease is read before the checks: a later tenure seen here began
	// after the record's merger stopped saving, so checks it had not
	// saved when they are read after are never saved. (Read the other way
	// round, the merger could save them and die between the two reads.)
	ls, err := s.cfg.Store.Leases(ctx)
	if err != nil {
		return Apply{}, false, err
	}
	later := false
	for _, l := range ls {
		if l.Name == store.LeaseCopies && l.Token > rec.Token {
			later = true
		}
	}
	if err := s.step("lease read"); err != nil {
		return Apply{}, false, err
	}
	ids := []string{rec.Last.ID}
	for _, c := range rec.Checks {
		ids = append(ids, c.ID)
	}
	cur, err := s.cfg.Store.CurrentCopyChecks(ctx, ids)
	if err != nil {
		return Apply{}, false, err
	}
	saved := func(c CheckRef) (int64, bool) {
		r, ok := cur[c.ID]
		return r.Seq, ok && r.ContentHash == c.Hash && r.Seq > rec.Through
	}
	last, ok := saved(rec.Last)
	switch {
	case ok:
		a := Apply{Applied: last, Dead: rec.Dead}
		for _, c := range rec.Checks {
			seq, ok := saved(c.CheckRef)
			if !ok {
				continue // replaced since (never: records are settled before the next batch is saved)
			}
			keys, err := decodeKeys(c.Keys)
			if err != nil {
				return Apply{}, false, err
			}
			for _, k := range keys {
				a.Postings = append(a.Postings, Posting{Key: k, Seq: seq})
			}
		}
		return a, true, nil
	case later:
		s.log.Info("record of a batch never saved; dropped", "token", rec.Token, "batch", rec.Batch, "part", rec.Part)
		return Apply{}, true, nil
	}
	return Apply{}, false, nil
}

// settle applies a and acknowledges the record; false when it could not.
func (s *Server) settle(ctx context.Context, msg jetstream.Msg, a Apply) bool {
	if err := s.step("apply"); err != nil {
		return false
	}
	if err := s.cfg.Index.Apply(ctx, a); err != nil {
		s.log.Warn("apply record failed; retrying", "err", err)
		return false
	}
	s.mu.Lock()
	close(s.settled)
	s.settled = make(chan struct{})
	s.mu.Unlock()
	if err := s.step("ack"); err != nil {
		return true // as if the process died before its ack: the record comes again
	}
	if err := msg.Ack(); err != nil {
		s.log.Warn("ack of an applied record failed; it will come again", "err", err)
	}
	return true
}

// step tells the test hook of a stage.
func (s *Server) step(stage string) error {
	if s.cfg.hook == nil {
		return nil
	}
	return s.cfg.hook(stage)
}

// lookupWait is how long a lookup waits for the shard to settle the
// records asked for before it answers that the shard is behind.
const lookupWait = 2 * time.Second

// answer answers one lookup.
func (s *Server) answer(ctx context.Context, msg *nats.Msg) {
	reply := s.lookup(ctx, msg.Data)
	if ctx.Err() != nil {
		// Stopping: whatever went wrong, the merger asks again (another
		// server of the shard, or this one restarted).
		reply = lookupReply{Behind: true}
	}
	data, _ := json.Marshal(reply) // a lookupReply always marshals
	if int64(len(data)) > s.cfg.Conn.MaxPayload() {
		data, _ = json.Marshal(lookupReply{TooBig: true, Applied: reply.Applied, Settled: reply.Settled})
	}
	if err := msg.Respond(data); err != nil {
		s.log.Warn("answer a lookup", "err", err)
	}
}

func (s *Server) lookup(ctx context.Context, data []byte) lookupReply {
	var req lookupRequest
	if err := json.Unmarshal(data, &req); err != nil {
		return lookupReply{Error: fmt.Sprintf("lookup: %v", err)}
	}
	keys, err := decodeKeys(req.Keys)
	if err != nil {
		return lookupReply{Error: fmt.Sprintf("lookup: %v", err)}
	}
	common, err := decodeUvarints(req.Common, len(keys))
	if err != nil {
		return lookupReply{Error: fmt.Sprintf("lookup: common: %v", err)}
	}
	if req.Limit < 0 || req.Limit >= store.MaxCopyPostings {
		return lookupReply{Error: fmt.Sprintf("lookup: limit %d out of range", req.Limit)}
	}
	wctx, cancel := context.WithTimeout(ctx, lookupWait)
	defer cancel()
	for {
		s.mu.Lock()
		changed := s.settled
		s.mu.Unlock()
		m, err := s.cfg.Index.Marks(ctx)
		if err != nil {
			return lookupReply{Error: err.Error()}
		}
		if m.Settled >= req.Settled {
			break
		}
		select {
		case s.kick <- struct{}{}:
		default:
		}
		select {
		case <-changed:
			continue
		case <-wctx.Done():
		}
		return lookupReply{Behind: true, Applied: m.Applied, Settled: m.Settled}
	}
	m, seqs, err := s.cfg.Index.Lookup(ctx, keys, req.Limit)
	if err != nil {
		return lookupReply{Error: err.Error()}
	}
	out := lookupReply{Applied: m.Applied, Settled: m.Settled}
	switch {
	case m.Applied < req.Through:
		out.Error = fmt.Sprintf("shard %s has recorded checks up to %d, but the store has saved checks up to %d: checks were saved without this shard (the store was checked without shards, or with another number of them)",
			s.cfg.Shard, m.Applied, req.Through)
	case m.Applied > req.Through:
		out.Error = fmt.Sprintf("shard %s has recorded checks up to %d, but the store has saved checks only up to %d: is it another store's shard?",
			s.cfg.Shard, m.Applied, req.Through)
	default:
		out.Holders = encodeHolders(seqs, req.Limit, common)
	}
	return out
}
