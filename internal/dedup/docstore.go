package dedup

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

// ErrNotFound is wrapped by DocStore.Doc for an unknown id; the Detector
// skips such candidates (an article deleted after it was indexed).
var ErrNotFound = errors.New("dedup: document not found")

// DocStore gives the Detector the text of earlier documents to verify
// candidates against. A database backs it with its article table.
type DocStore interface {
	// Doc returns the document with the given id, or an error wrapping
	// ErrNotFound.
	Doc(ctx context.Context, id string) (Doc, error)
}

// DocPutter is a DocStore that the Detector fills itself: when the store
// given to NewDetector implements it, Detector.Add puts every document.
type DocPutter interface {
	DocStore
	// Put stores d under d.ID.
	Put(ctx context.Context, d Doc) error
}

// MemDocs is an in-memory DocPutter. It is safe for concurrent use.
type MemDocs struct {
	mu   sync.RWMutex
	docs map[string]Doc
}

// NewMemDocs returns an empty MemDocs.
func NewMemDocs() *MemDocs { return &MemDocs{docs: map[string]Doc{}} }

// Put implements DocPutter.
func (m *MemDocs) Put(_ context.Context, d Doc) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.docs[d.ID] = d
	return nil
}

// Doc implements DocStore.
func (m *MemDocs) Doc(_ context.Context, id string) (Doc, error) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	d, ok := m.docs[id]
	if !ok {
		return Doc{}, fmt.Errorf("mem docs: %q: %w", id, ErrNotFound)
	}
	return d, nil
}
