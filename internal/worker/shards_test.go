package worker

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/copyshard"
	"github.com/parallax-news/parallax/internal/derive"
	"github.com/parallax-news/parallax/internal/queue"
	"github.com/parallax-news/parallax/internal/queue/queuetest"
	"github.com/parallax-news/parallax/internal/store"
)

// shardWorker starts a worker that serves shard s of n from a file in dir.
func shardWorker(t *testing.T, srv *queuetest.Server, dbPath, dir string, s, n int) copyshard.Index {
	t.Helper()
	sp := copyshard.Spec{Index: s, Count: n}
	idx, err := copyshard.OpenIndex(context.Background(), filepath.Join(dir, fmt.Sprintf("shard%d-%d.db", s, n)), sp)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { idx.Close() })
	start(t, Config{Store: openStore(t, dbPath), Queue: dial(t, srv, quick), Shard: &Shard{Spec: sp, Index: idx}})
	return idx
}

// TestShardedCopiesMatchSingleProcess runs the copies stage with its index
// on 1, 2 and 3 shards, each served by its own worker: the articles'
// copies and stories are those of one process.
func TestShardedCopiesMatchSingleProcess(t *testing.T) {
	arts := fixture(t)
	want := singleRounds(t, arts)
	for _, n := range []int{1, 2, 3} {
		t.Run(fmt.Sprint(n, "shards"), func(t *testing.T) {
			ctx := deadline(t)
			srv := queuetest.Start(t)
			q := dial(t, srv, quick)
			dir := t.TempDir()
			path := filepath.Join(dir, "w.db")
			st := openStore(t, path)
			var idxs []copyshard.Index
			for s := range n {
				idxs = append(idxs, shardWorker(t, srv, path, dir, s, n))
			}
			start(t, Config{Store: st, Queue: q, Stages: storeStages, CopyShards: n})
			// Two rounds: the second batch looks up what the first recorded.
			rounds(t, ctx, q, arts)
			if got := snapshot(t, st); got != want {
				t.Errorf("over %d shards, workers made\n%s\nwant (one process)\n%s", n, got, want)
			}
			last, err := st.LastCopyCheck(ctx)
			if err != nil || last != int64(len(arts)) {
				t.Fatalf("last check %d (%v), want %d", last, err, len(arts))
			}
			l, err := st.AcquireLease(ctx, store.LeaseCopies, "test sync", time.Minute)
			if err != nil {
				t.Fatal(err)
			}
			m, err := copyshard.NewMerger(ctx, copyshard.MergerConfig{Store: st, Shards: n, Lease: l, Conn: q.Conn(), JetStream: q.JetStream()})
			if err != nil {
				t.Fatal(err)
			}
			if err := m.Sync(ctx); err != nil {
				t.Fatal(err)
			}
			for s, idx := range idxs {
				if m, err := idx.Marks(ctx); err != nil || m.Applied != last {
					t.Errorf("shard %d/%d has applied checks up to %d (%v), want %d", s, n, m.Applied, err, last)
				}
			}
		})
	}
}

// TestShardWorkerFailover: a shard is served by two workers; one stops
// between the rounds, and the other carries on alone.
func TestShardWorkerFailover(t *testing.T) {
	arts := fixture(t)
	want := singleRounds(t, arts)
	ctx := deadline(t)
	srv := queuetest.Start(t)
	q := dial(t, srv, quick)
	dir := t.TempDir()
	path := filepath.Join(dir, "w.db")
	st := openStore(t, path)
	shardWorker(t, srv, path, dir, 0, 1)
	sp := copyshard.Spec{Index: 0, Count: 1}
	idx, err := copyshard.OpenIndex(ctx, filepath.Join(dir, "shard0-1.db"), sp)
	if err != nil {
		t.Fatal(err)
	}
	defer idx.Close()
	w, err := New(Config{Store: openStore(t, path), Queue: dial(t, srv, quick), Shard: &Shard{Spec: sp, Index: idx}})
	if err != nil {
		t.Fatal(err)
	}
	wctx, stop := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- w.Run(wctx) }()
	start(t, Config{Store: st, Queue: q, Stages: storeStages, CopyShards: 1})
	rounds(t, ctx, q, arts, func() {
		stop()
		if err := <-done; err != nil {
			t.Fatal(err)
		}
	})
	if got := snapshot(t, st); got != want {
		t.Errorf("after a shard worker stopped\n%s\nwant (one process)\n%s", got, want)
	}
}

// singleRounds is what one process makes of the articles stored in the
// two rounds of rounds, each followed by copies and stories.
func singleRounds(t *testing.T, arts []*article.Article) string {
	t.Helper()
	st := openStore(t, filepath.Join(t.TempDir(), "single.db"))
	half := len(arts) / 2
	for _, part := range [][]*article.Article{arts[:half], arts[half:]} {
		if _, err := st.Put(context.Background(), part); err != nil {
			t.Fatal(err)
		}
		if _, err := derive.New(st, derive.Config{}).Update(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
	snap := snapshot(t, st)
	if !strings.Contains(snap, "copy ") || strings.Count(snap, "story ") < 3 {
		t.Fatalf("the single run found too little to compare:\n%s", snap)
	}
	return snap
}

// rounds queues the first half of the articles and a derive request,
// waits for it all, runs between (if any), then does the same with the
// second half.
func rounds(t *testing.T, ctx context.Context, q *queue.Queue, arts []*article.Article, between ...func()) {
	t.Helper()
	half := len(arts) / 2
	for r, part := range [][]*article.Article{arts[:half], arts[half:]} {
		var last uint64
		for i, a := range part {
			var err error
			last, err = q.PublishArticles(ctx, queue.Articles{Articles: []*article.Article{a}, Inputs: []string{fmt.Sprint("fixture:", r, i)}}, fmt.Sprint(t.Name(), r, i))
			if err != nil {
				t.Fatal(err)
			}
		}
		waitFor(t, ctx, q, derived(t, ctx, q, queue.Mark{Stream: queue.StreamArticles, Seq: last}))
		if r == 0 {
			for _, f := range between {
				f()
			}
		}
	}
}
