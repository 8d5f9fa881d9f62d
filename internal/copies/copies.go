// Package copies keeps copy detection up to date over a store: it checks
// every stored article that has not been checked yet against all the
// articles checked before it, with the index kept in the store, and records
// the copy relations found. The detection itself is package dedup's.
package copies

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/clean"
	"github.com/parallax-news/parallax/internal/dedup"
	"github.com/parallax-news/parallax/internal/store"
)

// batchSize is how many articles are checked at once, between two
// writes: enough for all cores to share the work and for one lookup of all
// their keys to be cheap, few enough to keep memory small (about 20 MB per
// 1,000 articles) and to lose little work to an interruption.
const batchSize = 4096

// Result is what an update did.
type Result struct {
	// Checked counts the articles checked, Found the relations found.
	Checked int `json:"checked"`
	Found   int `json:"found"`
	// Kinds counts the relations found by kind (duplicate, near-duplicate,
	// derived).
	Kinds map[string]int `json:"kinds"`
	// Detection sums the work of the detector.
	Detection dedup.CheckStats `json:"detection"`
}

// Update checks every unchecked article, oldest published first, each
// against all the articles checked before it, and stores its index keys
// and the relations found. It reads each article's cleaned text (package
// clean): furniture is blanked out, so that two articles that share only a
// credit or a newsletter pitch are not copies, and offsets in the relations
// are still offsets into the stored text. Cleaning's learning is brought
// up to date first. It checks batchSize articles at a time on all
// cores (dedup.CheckAll), with the same results as checking them one by
// one; a batch is saved in one transaction, so an interruption loses at
// most the batch being checked. progress, when not nil, is told how many
// articles have been checked out of how many: first 0, then after each
// batch.
func Update(ctx context.Context, st store.Store, progress func(done, total int)) (Result, error) {
	return update(ctx, st, progress, batchSize, nil, nil)
}

// Index is a copy index kept outside the store (package copyshard keeps
// one on shards): UpdateWith asks it for the holders of a batch's keys
// and hands it the keys to record, and the store keeps only the checks and
// the relations.
type Index interface {
	// KeyLookup answers as of every check the store has saved.
	dedup.KeyLookup
	// Record makes the keys of checks durable before they are saved, to be
	// recorded once the store has them (and dropped if it never does).
	Record(ctx context.Context, checks []store.CopyCheck) error
}

// ShardedError is the error of checking, without its shards, a store
// whose copy index is on shards.
type ShardedError struct{ Shards int }

func (e *ShardedError) Error() string {
	return fmt.Sprintf("this database's copy index is on %d shards: check copies through them (parallax copies --shards %d --nats URL, or workers with --shards %d)", e.Shards, e.Shards, e.Shards)
}

// Options configure UpdateWith.
type Options struct {
	// Index, when set, is where the copy index is, instead of the store.
	// A store must always be checked with the same kind of index.
	Index Index
	// BatchSize is how many articles are checked at once; 0 means 4,096.
	BatchSize int
	// Progress is as for Update.
	Progress func(done, total int)
	// Views, when set, keeps the cleaned views of the articles checked,
	// as UpdateKeeping does.
	Views *clean.Memo
}

// UpdateWith is Update with options: with an Index, every batch's keys
// are looked up in it and recorded through it before the batch's checks
// are saved without keys, and the outcome is the same as Update's.
func UpdateWith(ctx context.Context, st store.Store, opts Options) (Result, error) {
	size := opts.BatchSize
	if size <= 0 {
		size = batchSize
	}
	return update(ctx, st, opts.Progress, size, opts.Index, opts.Views)
}

// folder is a store whose copy index can hold back its upkeep while many
// checks are saved in a row (the SQLite store's).
type folder interface {
	DeferCopyFolds() func(context.Context) error
}

// update is Update with batches of size articles.
func update(ctx context.Context, st store.Store, progress func(done, total int), size int, ext Index, views *clean.Memo) (_ Result, err error) {
	res := Result{Kinds: map[string]int{}}
	cfg := dedup.DefaultConfig()
	total, err := st.CountUnchecked(ctx)
	if err != nil || total == 0 {
		return res, err
	}
	if ext == nil {
		n, err := st.CopyShards(ctx)
		if err != nil {
			return res, fmt.Errorf("copy detection: %w", err)
		}
		if n > 0 {
			return res, fmt.Errorf("copy detection: %w", &ShardedError{Shards: n})
		}
	}
	if f, ok := st.(folder); ok && total > size && ext == nil {
		done := f.DeferCopyFolds()
		defer func() {
			if ferr := done(ctx); ferr != nil && err == nil {
				err = fmt.Errorf("copy detection: %w", ferr)
			}
		}()
	}
	rd, err := store.NewCleanReader(ctx, st)
	if err != nil {
		return res, fmt.Errorf("copy detection: %w", err)
	}
	if views != nil {
		rd.KeepIn(views)
	}
	if progress != nil {
		progress(0, total)
	}
	var index dedup.KeyLookup = postings{st}
	if ext != nil {
		index = ext
	}
	docs := &docs{st: st, rd: rd}
	for res.Checked < total {
		arts, err := st.Unchecked(ctx, min(size, total-res.Checked))
		if err != nil {
			return res, err
		}
		if len(arts) == 0 {
			break
		}
		batch, views, err := maskAll(ctx, rd, arts)
		if err != nil {
			return res, fmt.Errorf("check for copies: %w", err)
		}
		found, stats, err := dedup.CheckAll(ctx, cfg, batch, index, docs, 0)
		if err != nil {
			return res, fmt.Errorf("check for copies: %w", err)
		}
		addStats(&res.Detection, stats)
		checks := make([]store.CopyCheck, len(arts))
		for i, a := range arts {
			c := store.CopyCheck{ArticleID: a.ID, ContentHash: a.ContentHash, Keys: found[i].Keys, CleanView: views[i]}
			for _, m := range found[i].Matches {
				if m.Kind == dedup.KindUnrelated || m.Kind == dedup.KindRevision {
					continue
				}
				detail, err := json.Marshal(m)
				if err != nil {
					return res, fmt.Errorf("check %s for copies: %w", a.ID, err)
				}
				c.Links = append(c.Links, store.CopyLink{Source: m.Source, Copy: m.Copy, Kind: string(m.Kind), Share: m.Share, Detail: detail})
				res.Kinds[string(m.Kind)]++
			}
			res.Found += len(c.Links)
			checks[i] = c
		}
		if ext != nil {
			if err := ext.Record(ctx, checks); err != nil {
				return res, fmt.Errorf("check for copies: %w", err)
			}
			for i := range checks {
				checks[i].Keys = nil
			}
		}
		if err := st.SaveCopyChecks(ctx, checks); err != nil {
			return res, err
		}
		docs.last = make(map[string]dedup.Doc, len(batch))
		for _, d := range batch {
			docs.last[d.ID] = d
		}
		res.Checked += len(arts)
		if progress != nil {
			progress(res.Checked, total)
		}
	}
	return res, nil
}

func addStats(sum *dedup.CheckStats, s dedup.CheckStats) {
	sum.Docs += s.Docs
	sum.Keys += s.Keys
	sum.Recorded += s.Recorded
	sum.Candidates += s.Candidates
	sum.Loaded += s.Loaded
	sum.Matches += s.Matches
	sum.Sign += s.Sign
	sum.Lookup += s.Lookup
	sum.Search += s.Search
	sum.Verify += s.Verify
}

// maskAll converts a batch of articles for copy detection, with their
// furniture blanked out (clean.Reader.MaskedKept: the views are kept when
// the reader keeps them), on all cores, and returns their cleaned views
// encoded for the store to keep (clean.Reader.Encode).
func maskAll(ctx context.Context, rd *clean.Reader, arts []*article.Article) ([]dedup.Doc, [][]byte, error) {
	out := make([]dedup.Doc, len(arts))
	views := make([][]byte, len(arts))
	errs := make([]error, len(arts))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(arts)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= len(arts) || ctx.Err() != nil {
					return
				}
				masked, v, err := rd.MaskedKept(ctx, arts[i])
				if err == nil {
					views[i], err = rd.Encode(ctx, arts[i], v)
				}
				if err != nil {
					errs[i] = fmt.Errorf("clean %s: %w", arts[i].ID, err)
					continue
				}
				out[i] = Doc(masked)
			}
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, nil, err
	}
	return out, views, ctx.Err()
}

// Doc converts an article for copy detection.
func Doc(a *article.Article) dedup.Doc {
	d := dedup.Doc{ID: a.ID, Outlet: a.Outlet, URL: a.URL, Paragraphs: a.Paragraphs}
	if !a.Published.IsZero() {
		d.Published = a.Published.Time
	}
	return d
}

// postings reads the stored index.
type postings struct{ st store.CopyStore }

func (p postings) Holders(ctx context.Context, keys []uint64, limit int, want func(uint64, int) int) ([]dedup.Holders, error) {
	hs, err := p.st.CopyHolders(ctx, keys, limit, want)
	if err != nil {
		return nil, err
	}
	out := make([]dedup.Holders, len(hs))
	for i, h := range hs {
		out[i] = dedup.Holders(h)
	}
	return out, nil
}

// docs reads earlier articles from the store, or from the batch checked
// last (articles are checked in order of publication, so a copy's source
// is often in the batch before).
type docs struct {
	st   store.Store
	rd   *clean.Reader
	last map[string]dedup.Doc
}

func (d *docs) Doc(ctx context.Context, id string) (dedup.Doc, error) {
	if doc, ok := d.last[id]; ok {
		return doc, nil
	}
	a, err := d.st.Get(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		return dedup.Doc{}, fmt.Errorf("article %s: %w", id, dedup.ErrNotFound)
	}
	if err != nil {
		return dedup.Doc{}, err
	}
	masked, _, err := d.rd.Masked(ctx, a)
	if err != nil {
		return dedup.Doc{}, err
	}
	return Doc(masked), nil
}
