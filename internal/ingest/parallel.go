package ingest

import (
	"context"
	"runtime"
	"sync"
)

// parallelParse parses records on all cores and emits their items in input
// order, one at a time. The caller's read loop, which alone reads the input
// and keeps the bounds on a record's size, hands it each raw record with
// add (which copies it); records are parsed in chunks of about chunkBytes,
// and at most 2 × GOMAXPROCS chunks are queued, so memory stays within a
// few chunks per core whatever the input's size.
type parallelParse struct {
	ctx     context.Context
	cancel  context.CancelFunc
	parse   func(rec) Item
	cur     *parseChunk
	order   chan *parseChunk // every chunk, in input order, to emit
	jobs    chan *parseChunk // chunks to parse
	workers sync.WaitGroup
	emitted chan struct{} // closed when the emitter ends
	err     error         // the emitter's error, read after emitted
}

// rec is one raw record: where it came from and its bytes, or the item it
// already is (a read error).
type rec struct {
	input   string
	line    []byte
	tooLong bool
	item    *Item
}

type parseChunk struct {
	recs  []rec
	bytes int
	items []Item
	ready chan struct{} // closed when items are parsed
}

// chunkBytes is about how many bytes of records are parsed together.
const chunkBytes = 1 << 20

func newParallelParse(ctx context.Context, parse func(rec) Item, emit Emit) *parallelParse {
	ctx, cancel := context.WithCancel(ctx)
	n := runtime.GOMAXPROCS(0)
	p := &parallelParse{ctx: ctx, cancel: cancel, parse: parse,
		order: make(chan *parseChunk, 2*n), jobs: make(chan *parseChunk, n), emitted: make(chan struct{})}
	for range n {
		p.workers.Go(func() {
			for c := range p.jobs {
				c.items = make([]Item, len(c.recs))
				for i, r := range c.recs {
					if r.item != nil {
						c.items[i] = *r.item
					} else {
						c.items[i] = p.parse(r)
					}
				}
				c.recs = nil
				close(c.ready)
			}
		})
	}
	go func() {
		defer close(p.emitted)
		for c := range p.order {
			select {
			case <-c.ready:
			case <-ctx.Done():
				p.err = ctx.Err()
				return
			}
			for _, it := range c.items {
				if err := emit(it); err != nil {
					p.err = err
					cancel() // stops the reader and the queue
					return
				}
			}
		}
	}()
	return p
}

// add queues one record; an error means reading should stop.
func (p *parallelParse) add(r rec) error {
	if p.cur == nil {
		p.cur = &parseChunk{ready: make(chan struct{})}
	}
	r.line = append([]byte(nil), r.line...)
	p.cur.recs = append(p.cur.recs, r)
	p.cur.bytes += len(r.line) + 64
	if p.cur.bytes >= chunkBytes {
		return p.flush()
	}
	return nil
}

func (p *parallelParse) flush() error {
	c := p.cur
	if c == nil {
		return nil
	}
	p.cur = nil
	select {
	case p.order <- c:
	case <-p.ctx.Done():
		return p.ctx.Err()
	}
	select {
	case p.jobs <- c:
		return nil
	case <-p.ctx.Done():
		return p.ctx.Err()
	}
}

// close parses and emits what is queued and returns emit's first error (or
// the context's).
func (p *parallelParse) close() error {
	_ = p.flush() // an error here is the emitter's or the context's: see below
	close(p.jobs)
	close(p.order)
	p.workers.Wait()
	<-p.emitted
	p.cancel()
	return p.err
}
