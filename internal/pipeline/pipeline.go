// Package pipeline is Parallax's ordered ingest: it reads inputs on
// several cores, hands their items on in input order (so that what a run
// stores does not depend on scheduling), and writes the articles in
// batches on a goroutine of its own while reading goes on.
package pipeline

import (
	"context"
	"io"
	"runtime"
	"sync/atomic"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/ingest"
	"github.com/parallax-news/parallax/internal/store"
)

// Read reads inputs on several cores and hands their items to emit in
// input order, so that a run's outcome does not depend on scheduling. At
// most a few inputs ahead of the one being emitted are read at a time. It
// stops at the first error emit returns.
func Read(ctx context.Context, inputs []ingest.Input, stdin io.Reader, opt ingest.Options, emit ingest.Emit) error {
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

// BatchSize is how many articles a Writer hands on at once by default.
const BatchSize = 2000

// WriteFunc writes one batch of items, in order.
type WriteFunc func(ctx context.Context, items []ingest.Item) error

// Writer collects items into batches and writes each batch with a
// WriteFunc on a goroutine of its own, so that reading goes on while a
// batch is written. Batches are written one at a time, in order.
type Writer struct {
	write   WriteFunc
	size    int
	items   []ingest.Item
	batches chan []ingest.Item
	done    chan error
	failed  atomic.Pointer[error]
}

// NewWriter returns a Writer of batches of size items (0: BatchSize).
func NewWriter(ctx context.Context, size int, write WriteFunc) *Writer {
	if size <= 0 {
		size = BatchSize
	}
	w := &Writer{write: write, size: size, batches: make(chan []ingest.Item, 1), done: make(chan error, 1)}
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

// Add queues one item; it returns the error of an earlier write, if any.
func (w *Writer) Add(it ingest.Item) error {
	if err := w.failed.Load(); err != nil {
		return *err
	}
	w.items = append(w.items, it)
	if len(w.items) >= w.size {
		w.batches <- w.items
		w.items = make([]ingest.Item, 0, w.size)
	}
	return nil
}

// Close writes what is queued and waits for all writes to end; it returns
// the first write's error.
func (w *Writer) Close() error {
	if len(w.items) > 0 {
		w.batches <- w.items
		w.items = nil
	}
	close(w.batches)
	return <-w.done
}

// Store is a WriteFunc that stores the items' articles in st, one
// transaction a batch, and tells onResult what became of each, in order.
func Store(st store.ArticleStore, onResult func(ingest.Item, store.PutResult)) WriteFunc {
	return func(ctx context.Context, items []ingest.Item) error {
		arts := make([]*article.Article, len(items))
		for i, it := range items {
			arts[i] = it.Article
		}
		res, err := st.Put(ctx, arts)
		if err != nil {
			return err
		}
		for i, r := range res {
			onResult(items[i], r)
		}
		return nil
	}
}
