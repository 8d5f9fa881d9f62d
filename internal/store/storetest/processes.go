package storetest

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/store"
)

// testProcessesPut: what one process stores, another reads; one article
// stored by several at once is stored once.
func testProcessesPut(t *testing.T, open func() store.Store) {
	ctx := context.Background()
	a, b := open(), open()
	art := Article("https://two.example/one", "Two Ways", "Once", "2026-03-01", "Stored by two processes at once.")
	put(t, a, art)
	if got, err := b.Get(ctx, art.ID); err != nil || got.Title != "Once" {
		t.Fatalf("Get from the other process = %+v, %v", got, err)
	}
	same := Article("https://two.example/same", "Two Ways", "Same", "2026-03-02", "Both processes store this one.")
	const n = 4
	handles := []store.Store{a, b, open(), open()}
	results := make([][]store.PutResult, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i, h := range handles {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i], errs[i] = h.Put(ctx, []*article.Article{same})
		}()
	}
	wg.Wait()
	added := 0
	for i := range n {
		if errs[i] != nil {
			t.Fatalf("Put from process %d: %v", i, errs[i])
		}
		if results[i][0].Outcome == store.Added {
			added++
		} else if results[i][0].Outcome != store.Unchanged {
			t.Errorf("process %d: outcome %v, want added or unchanged", i, results[i][0].Outcome)
		}
	}
	if added != 1 {
		t.Errorf("%d processes added one article, want 1", added)
	}
	if c, err := b.Count(ctx, store.ListQuery{}); err != nil || c != 2 {
		t.Errorf("Count = %d, %v; want 2", c, err)
	}
}

// testProcessesLeases: a lease one process holds, another cannot take
// until it is released; the first then finds it lost.
func testProcessesLeases(t *testing.T, open func() store.Store) {
	ctx := context.Background()
	a, b := open(), open()
	la, err := a.AcquireLease(ctx, store.LeaseStories, "process-a", time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	var held *store.LeaseHeldError
	if _, err := b.AcquireLease(ctx, store.LeaseStories, "process-b", time.Hour); !errors.As(err, &held) || held.Holder != "process-a" {
		t.Fatalf("AcquireLease from the other process = %v, want a LeaseHeldError naming process-a", err)
	}
	if list, err := b.Leases(ctx); err != nil || len(list) != 1 || list[0].Holder != "process-a" {
		t.Errorf("Leases from the other process = %+v, %v", list, err)
	}
	if err := a.ReleaseLease(ctx, la); err != nil {
		t.Fatal(err)
	}
	lb, err := b.AcquireLease(ctx, store.LeaseStories, "process-b", time.Hour)
	if err != nil || lb.Token <= la.Token {
		t.Fatalf("AcquireLease after release = %+v, %v; want a token above %d", lb, err, la.Token)
	}
	if _, err := a.RenewLease(ctx, la, time.Hour); !errors.Is(err, store.ErrLeaseLost) {
		t.Errorf("RenewLease by the old holder = %v, want ErrLeaseLost", err)
	}
}

// testProcessesLeaseRace: of several processes taking a free lease at
// once, exactly one gets it.
func testProcessesLeaseRace(t *testing.T, open func() store.Store) {
	ctx := context.Background()
	const n = 4
	handles := make([]store.Store, n)
	for i := range handles {
		handles[i] = open()
	}
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i, h := range handles {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, errs[i] = h.AcquireLease(ctx, store.LeaseStories, fmt.Sprintf("process-%d", i), time.Hour)
		}()
	}
	wg.Wait()
	oneWinner(t, errs, store.ErrLeaseHeld, "processes taking one lease at once")
}

// testProcessesCAS: two clusterers read the stories' state; the one that
// saves second, from the state it read before the other's save, loses and
// writes nothing; read again, it saves.
func testProcessesCAS(t *testing.T, open func() store.Store) {
	ctx := context.Background()
	a, b := open(), open()
	x := Article("https://cas2.example/x", "", "X", "2026-03-01", "Text x.")
	y := Article("https://cas2.example/y", "", "Y", "2026-03-02", "Text y.")
	checked(t, a, x, y)
	sa, err := a.StoryState(ctx)
	if err != nil {
		t.Fatal(err)
	}
	sb, err := b.StoryState(ctx)
	if err != nil {
		t.Fatal(err)
	}
	save := func(st store.Store, art *article.Article, story string, v int64) error {
		return st.SaveStories(ctx, store.StoryUpdate{Assignments: []store.Assignment{{Article: art.ID, Story: story, New: true}},
			Stories: []store.Story{{ID: story, Title: story}}, State: []byte(story), Version: v})
	}
	if err := save(a, x, "sfirst0002", sa.Version); err != nil {
		t.Fatal(err)
	}
	if err := save(b, y, "sstale0002", sb.Version); !errors.Is(err, store.ErrConflict) {
		t.Fatalf("the stale process's save = %v, want ErrConflict", err)
	}
	if _, err := a.StoryOf(ctx, y.ID); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("the stale save assigned %s: %v", y.ID, err)
	}
	again, err := b.StoryState(ctx)
	if err != nil || string(again.Data) != "sfirst0002" {
		t.Fatalf("StoryState read again = %q, %v; want the winner's", again.Data, err)
	}
	if err := save(b, y, "ssecond002", again.Version); err != nil {
		t.Fatalf("save after reading again: %v", err)
	}
	if list, err := a.Stories(ctx, store.StoryQuery{}); err != nil || len(list) != 2 {
		t.Errorf("Stories = %d, %v; want 2", len(list), err)
	}
}

// testProcessesSaveRace: of several processes saving over one version at
// once, exactly one wins.
func testProcessesSaveRace(t *testing.T, open func() store.Store) {
	handles := make([]store.Store, 4)
	for i := range handles {
		handles[i] = open()
	}
	saveRace(t, handles, "race2", "2026-03-01")
}
