package web

import (
	"container/list"
	"context"
	"sync"
	"time"

	"github.com/parallax-news/parallax/internal/metrics"
)

// cache keeps the most recently used values built from the store (story
// pages, outlet pages), each with the stories' version it was built at, up
// to a number of entries and a budget of bytes. A value is built once
// however many requests ask for it at the same time; a cache with a slot
// function builds a value only once it has a slot.
type cache[V any] struct {
	mu  sync.Mutex
	max int
	// maxBytes bounds the sum of the values' sizes (sizeOf); 0: no bound.
	maxBytes int64
	sizeOf   func(V) int64
	bytes    int64
	// checkAlways asks fresh on every hit, not only after the version
	// changed (for values that can go stale without a version change).
	checkAlways bool
	entries     map[string]*entry[V]
	lru         *list.List // of *entry[V], most recent first
	// slot, when set, waits for a build slot for the value of key (a
	// buildPool shared by the caches of costly pages) and returns the
	// function that gives it back.
	slot func(ctx context.Context, key string) (release func())
	// obs records lookups and builds; nil records nothing.
	obs *metrics.Cache
}

// buildTimeout bounds one build: a page that takes longer fails rather
// than holding a core.
const buildTimeout = 30 * time.Second

type entry[V any] struct {
	key     string
	ready   chan struct{} // closed when val and err are set
	val     V
	err     error
	version int64
	size    int64
	elem    *list.Element
}

func newCache[V any](max int, maxBytes int64, sizeOf func(V) int64) *cache[V] {
	return &cache[V]{max: max, maxBytes: maxBytes, sizeOf: sizeOf, entries: map[string]*entry[V]{}, lru: list.New()}
}

// get returns the value for key. A value built at another version is
// checked with fresh (nil fresh means it is stale): when fresh says it
// still holds, it is kept for this version; otherwise it is rebuilt with
// build. Errors are not kept.
func (c *cache[V]) get(ctx context.Context, key string, version int64,
	fresh func(context.Context, V) bool, build func(context.Context) (V, error)) (V, error) {
	for {
		c.mu.Lock()
		e := c.entries[key]
		if e == nil {
			e = &entry[V]{key: key, ready: make(chan struct{}), version: version}
			e.elem = c.lru.PushFront(e)
			c.entries[key] = e
			for c.lru.Len() > c.max {
				c.remove(c.lru.Back().Value.(*entry[V]))
			}
			c.mu.Unlock()
			c.obs.Miss()
			e.val, e.err = c.build(ctx, key, build)
			close(e.ready)
			if e.err != nil {
				c.drop(e)
			} else {
				c.account(e)
			}
			return e.val, e.err
		}
		c.lru.MoveToFront(e.elem)
		c.mu.Unlock()
		joined := false
		select {
		case <-e.ready:
		default:
			joined = true
			select {
			case <-e.ready:
			case <-ctx.Done():
				c.obs.Shared()
				var zero V
				return zero, ctx.Err()
			}
		}
		if e.err != nil {
			c.drop(e)
			continue
		}
		c.mu.Lock()
		current := e.version >= version && (!c.checkAlways || fresh == nil)
		c.mu.Unlock()
		if current || fresh != nil && fresh(ctx, e.val) {
			if !current {
				c.mu.Lock()
				e.version = max(e.version, version)
				c.mu.Unlock()
			}
			if joined {
				c.obs.Shared()
			} else {
				c.obs.Hit()
			}
			return e.val, nil
		}
		c.drop(e)
	}
}

// build runs the build of key's value, in a slot when the cache has
// slots (waiting for one), with the build timeout counted from when it
// starts. It builds without the caller's cancellation, so that one
// impatient client does not fail the others waiting for the same value.
func (c *cache[V]) build(ctx context.Context, key string, build func(context.Context) (V, error)) (V, error) {
	ctx = context.WithoutCancel(ctx)
	if c.slot != nil {
		defer c.slot(ctx, key)()
	}
	bctx, cancel := context.WithTimeout(ctx, buildTimeout)
	defer cancel()
	start := time.Now()
	v, err := build(bctx)
	c.obs.Built(time.Since(start), err)
	return v, err
}

// account adds a built value's size and evicts the least recently used
// others while the cache is over its byte budget.
func (c *cache[V]) account(e *entry[V]) {
	if c.sizeOf == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.entries[e.key] != e {
		return // evicted while it was built
	}
	e.size = c.sizeOf(e.val)
	c.bytes += e.size
	for c.maxBytes > 0 && c.bytes > c.maxBytes && c.lru.Back() != e.elem {
		c.remove(c.lru.Back().Value.(*entry[V]))
	}
}

// drop removes e unless it was replaced already.
func (c *cache[V]) drop(e *entry[V]) {
	c.mu.Lock()
	if c.entries[e.key] == e {
		c.remove(e)
	}
	c.mu.Unlock()
}

// remove drops e; c.mu is held.
func (c *cache[V]) remove(e *entry[V]) {
	delete(c.entries, e.key)
	c.lru.Remove(e.elem)
	c.bytes -= e.size
}
