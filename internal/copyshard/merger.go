package copyshard

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/parallax-news/parallax/internal/copies"
	"github.com/parallax-news/parallax/internal/dedup"
	"github.com/parallax-news/parallax/internal/store"
)

// MergerConfig configures a Merger.
type MergerConfig struct {
	// Store is the main store; Shards how many shards hold its index.
	Store  store.Store
	Shards int
	// Lease is the copies lease as this tenure took it: its token is
	// stamped on every record.
	Lease     store.Lease
	Conn      *nats.Conn
	JetStream jetstream.JetStream
	// Replicas is the record stream's replication; 0 means 1.
	Replicas int
	Logger   *slog.Logger

	// partBytes, in tests, bounds a record part instead of recordBytes.
	partBytes int
	// afterRecord, in tests, is called when a batch's records are
	// published, before its checks are saved; an error stops there.
	afterRecord func(batch int) error
}

// Merger is the copy index of one tenure of the copies lease over
// shards: a copies.Index. Its methods are called by one goroutine, as
// copies.UpdateWith does.
type Merger struct {
	cfg    MergerConfig
	log    *slog.Logger
	stream jetstream.Stream
	// settled[s] is the last record of shard s published (by this or an
	// earlier tenure): lookups wait for the shard to settle it.
	settled []uint64
	// through is the last check the store had saved when the batch
	// being checked was looked up; batch counts the batches.
	through int64
	batch   int
}

var _ copies.Index = (*Merger)(nil)

// The sizes of messages: keys a lookup asks for, bytes of a record part.
const (
	lookupKeys      = 32 << 10
	recordBytes     = 384 << 10
	lookupTimeout   = 20 * time.Second // a shard that died with a lookup costs this
	lookupsInFlight = 4
)

// NewMerger returns the Merger of a tenure of the copies lease, once it
// has found the last record each shard has to settle (perhaps of an
// earlier tenure's batch that was never saved).
func NewMerger(ctx context.Context, cfg MergerConfig) (*Merger, error) {
	if cfg.Shards < 1 || cfg.Shards > MaxShards {
		return nil, fmt.Errorf("copy shards: %d shards: want 1 to %d", cfg.Shards, MaxShards)
	}
	if cfg.Store == nil || cfg.Conn == nil || cfg.JetStream == nil {
		return nil, errors.New("copy shards: a store and a NATS connection are required")
	}
	if cfg.Lease.Token <= 0 {
		return nil, errors.New("copy shards: the copies lease must be held")
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if err := claimStore(ctx, cfg.Store, cfg.Shards); err != nil {
		return nil, err
	}
	st, err := SetupStream(ctx, cfg.JetStream, cfg.Replicas)
	if err != nil {
		return nil, err
	}
	m := &Merger{cfg: cfg, log: cfg.Logger, stream: st, settled: make([]uint64, cfg.Shards)}
	for s := range cfg.Shards {
		msg, err := st.GetLastMsgForSubject(ctx, recordSubject(Spec{s, cfg.Shards}))
		switch {
		case errors.Is(err, jetstream.ErrMsgNotFound):
		case err != nil:
			return nil, fmt.Errorf("copy shards: records pending for shard %d/%d: %w", s, cfg.Shards, err)
		default:
			m.settled[s] = msg.Sequence
		}
	}
	return m, nil
}

// claimStore records that n shards hold the store's copy index, when the
// store has saved no check yet; it fails when the store's index is
// elsewhere (in the store, or on another number of shards).
func claimStore(ctx context.Context, st store.Store, n int) error {
	have, err := st.CopyShards(ctx)
	if err != nil {
		return fmt.Errorf("copy shards: %w", err)
	}
	if have == n {
		return nil
	}
	if have > 0 {
		return fmt.Errorf("copy shards: this database's copy index is on %d shards, not %d", have, n)
	}
	last, err := st.LastCopyCheck(ctx)
	if err != nil {
		return fmt.Errorf("copy shards: %w", err)
	}
	if last > 0 {
		return fmt.Errorf("copy shards: this database's copy index is in the database (%d checks saved): it cannot move to shards", last)
	}
	return st.SetCopyShards(ctx, n)
}

// Holders implements dedup.KeyLookup: it asks every shard at once for its
// keys, as of every check the store has saved (a shard answers once it
// has settled every record published to it), and resolves the checks
// wanted to articles.
func (m *Merger) Holders(ctx context.Context, keys []uint64, limit int, want func(uint64, int) int) ([]dedup.Holders, error) {
	through, err := m.cfg.Store.LastCopyCheck(ctx)
	if err != nil {
		return nil, err
	}
	m.through = through
	out := make([]dedup.Holders, len(keys))
	if len(keys) == 0 {
		return out, nil
	}
	if limit < 0 || limit >= store.MaxCopyPostings {
		return nil, fmt.Errorf("copy shards: limit %d out of range", limit)
	}
	// Each shard's keys, in the order given, and where they are in keys.
	type part struct {
		shard int
		at    []int
	}
	byShard := make([][]int, m.cfg.Shards)
	for i, k := range keys {
		s := Owner(k, m.cfg.Shards)
		byShard[s] = append(byShard[s], i)
	}
	var parts []part
	for s, at := range byShard {
		for len(at) > 0 {
			n := min(len(at), lookupKeys)
			parts = append(parts, part{s, at[:n]})
			at = at[n:]
		}
	}
	ns := make([]int, len(keys))
	seqs := make([][]int64, len(keys))
	errs := make([]error, len(parts))
	sem := make(chan struct{}, lookupsInFlight*m.cfg.Shards)
	var wg sync.WaitGroup
	for i, p := range parts {
		sem <- struct{}{}
		wg.Go(func() {
			defer func() { <-sem }()
			errs[i] = m.ask(ctx, p.shard, keys, p.at, limit, want, ns, seqs)
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	var wanted []int64
	for i, k := range keys {
		w := max(0, min(ns[i], want(k, ns[i])))
		if w > len(seqs[i]) {
			return nil, fmt.Errorf("copy shards: key %#x: %d holders wanted, %d given", k, w, len(seqs[i]))
		}
		seqs[i] = seqs[i][:w]
		wanted = append(wanted, seqs[i]...)
	}
	slices.Sort(wanted)
	ids, err := m.cfg.Store.CopyCheckArticles(ctx, slices.Compact(wanted))
	if err != nil {
		return nil, fmt.Errorf("copy shards: %w", err)
	}
	for i := range keys {
		out[i].N = ns[i]
		for _, seq := range seqs[i] {
			if id, ok := ids[seq]; ok {
				out[i].IDs = append(out[i].IDs, id)
			}
		}
	}
	return out, nil
}

// Sync waits until every shard has settled every record published to it
// and applied every check the store has saved (the last batch's checks
// are applied after they are saved, so a Sync after an update finds the
// shards up to date), or fails as a lookup would.
func (m *Merger) Sync(ctx context.Context) error {
	through, err := m.cfg.Store.LastCopyCheck(ctx)
	if err != nil {
		return err
	}
	m.through = through
	errs := make([]error, m.cfg.Shards)
	var wg sync.WaitGroup
	for s := range m.cfg.Shards {
		wg.Go(func() { errs[s] = m.ask(ctx, s, nil, nil, 0, func(uint64, int) int { return 0 }, nil, nil) })
	}
	wg.Wait()
	return errors.Join(errs...)
}

// ask asks shard for the keys at at (of keys) and fills ns and seqs there,
// splitting the question when the answer would not fit in a message and
// asking again while the shard is behind.
func (m *Merger) ask(ctx context.Context, shard int, keys []uint64, at []int, limit int, want func(uint64, int) int, ns []int, seqs [][]int64) error {
	sp := Spec{shard, m.cfg.Shards}
	ks := make([]uint64, len(at))
	common := make([]int, len(at))
	for j, i := range at {
		ks[j] = keys[i]
		common[j] = max(0, min(limit+1, want(keys[i], limit+1)))
	}
	data, err := json.Marshal(lookupRequest{Settled: m.settled[shard], Through: m.through, Limit: limit,
		Keys: encodeKeys(ks), Common: encodeUvarints(common)})
	if err != nil {
		return fmt.Errorf("copy shard %s: %w", sp, err)
	}
	for waited := 0; ; waited++ {
		rctx, cancel := context.WithTimeout(ctx, lookupTimeout)
		msg, err := m.cfg.Conn.RequestWithContext(rctx, lookupSubject(sp), data)
		cancel()
		if err != nil {
			if ctx.Err() == nil && (errors.Is(err, nats.ErrNoResponders) || errors.Is(err, context.DeadlineExceeded)) {
				if waited == 0 || waited%30 == 0 {
					m.log.Warn("copy shard does not answer; waiting", "shard", sp.String(), "err", err)
				}
				if err := pause(ctx, time.Second); err != nil {
					return err
				}
				continue
			}
			return fmt.Errorf("copy shard %s: lookup: %w", sp, err)
		}
		var r lookupReply
		if err := json.Unmarshal(msg.Data, &r); err != nil {
			return fmt.Errorf("copy shard %s: lookup answer: %w", sp, err)
		}
		switch {
		case r.Error != "":
			return fmt.Errorf("copy shard %s: %s", sp, r.Error)
		case r.TooBig && len(at) > 1:
			h := len(at) / 2
			if err := m.ask(ctx, shard, keys, at[:h], limit, want, ns, seqs); err != nil {
				return err
			}
			return m.ask(ctx, shard, keys, at[h:], limit, want, ns, seqs)
		case r.TooBig:
			return fmt.Errorf("copy shard %s: the holders of one key do not fit in a message", sp)
		case r.Behind:
			if waited%15 == 1 {
				m.log.Info("waiting for a copy shard to record earlier checks", "shard", sp.String(), "settled", r.Settled, "want", m.settled[shard])
			}
			continue // the shard waited before answering
		}
		gotN, gotSeqs, err := decodeHolders(r.Holders, len(at))
		if err != nil {
			return fmt.Errorf("copy shard %s: lookup answer: %w", sp, err)
		}
		for j, i := range at {
			ns[i], seqs[i] = gotN[j], gotSeqs[j]
		}
		return nil
	}
}

func pause(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// Record implements copies.Index: it publishes to every shard the keys
// it owns of checks, with the checks they replace, and returns once the
// stream has them all.
func (m *Merger) Record(ctx context.Context, checks []store.CopyCheck) error {
	if len(checks) == 0 {
		return nil
	}
	ids := make([]string, len(checks))
	for i, c := range checks {
		ids[i] = c.ArticleID
	}
	cur, err := m.cfg.Store.CurrentCopyChecks(ctx, ids)
	if err != nil {
		return fmt.Errorf("copy shards: %w", err)
	}
	var dead []int64
	for _, c := range checks {
		if r, ok := cur[c.ArticleID]; ok {
			dead = append(dead, r.Seq)
		}
	}
	slices.Sort(dead)
	last := checks[len(checks)-1]
	n := m.cfg.Shards
	limit := recordBytes
	if m.cfg.partBytes > 0 {
		limit = m.cfg.partBytes
	}
	owned := make([][]uint64, n)
	for s := range n {
		head := Record{Token: m.cfg.Lease.Token, Batch: m.batch, Through: m.through,
			Last: CheckRef{ID: last.ArticleID, Hash: last.ContentHash}, Dead: dead}
		var recs []Record
		rec, size := head, 0
		for _, c := range checks {
			owned[s] = owned[s][:0]
			for _, k := range c.Keys {
				if Owner(k, n) == s {
					owned[s] = append(owned[s], k)
				}
			}
			if len(owned[s]) == 0 {
				continue
			}
			b := 8*len(owned[s]) + len(c.ArticleID) + len(c.ContentHash) + 64
			if size > 0 && size+b > limit {
				recs = append(recs, rec)
				rec, size = head, 0
				rec.Dead = nil
			}
			rec.Checks = append(rec.Checks, RecordCheck{CheckRef: CheckRef{ID: c.ArticleID, Hash: c.ContentHash}, Keys: encodeKeys(owned[s])})
			size += b
		}
		recs = append(recs, rec)
		sp := Spec{s, n}
		for p := range recs {
			recs[p].Part, recs[p].Parts = p, len(recs)
			data, err := json.Marshal(recs[p])
			if err != nil {
				return fmt.Errorf("copy shard %s: record: %w", sp, err)
			}
			// The holder (unique to a process) and the token make the id
			// unique to this tenure, even over a store made afresh.
			id := fmt.Sprintf("copyshard %s %d %d %d %d", m.cfg.Lease.Holder, m.cfg.Lease.Token, m.batch, s, p)
			ack, err := m.cfg.JetStream.Publish(ctx, recordSubject(sp), data, jetstream.WithMsgID(id))
			if err != nil {
				return fmt.Errorf("copy shard %s: publish record: %w", sp, err)
			}
			m.settled[s] = max(m.settled[s], ack.Sequence)
		}
	}
	if m.cfg.afterRecord != nil {
		if err := m.cfg.afterRecord(m.batch); err != nil {
			return err
		}
	}
	m.batch++
	return nil
}
