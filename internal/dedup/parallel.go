package dedup

import (
	"context"
	"runtime"
	"sync"
	"sync/atomic"
)

// forEach calls fn(i) for i in [0, n) on up to workers goroutines (0: one
// per CPU) and stops early when ctx is done.
func forEach(ctx context.Context, n, workers int, fn func(i int)) error {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = max(1, min(workers, n))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for ctx.Err() == nil {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				fn(i)
			}
		})
	}
	wg.Wait()
	return ctx.Err()
}
