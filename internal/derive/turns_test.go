package derive

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/parallax-news/parallax/internal/store"
)

// turns watches several Derivers' stores (one per Deriver, as one per
// process): it records who holds each lease and notes every lease taken
// while another held it and every write of a step made without that
// step's lease.
type turns struct {
	mu      sync.Mutex
	holder  map[string]string // lease name → holder
	writes  map[string]int    // lease name → writes seen
	wrongly []string
}

func newTurns() *turns {
	return &turns{holder: map[string]string{}, writes: map[string]int{}}
}

// watch returns st, watched for the Deriver whose lease holder is holder.
func (tu *turns) watch(st store.Store, holder string) store.Store {
	return &watched{Store: st, turns: tu, me: holder}
}

type watched struct {
	store.Store
	*turns
	me string
}

func (w *watched) AcquireLease(ctx context.Context, name, holder string, ttl time.Duration) (store.Lease, error) {
	l, err := w.Store.AcquireLease(ctx, name, holder, ttl)
	if err == nil {
		w.mu.Lock()
		if h := w.holder[name]; h != "" && h != holder {
			w.wrongly = append(w.wrongly, fmt.Sprintf("%s took the %s lease while %s held it", holder, name, h))
		}
		w.holder[name] = holder
		w.mu.Unlock()
	}
	return l, err
}

func (w *watched) ReleaseLease(ctx context.Context, l store.Lease) error {
	w.mu.Lock() // before the store frees it: another may take it at once
	if w.holder[l.Name] == l.Holder {
		delete(w.holder, l.Name)
	}
	w.mu.Unlock()
	return w.Store.ReleaseLease(ctx, l)
}

func (w *watched) wrote(name string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.writes[name]++
	if h := w.holder[name]; h != w.me {
		w.wrongly = append(w.wrongly, fmt.Sprintf("%s wrote under the %s lease held by %q", w.me, name, h))
	}
}

func (w *watched) SaveCopyChecks(ctx context.Context, checks []store.CopyCheck) error {
	w.wrote(store.LeaseCopies)
	return w.Store.SaveCopyChecks(ctx, checks)
}

func (w *watched) SaveStories(ctx context.Context, u store.StoryUpdate) error {
	w.wrote(store.LeaseStories)
	return w.Store.SaveStories(ctx, u)
}
