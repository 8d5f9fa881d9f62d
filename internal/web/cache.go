package web

import (
	"container/list"
	"context"
	"sync"
)

// cache keeps the most recently used values built from the store (story
// pages, outlet pages), each with the stories' version it was built at. A
// value is built once however many requests ask for it at the same time.
type cache[V any] struct {
	mu  sync.Mutex
	max int
	// checkAlways asks fresh on every hit, not only after the version
	// changed (for values that can go stale without a version change).
	checkAlways bool
	entries     map[string]*entry[V]
	lru         *list.List // of *entry[V], most recent first
}

type entry[V any] struct {
	key     string
	ready   chan struct{} // closed when val and err are set
	val     V
	err     error
	version int64
	elem    *list.Element
}

func newCache[V any](max int) *cache[V] {
	return &cache[V]{max: max, entries: map[string]*entry[V]{}, lru: list.New()}
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
			// Build without the caller's cancellation, so that one
			// impatient client does not fail the others waiting for
			// the same value.
			e.val, e.err = build(context.WithoutCancel(ctx))
			close(e.ready)
			if e.err != nil {
				c.drop(e)
			}
			return e.val, e.err
		}
		c.lru.MoveToFront(e.elem)
		c.mu.Unlock()
		select {
		case <-e.ready:
		case <-ctx.Done():
			var zero V
			return zero, ctx.Err()
		}
		if e.err != nil {
			c.drop(e)
			continue
		}
		c.mu.Lock()
		current := e.version >= version && (!c.checkAlways || fresh == nil)
		c.mu.Unlock()
		if current {
			return e.val, nil
		}
		if fresh != nil && fresh(ctx, e.val) {
			c.mu.Lock()
			e.version = max(e.version, version)
			c.mu.Unlock()
			return e.val, nil
		}
		c.drop(e)
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
}
