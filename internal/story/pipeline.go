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
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	type batch struct {
		start int
		feats []Features
	}
	const size = 256
	out := make(chan batch, 2)
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		defer close(out)
		for start := 0; start < len(docs); start += size {
			end := min(start+size, len(docs))
			feats := make([]Features, end-start)
			var wg sync.WaitGroup
			for w := range workers {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for i := start + w; i < end; i += workers {
						feats[i-start] = c.x.Extract(docs[i])
					}
				}()
			}
			wg.Wait()
			select {
			case out <- batch{start, feats}:
			case <-stop:
				return
			}
		}
	}()
	for b := range out {
		if err := ctx.Err(); err != nil {
			return err
		}
		for i, f := range b.feats {
			d := c.AddFeatures(docs[b.start+i], f)
			if fn != nil {
				fn(d)
			}
		}
	}
	return ctx.Err()
}
