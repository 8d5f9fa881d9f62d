// Package derive keeps what Parallax derives from stored articles up to
// date, with one policy wherever it runs (the command line, the web server,
// the workers): copy detection first, then story clustering, so that a copy
// always joins its source's story, then the outlet records folded from the
// articles' names. Each step runs under its lease in the
// store, so that over one store only one process checks copies and only
// one clusters at a time; the clusterer's saves compare and swap the
// stories' version besides.
package derive

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/parallax-news/parallax/internal/clean"
	"github.com/parallax-news/parallax/internal/copies"
	"github.com/parallax-news/parallax/internal/lease"
	"github.com/parallax-news/parallax/internal/metrics"
	"github.com/parallax-news/parallax/internal/store"
	"github.com/parallax-news/parallax/internal/stories"
)

// Stage names a step, for progress.
type Stage string

// The steps, in the order they run.
const (
	StageCopies  Stage = "copies"
	StageStories Stage = "stories"
)

// Config configures a Deriver.
type Config struct {
	// Lease says how the leases are held: the holder's name, their TTL,
	// and how long to wait for another holder (0: fail at once with an
	// error that wraps store.ErrLeaseHeld).
	Lease lease.Options
	// Progress, when set, is told how many articles of how many a step has
	// done: first 0, then after each batch.
	Progress func(stage Stage, done, total int)
	// Logger gets one line per step that did something; nil discards.
	Logger *slog.Logger
	// CopyIndex, when set, gives the copy index that copy detection uses
	// instead of the store's, for one tenure of the copies lease (l): the
	// shards of package copyshard.
	CopyIndex func(ctx context.Context, l store.Lease) (copies.Index, error)
	// Metrics, when set, records every step that had articles to do: how
	// many, how long it took and how it ended.
	Metrics *metrics.Metrics
}

// Deriver brings copy detection and stories up to date over one store. It
// keeps the story clusterer in memory between updates (while no other
// clusterer saves), so a long-running process does not read its state back
// each time. Its methods must not be called concurrently; two Derivers
// over one store (in one process or several) take turns through the
// leases.
type Deriver struct {
	st      store.Store
	cfg     Config
	stories stories.Updater
}

// New returns a Deriver over st.
func New(st store.Store, cfg Config) *Deriver {
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	d := &Deriver{st: st, cfg: cfg}
	// The copies step keeps the views it cleans for the stories step.
	d.stories.Views = clean.NewMemo(0)
	return d
}

// Result is what an update did.
type Result struct {
	// Checked counts the articles checked for copies, Found the relations
	// found, Assigned the articles grouped into stories.
	Checked  int `json:"checked"`
	Found    int `json:"found"`
	Assigned int `json:"assigned"`
}

// Update checks every article not yet checked for copies, folds the
// outlet records when there is something new to fold, and groups every
// checked article without a story into stories.
//
// The fold comes before the stories: a fold recounts the outlets of every
// story and storyline under the records it made, and the stories step
// counts those of the events it saves under the records as they are. So
// the stories end the same either way, but folding first recounts only
// the stories there were before (none on a first run), not the new ones
// again (about a second of one core, with the other idle, after a full
// regroup of ABP).
func (d *Deriver) Update(ctx context.Context) (Result, error) {
	var res Result
	var err error
	cr, err := d.Copies(ctx)
	res.Checked, res.Found = cr.Checked, cr.Found
	if err != nil {
		return res, err
	}
	if _, err := d.st.SyncOutlets(ctx); err != nil {
		return res, fmt.Errorf("fold outlet records: %w", err)
	}
	res.Assigned, err = d.Stories(ctx)
	return res, err
}

// Copies checks every article not yet checked for copies, under the
// copies lease, and says what it checked and found.
func (d *Deriver) Copies(ctx context.Context) (copies.Result, error) {
	var res copies.Result
	n, err := d.st.CountUnchecked(ctx)
	if err != nil || n == 0 {
		return res, err
	}
	var took time.Duration
	err = d.under(ctx, store.LeaseCopies, func(ctx context.Context, l store.Lease) error {
		start := time.Now()
		opts := copies.Options{Progress: d.progress(StageCopies)}
		if d.cfg.CopyIndex != nil {
			idx, err := d.cfg.CopyIndex(ctx, l)
			if err != nil {
				return fmt.Errorf("copy index: %w", err)
			}
			opts.Index = idx
		}
		var err error
		opts.Views = d.stories.Views
		res, err = copies.UpdateWith(ctx, d.st, opts)
		took = time.Since(start)
		if res.Checked > 0 {
			d.cfg.Logger.Info("checked for copies", "articles", res.Checked, "copies", res.Found, "took", took.Round(time.Millisecond))
		}
		return err
	})
	d.cfg.Metrics.StageRun(string(StageCopies), res.Checked, took, err)
	return res, err
}

// Stories groups every checked article without a story into stories,
// under the stories lease, and returns how many it grouped. When another
// clusterer saved while this one worked (it held the lease past its
// expiry), the step is tried again once from the saved state.
func (d *Deriver) Stories(ctx context.Context) (int, error) {
	n, err := d.st.CountUnassigned(ctx)
	if err != nil || n == 0 {
		return 0, err
	}
	assigned := 0
	var took time.Duration
	err = d.under(ctx, store.LeaseStories, func(ctx context.Context, _ store.Lease) error {
		start := time.Now()
		for try := 0; ; try++ {
			n, err := d.stories.Update(ctx, d.st, d.progress(StageStories))
			assigned += n
			if errors.Is(err, store.ErrConflict) && try == 0 {
				d.cfg.Logger.Warn("another clusterer saved stories meanwhile; starting again from its state", "err", err)
				continue
			}
			took = time.Since(start)
			if assigned > 0 {
				d.cfg.Logger.Info("grouped into stories", "articles", assigned, "took", took.Round(time.Millisecond))
			}
			return err
		}
	})
	d.cfg.Metrics.StageRun(string(StageStories), assigned, took, err)
	return assigned, err
}

// under runs job holding the named lease, with a context that ends if
// the lease is lost, and the lease as taken (its token fences the tenure).
func (d *Deriver) under(ctx context.Context, name string, job func(context.Context, store.Lease) error) error {
	h, err := lease.Acquire(ctx, d.st, name, d.cfg.Lease)
	if err != nil {
		return err
	}
	err = job(h.Context(), h.Lease())
	if h.Lost() {
		err = fmt.Errorf("%s: %w", name, context.Cause(h.Context()))
	}
	if rerr := h.Release(context.WithoutCancel(ctx)); err == nil && rerr != nil {
		err = rerr
	}
	return err
}

func (d *Deriver) progress(stage Stage) func(done, total int) {
	if d.cfg.Progress == nil {
		return nil
	}
	return func(done, total int) { d.cfg.Progress(stage, done, total) }
}
