package cli

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/parallax-news/parallax/internal/derive"
	"github.com/parallax-news/parallax/internal/lease"
	"github.com/parallax-news/parallax/internal/store"
)

// defaultLeaseWait is how long a command waits for another process that
// holds the copies or stories lease before it shows what is stored.
const defaultLeaseWait = 30 * time.Second

// deriver returns a Deriver for a command: a progress line on a terminal,
// and a note on standard error while it waits for another process.
func (a *app) deriver(st store.Store, command string) *derive.Deriver {
	wait := a.env.LeaseWait
	switch {
	case wait == 0:
		wait = defaultLeaseWait
	case wait < 0:
		wait = 0 // lease.Options: fail at once
	}
	return derive.New(st, derive.Config{
		Lease: lease.Options{Holder: lease.Holder("parallax " + command), Wait: wait,
			Waiting: func(held error) {
				fmt.Fprintf(a.env.Stderr, "parallax: waiting: %s\n", terminalSafe(held.Error()))
			}},
		Progress: func(stage derive.Stage, done, total int) {
			if !a.env.StderrIsTerminal {
				return
			}
			what := "checking for copies"
			if stage == derive.StageStories {
				what = "grouping into stories"
			}
			fmt.Fprintf(a.env.Stderr, "\r%s: %d of %d", what, done, total)
			if done == total {
				fmt.Fprintln(a.env.Stderr)
			}
		},
	})
}

// updateDerived checks the articles added since the last run for copies,
// then groups them into stories. When another process keeps holding a
// lease (a server or workers bringing them up to date themselves), it
// says so and returns nil: the command shows what is stored.
func (a *app) updateDerived(ctx context.Context, st store.Store, command string) error {
	_, err := a.deriver(st, command).Update(ctx)
	return a.leaseWarning(err)
}

// updateCopies checks the articles added since the last check for copies.
func (a *app) updateCopies(ctx context.Context, st store.Store) error {
	_, _, err := a.deriver(st, "copies").Copies(ctx)
	return a.leaseWarning(err)
}

func (a *app) leaseWarning(err error) error {
	var held *store.LeaseHeldError
	if errors.As(err, &held) {
		fmt.Fprintf(a.env.Stderr, "parallax: warning: %s, which brings copies and stories up to date; showing them as stored\n", terminalSafe(held.Error()))
		return nil
	}
	return err
}
