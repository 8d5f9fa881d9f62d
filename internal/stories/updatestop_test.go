package stories

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"sync/atomic"
	"testing"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/store"
	"github.com/parallax-news/parallax/internal/store/sqlite"
)

// failingSave is a SQLite store whose SaveStories fails from its at-th
// call on (1 for the first), with boom.
type failingSave struct {
	*sqlite.Store
	at    int32
	calls atomic.Int32
}

var errSave = errors.New("disk full")

func (f *failingSave) SaveStories(ctx context.Context, u store.StoryUpdate) error {
	if f.calls.Add(1) >= f.at {
		return errSave
	}
	return f.Store.SaveStories(ctx, u)
}

// stopStore opens a store of seven articles in four batches of two (three
// reports on each of three council votes, then a copy of the third
// report, which falls in the last batch, two batches after its source's),
// its copies checked.
func stopStore(t *testing.T) *sqlite.Store {
	t.Helper()
	ctx := context.Background()
	report := func(outlet, topic, day string, n int) *article.Article {
		return art(t, fmt.Sprintf("https://%s.example/%s/%d", outlet, topic, n), outlet, "Orsten council votes on the "+topic, day,
			fmt.Sprintf("The Orsten city council voted %d to 3 on the %s on %s, Mayor Pela Quist said.", 6+n, topic, day),
			"Supporters of the "+topic+" waited outside the Orsten town hall during the vote.")
	}
	var arts []*article.Article
	for i, topic := range []string{"bridge toll", "bus depot", "river dredging"} {
		day := fmt.Sprintf("2026-04-%02d", 10+i)
		arts = append(arts, report("courier", topic, day, 1), report("agency", topic, day, 2))
	}
	src := arts[2]
	cp := art(t, "https://digest.example/bus", "digest", "Bus depot vote", "2026-04-13",
		"The Orsten council approved the bus depot; the depot opens next spring beside the rail yard.")
	arts = append(arts, cp)
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if _, err := st.Put(ctx, arts); err != nil {
		t.Fatal(err)
	}
	checkCopies(t, st)
	link := store.CopyLink{Source: src.ID, Copy: cp.ID, Kind: "near-duplicate", Share: 0.95, Detail: []byte("{}")}
	if err := st.SaveCopyChecks(ctx, []store.CopyCheck{{ArticleID: cp.ID, ContentHash: cp.ContentHash, Links: []store.CopyLink{link}}}); err != nil {
		t.Fatal(err)
	}
	return st
}

// TestUpdateStopsAtFailedSave: a batch's save that fails ends Update with
// its error, the batches saved before it counted, while the batch after is
// being prepared (the second save's failure comes while the last batch,
// whose copy waits for the third save to read its source's story, is
// loaded), and a later Update assigns the rest.
func TestUpdateStopsAtFailedSave(t *testing.T) {
	defer func(n int) { batchSize = n }(batchSize)
	batchSize = 2
	ctx := context.Background()
	for _, at := range []int32{1, 2, 3, 4} {
		st := stopStore(t)
		f := &failingSave{Store: st, at: at}
		n, err := Update(ctx, f, nil)
		if !errors.Is(err, errSave) {
			t.Errorf("save %d fails: error %v, want %v", at, err, errSave)
		}
		if want := 2 * int(at-1); n != want {
			t.Errorf("save %d fails: %d assigned, want %d", at, n, want)
		}
		if n, err := Update(ctx, st, nil); err != nil || n != 7-2*int(at-1) {
			t.Errorf("save %d failed, then: %d assigned, %v", at, n, err)
		}
	}
}

// TestUpdateStopsAtCancel: Update cancelled between two batches ends with
// the context's error, having saved the batches before.
func TestUpdateStopsAtCancel(t *testing.T) {
	defer func(n int) { batchSize = n }(batchSize)
	batchSize = 2
	for _, after := range []int{0, 2, 4, 6} {
		st := stopStore(t)
		ctx, cancel := context.WithCancel(context.Background())
		n, err := Update(ctx, st, func(done, _ int) {
			if done == after {
				cancel()
			}
		})
		cancel()
		if !errors.Is(err, context.Canceled) {
			t.Errorf("cancelled at %d: error %v", after, err)
		}
		if n > after+2 {
			t.Errorf("cancelled at %d: %d assigned", after, n)
		}
		if m, err := Update(context.Background(), st, nil); err != nil || n+m != 7 {
			t.Errorf("cancelled at %d after %d: then %d assigned, %v", after, n, m, err)
		}
	}
}
