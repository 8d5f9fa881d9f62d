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

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/clean"
	"github.com/parallax-news/parallax/internal/dedup"
	"github.com/parallax-news/parallax/internal/store"
)

// batchSize is how many articles are checked between two writes.
const batchSize = 500

// Update checks every unchecked article, oldest published first, and
// stores its index keys and the relations found. It reads each article's
// cleaned text (package clean): furniture is blanked out, so that two
// articles that share only a credit or a newsletter pitch are not copies,
// and offsets in the relations are still offsets into the stored text.
// Cleaning's learning is brought up to date first. progress, when not
// nil, is told how many articles have been checked out of how many. It
// returns the number of articles checked and of relations found.
func Update(ctx context.Context, st store.Store, progress func(done, total int)) (checked, found int, err error) {
	cfg := dedup.DefaultConfig()
	total, err := st.CountUnchecked(ctx)
	if err != nil || total == 0 {
		return 0, 0, err
	}
	rd, err := store.NewCleanReader(ctx, st)
	if err != nil {
		return 0, 0, fmt.Errorf("copy detection: %w", err)
	}
	pending := &postings{st: st, mem: dedup.NewMemPostings()}
	idx, err := dedup.NewIndex(cfg, pending)
	if err != nil {
		return 0, 0, fmt.Errorf("copy detection: %w", err)
	}
	docs := &docs{st: st, rd: rd, cache: map[string]dedup.Doc{}}
	det, err := dedup.NewDetector(cfg, idx, docs)
	if err != nil {
		return 0, 0, fmt.Errorf("copy detection: %w", err)
	}
	for checked < total {
		arts, err := st.Unchecked(ctx, batchSize)
		if err != nil {
			return checked, found, err
		}
		if len(arts) == 0 {
			break
		}
		checks := make([]store.CopyCheck, 0, len(arts))
		for _, a := range arts {
			masked, _, err := rd.Masked(ctx, a)
			if err != nil {
				return checked, found, fmt.Errorf("check %s for copies: %w", a.ID, err)
			}
			doc := Doc(masked)
			docs.cache[a.ID] = doc
			pending.last = nil // an article without words adds no keys
			ms, err := det.Add(ctx, doc)
			if err != nil {
				return checked, found, fmt.Errorf("check %s for copies: %w", a.ID, err)
			}
			c := store.CopyCheck{ArticleID: a.ID, ContentHash: a.ContentHash, Keys: pending.last}
			for _, m := range ms {
				if m.Kind == dedup.KindUnrelated || m.Kind == dedup.KindRevision {
					continue
				}
				detail, err := json.Marshal(m)
				if err != nil {
					return checked, found, fmt.Errorf("check %s for copies: %w", a.ID, err)
				}
				c.Links = append(c.Links, store.CopyLink{Source: m.Source, Copy: m.Copy, Kind: string(m.Kind), Share: m.Share, Detail: detail})
			}
			found += len(c.Links)
			checks = append(checks, c)
		}
		if err := st.SaveCopyChecks(ctx, checks); err != nil {
			return checked, found, err
		}
		checked += len(arts)
		pending.reset()
		clear(docs.cache)
		if progress != nil {
			progress(checked, total)
		}
	}
	return checked, found, nil
}

// Doc converts an article for copy detection.
func Doc(a *article.Article) dedup.Doc {
	d := dedup.Doc{ID: a.ID, Outlet: a.Outlet, URL: a.URL, Paragraphs: a.Paragraphs}
	if !a.Published.IsZero() {
		d.Published = a.Published.Time
	}
	return d
}

// postings reads the stored index and holds the keys of the batch being
// checked until they are saved with their checks. The index only ever
// reads the first limit+1 documents of a key, so a key that already has
// them is not stored again: the detector asks for an article's keys (Get)
// just before it records them (Put), so the counts are at hand.
type postings struct {
	st     store.CopyStore
	mem    *dedup.MemPostings
	last   []uint64       // the keys of the last article put, to be saved
	counts map[uint64]int // documents found under each key by the last Get
	limit  int
}

func (p *postings) Put(ctx context.Context, id string, keys []uint64) error {
	p.last = p.last[:0:0]
	for _, k := range keys {
		if p.counts[k] <= p.limit {
			p.last = append(p.last, k)
		}
	}
	return p.mem.Put(ctx, id, keys)
}

func (p *postings) Get(ctx context.Context, keys []uint64, limit int) (map[uint64][]string, error) {
	stored, err := p.st.CopyPostings(ctx, keys, limit)
	if err != nil {
		return nil, err
	}
	batch, err := p.mem.Get(ctx, keys, limit)
	if err != nil {
		return nil, err
	}
	for k, ids := range batch {
		if room := limit + 1 - len(stored[k]); room > 0 {
			stored[k] = append(stored[k], ids[:min(room, len(ids))]...)
		}
	}
	p.limit = limit
	p.counts = make(map[uint64]int, len(stored))
	for k, ids := range stored {
		p.counts[k] = len(ids)
	}
	return stored, nil
}

func (p *postings) reset() { p.mem = dedup.NewMemPostings() }

// docs reads earlier articles from the store, and those of the batch being
// checked from memory.
type docs struct {
	st    store.Store
	rd    *clean.Reader
	cache map[string]dedup.Doc
}

func (d *docs) Doc(ctx context.Context, id string) (dedup.Doc, error) {
	if doc, ok := d.cache[id]; ok {
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
