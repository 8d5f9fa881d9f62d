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
	return c.AddPrepared(ctx, c.Prepare(ctx, n, load, workers), fn)
}

// prepareChunk is how many docs the workers of a Prepared load and extract
// together; at most two chunks wait for the assignment besides the one
// being loaded.
const prepareChunk = 256

// Prepared is n docs being loaded and their features extracted on worker
// goroutines, in order, ahead of their assignment (AddPrepared): what
// AddEach does before it assigns, started on its own so that it can run
// while the clusterer still works on something else (the end of a batch
// before, its saved state). Extraction reads nothing the assignment
// changes, so the features are those Add would extract. It holds at most
// three chunks of docs ahead of the assignment.
type Prepared struct {
	out  chan preparedChunk
	stop chan struct{}
	done chan struct{} // closed when every goroutine of it has returned
	once sync.Once
	// finish completes doc i before its assignment (see PrepareFinish);
	// nil for none.
	finish func(i int, d *Doc) error
}

// preparedChunk is one chunk of a Prepared's docs with their features.
type preparedChunk struct {
	start int // index of docs[0] among the Prepared's docs
	docs  []Doc
	feats []Features
	err   error // of the first doc that failed to load; docs before it are good
	bad   int   // index of that doc, or len(docs)
}

// Prepare starts loading docs 0 to n-1 with load and extracting their
// features on workers goroutines (0 means GOMAXPROCS), for AddPrepared.
// Loading stops at the first error load returns, at ctx's cancellation
// and at Stop. The caller must end it with AddPrepared or Stop.
func (c *Clusterer) Prepare(ctx context.Context, n int, load func(i int) (Doc, error), workers int) *Prepared {
	return c.PrepareFinish(ctx, n, load, nil, workers)
}

// PrepareFinish is Prepare with finish (when not nil) run by AddPrepared
// on doc i, in order, just before it is assigned: it completes what the
// assignment reads of a doc and extraction does not (the story of a
// copy's source), and may wait for it (the save of the batch before)
// while the workers go on loading and extracting the docs after. An
// error of finish ends AddPrepared as an error of load does.
func (c *Clusterer) PrepareFinish(ctx context.Context, n int, load func(i int) (Doc, error),
	finish func(i int, d *Doc) error, workers int) *Prepared {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	p := &Prepared{out: make(chan preparedChunk, 2), stop: make(chan struct{}), done: make(chan struct{}), finish: finish}
	go func() {
		defer close(p.done)
		defer close(p.out)
		for start := 0; start < n; start += prepareChunk {
			end := min(start+prepareChunk, n)
			b := preparedChunk{start: start, docs: make([]Doc, end-start), feats: make([]Features, end-start), bad: end - start}
			errs := make([]error, end-start)
			var wg sync.WaitGroup
			for w := range workers {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for i := start + w; i < end; i += workers {
						if p.stopped() {
							return
						}
						if err := ctx.Err(); err != nil {
							errs[i-start] = err
							return
						}
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
			if p.stopped() {
				return
			}
			for i, err := range errs {
				if err != nil {
					b.err, b.bad = err, i
					break
				}
			}
			select {
			case p.out <- b:
			case <-p.stop:
				return
			}
			if b.err != nil {
				return
			}
		}
	}()
	return p
}

// stopped reports whether Stop was called.
func (p *Prepared) stopped() bool {
	select {
	case <-p.stop:
		return true
	default:
		return false
	}
}

// Stop stops the loading and waits for its goroutines to return (a load
// under way ends first). It may be called more than once.
func (p *Prepared) Stop() {
	p.once.Do(func() { close(p.stop) })
	<-p.done
}

// AddPrepared adds the docs of p, which Prepare started on c, in their
// order, and calls fn (if not nil) with each decision, as AddEach does.
// It stops at the first error of p's loads or finish, having added the
// docs before the failed one, and when ctx is cancelled; p is stopped when
// it returns.
func (c *Clusterer) AddPrepared(ctx context.Context, p *Prepared, fn func(Decision)) error {
	defer p.Stop()
	for b := range p.out {
		if err := ctx.Err(); err != nil {
			return err
		}
		for i, f := range b.feats[:b.bad] {
			if p.finish != nil {
				if err := p.finish(b.start+i, &b.docs[i]); err != nil {
					return err
				}
			}
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
