package cli

import (
	"context"
	"io"
	"runtime"

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
		for it := range ch {
			if err := emit(it); err != nil {
				cancel()
				return err
			}
		}
	}
	return ctx.Err()
}

// batchWriter stores articles in transactions of batchSize.
type batchWriter struct {
	st       store.Store
	onResult func(ingest.Item, store.PutResult)
	items    []ingest.Item
}

const batchSize = 2000

func (w *batchWriter) add(ctx context.Context, it ingest.Item) error {
	w.items = append(w.items, it)
	if len(w.items) >= batchSize {
		return w.flush(ctx)
	}
	return nil
}

func (w *batchWriter) flush(ctx context.Context) error {
	if len(w.items) == 0 {
		return nil
	}
	arts := make([]*article.Article, len(w.items))
	for i, it := range w.items {
		arts[i] = it.Article
	}
	res, err := w.st.Put(ctx, arts)
	if err != nil {
		return err
	}
	for i, r := range res {
		w.onResult(w.items[i], r)
	}
	w.items = w.items[:0]
	return nil
}
