package dedup

import (
	"context"
	"sync"
)

// MemPostings is an in-memory Postings. It is safe for concurrent use.
type MemPostings struct {
	mu    sync.RWMutex
	ids   []string
	ord   map[string]uint32
	lists map[uint64][]uint32
}

// NewMemPostings returns an empty MemPostings.
func NewMemPostings() *MemPostings {
	return &MemPostings{ord: map[string]uint32{}, lists: map[uint64][]uint32{}}
}

// Put implements Postings. Putting the same id twice adds its new keys.
func (m *MemPostings) Put(_ context.Context, id string, keys []uint64) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	o, ok := m.ord[id]
	if !ok {
		o = uint32(len(m.ids))
		m.ids = append(m.ids, id)
		m.ord[id] = o
	}
	for _, k := range keys {
		l := m.lists[k]
		if n := len(l); n > 0 && l[n-1] == o {
			continue
		}
		m.lists[k] = append(l, o)
	}
	return nil
}

// Get implements Postings.
func (m *MemPostings) Get(_ context.Context, keys []uint64, limit int) (map[uint64][]string, error) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	out := make(map[uint64][]string, len(keys))
	for _, k := range keys {
		l, ok := m.lists[k]
		if !ok {
			continue
		}
		l = l[:min(len(l), limit+1)]
		ids := make([]string, len(l))
		for i, o := range l {
			ids[i] = m.ids[o]
		}
		out[k] = ids
	}
	return out, nil
}

// Len returns the number of documents recorded.
func (m *MemPostings) Len() int {
	m.mu.RLock()
	defer m.mu.RUnlock()
	return len(m.ids)
}
