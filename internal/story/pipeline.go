package story

import (
	"context"
	"runtime"
	"sync"
)

// AddAll adds docs in the given order, extracting features on workers
// goroutines (0 means GOMAXPROCS) ahead of the sequential assignment, and
// calls fn (if not nil) with each decision in order. The result is the same
// as calling Add on each doc. It stops early when ctx is cancelled.
func (c *Clusterer) AddAll(ctx context.Context, docs []Doc, workers int, fn func(Decision)) error {
	return c.AddEach(ctx, len(docs), func(i int) (Doc, error) { return docs[i], nil }, workers, fn)
}

// AddEach is AddAll over n docs that load returns: load(i) runs on the
// workers, ahead of the assignment, so that reading or cleaning a doc's
// text overlaps with clustering the docs before it. It stops at the first
// error load returns, having added the docs before the failed one.
func (c *Clusterer) AddEach(ctx context.Context, n int, load func(i int) (Doc, error), workers int, fn func(Decision)) error {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	type batch struct {
		start int
		docs  []Doc
		feats []Features
		err   error // of the first doc that failed to load; docs before it are good
		bad   int
	}
	const size = 256
	out := make(chan batch, 2)
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		defer close(out)
		for start := 0; start < n; start += size {
			end := min(start+size, n)
			b := batch{start: start, docs: make([]Doc, end-start), feats: make([]Features, end-start), bad: end - start}
			errs := make([]error, end-start)
			var wg sync.WaitGroup
			for w := range workers {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for i := start + w; i < end; i += workers {
						d, err := load(i)
						if err != nil {
							errs[i-start] = err
							continue
						}
						b.docs[i-start], b.feats[i-start] = d, withTitle(d, c.x.Extract(d))
					}
				}()
			}
			wg.Wait()
			for i, err := range errs {
				if err != nil {
					b.err, b.bad = err, i
					break
				}
			}
			select {
			case out <- b:
			case <-stop:
				return
			}
			if b.err != nil {
				return
			}
		}
	}()
	for b := range out {
		if err := ctx.Err(); err != nil {
			return err
		}
		for i, f := range b.feats[:b.bad] {
			d := c.AddFeatures(b.docs[i], f)
			if fn != nil {
				fn(d)
			}
		}
		if b.err != nil {
			return b.err
		}
	}
	return ctx.Err()
}
