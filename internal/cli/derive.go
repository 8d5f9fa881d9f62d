package cli

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/parallax-news/parallax/internal/copies"
	"github.com/parallax-news/parallax/internal/derive"
	"github.com/parallax-news/parallax/internal/lease"
	"github.com/parallax-news/parallax/internal/store"
)

// defaultLeaseWait is how long a command waits for another process that
// holds the copies or stories lease before it shows what is stored.
const defaultLeaseWait = 30 * time.Second

// deriver returns a Deriver for a command: progress on standard error (see
// progress), and a note there while it waits for another process. done
// ends the progress report (call it when the Deriver's work is over) and
// says whether any progress was shown.
func (a *app) deriver(st store.Store, command string, index ...func(context.Context, store.Lease) (copies.Index, error)) (d *derive.Deriver, done func() bool) {
	wait := a.env.LeaseWait
	switch {
	case wait == 0:
		wait = defaultLeaseWait
	case wait < 0:
		wait = 0 // lease.Options: fail at once
	}
	var (
		p     *progress
		stage derive.Stage
		shown bool
	)
	done = func() bool {
		shown = shown || p.shown()
		p.finish()
		p = nil
		return shown
	}
	var copyIndex func(context.Context, store.Lease) (copies.Index, error)
	if len(index) > 0 {
		copyIndex = index[0]
	}
	d = derive.New(st, derive.Config{
		CopyIndex: copyIndex,
		Lease: lease.Options{Holder: lease.Holder("parallax " + command), Wait: wait,
			Waiting: func(held error) {
				fmt.Fprintf(a.env.Stderr, "parallax: waiting: %s\n", terminalSafe(held.Error()))
			}},
		Progress: func(s derive.Stage, n, total int) {
			if p == nil || s != stage {
				shown = shown || p.shown()
				p.finish()
				what := "checking for copies"
				if s == derive.StageStories {
					what = "grouping into stories"
				}
				p, stage = newProgress(a.env, what, int64(total), false, true), s
			}
			p.set(n, total)
		},
	})
	return d, done
}

// updateDerived checks the articles added since the last run for copies,
// then groups them into stories, with progress on standard error and,
// when progress was shown (a long step), a summary after it. When
// another process keeps holding a lease (a server or workers bringing
// them up to date themselves), it says so and returns what it did and
// nil: the command shows what is stored.
func (a *app) updateDerived(ctx context.Context, st store.Store, command string) (derive.Result, error) {
	start := time.Now()
	d, done := a.deriver(st, command)
	res, err := d.Update(ctx)
	if done() && err == nil {
		fmt.Fprintf(a.env.Stderr, "checked %s articles for copies (%s relations found) and grouped %s into stories in %s\n",
			thousands(int64(res.Checked)), thousands(int64(res.Found)), thousands(int64(res.Assigned)), time.Since(start).Round(100*time.Millisecond))
	}
	return res, a.leaseWarning(err)
}

// openDerived opens the chosen database for a command that reads copies
// or stories: it must exist, and what was added since the last run is
// first checked for copies and grouped into stories (a clusterer elsewhere
// holding the lease is a warning, and the stories are shown as stored).
// The caller closes the store.
func (a *app) openDerived(ctx context.Context, command string) (store.Store, error) {
	st, err := a.openExisting(ctx, "parallax.db")
	if err != nil {
		return nil, err
	}
	if _, err := a.updateDerived(ctx, st, command); err != nil {
		st.Close()
		return nil, err
	}
	return st, nil
}

// updateCopies checks the articles added since the last check for copies,
// with progress on standard error.
func (a *app) updateCopies(ctx context.Context, st store.Store, index func(context.Context, store.Lease) (copies.Index, error)) (copies.Result, error) {
	d, done := a.deriver(st, "copies", index)
	res, err := d.Copies(ctx)
	done()
	return res, a.leaseWarning(err)
}

func (a *app) leaseWarning(err error) error {
	var held *store.LeaseHeldError
	if errors.As(err, &held) {
		fmt.Fprintf(a.env.Stderr, "parallax: warning: %s, which brings copies and stories up to date; showing them as stored\n", terminalSafe(held.Error()))
		return nil
	}
	return err
}
