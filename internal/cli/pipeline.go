package cli

import (
	"context"
	"io"
	"runtime"
	"sync/atomic"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/ingest"
	"github.com/parallax-news/parallax/internal/store"
)

// readAll reads inputs on several cores and hands their items to emit in
// input order, so that a run's outcome does not depend on scheduling. At
// most a few inputs ahead of the one being emitted are read at a time.
func readAll(ctx context.Context, inputs []ingest.Input, stdin io.Reader, opt ingest.Options, emit ingest.Emit) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	workers := runtime.GOMAXPROCS(0)
	type job struct {
		in  ingest.Input
		out chan ingest.Item
	}
	jobs := make(chan job)
	order := make(chan chan ingest.Item, 2*workers)
	go func() {
		defer close(jobs)
		defer close(order)
		for _, in := range inputs {
			ch := make(chan ingest.Item, 256)
			select {
			case order <- ch:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- job{in, ch}:
			case <-ctx.Done():
				return
			}
		}
	}()
	for w := 0; w < workers; w++ {
		go func() {
			for j := range jobs {
				_ = ingest.ReadFile(ctx, j.in, stdin, opt, func(it ingest.Item) error {
					select {
					case j.out <- it:
						return nil
					case <-ctx.Done():
						return ctx.Err()
					}
				})
				close(j.out)
			}
		}()
	}
	for ch := range order {
		for {
			var it ingest.Item
			var ok bool
			select {
			case it, ok = <-ch:
			case <-ctx.Done():
				return ctx.Err() // a reader may be blocked on standard input
			}
			if !ok {
				break
			}
			if err := emit(it); err != nil {
				cancel()
				return err
			}
		}
	}
	return ctx.Err()
}

// batchWriter stores articles in transactions of batchSize on a goroutine
// of its own, so that reading goes on while a batch is written. onResult
// is called on that goroutine, in input order.
type batchWriter struct {
	st       store.Store
	onResult func(ingest.Item, store.PutResult)
	items    []ingest.Item
	batches  chan []ingest.Item
	done     chan error
	failed   atomic.Pointer[error]
}

const batchSize = 2000

func newBatchWriter(ctx context.Context, st store.Store, onResult func(ingest.Item, store.PutResult)) *batchWriter {
	w := &batchWriter{st: st, onResult: onResult, batches: make(chan []ingest.Item, 1), done: make(chan error, 1)}
	go func() {
		var err error
		for b := range w.batches {
			if err == nil {
				if err = w.write(ctx, b); err != nil {
					w.failed.Store(&err)
				}
			}
		}
		w.done <- err
	}()
	return w
}

// add queues one article; it returns the error of an earlier write, if any.
func (w *batchWriter) add(it ingest.Item) error {
	if err := w.failed.Load(); err != nil {
		return *err
	}
	w.items = append(w.items, it)
	if len(w.items) >= batchSize {
		w.batches <- w.items
		w.items = make([]ingest.Item, 0, batchSize)
	}
	return nil
}

// close writes what is queued and waits for all writes to end.
func (w *batchWriter) close() error {
	if len(w.items) > 0 {
		w.batches <- w.items
		w.items = nil
	}
	close(w.batches)
	return <-w.done
}

func (w *batchWriter) write(ctx context.Context, items []ingest.Item) error {
	arts := make([]*article.Article, len(items))
	for i, it := range items {
		arts[i] = it.Article
	}
	res, err := w.st.Put(ctx, arts)
	if err != nil {
		return err
	}
	for i, r := range res {
		w.onResult(items[i], r)
	}
	return nil
}
