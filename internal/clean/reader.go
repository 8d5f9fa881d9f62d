package clean

import (
	"context"
	"sync"

	"github.com/parallax-news/parallax/internal/article"
)

// Models gives the model learned for an outlet (a store keeps them, see
// store.CleanStore).
type Models interface {
	OutletModel(ctx context.Context, outlet string) (*Model, error)
}

// Reader cleans articles with the models of a store, reading each outlet's
// model once: make one for a run over many articles, or per request. It
// is safe for concurrent use.
type Reader struct {
	c      *Cleaner
	models Models
	mu     sync.Mutex
	cache  map[string]*Model
	// memo, when set, gets the views MaskedKept computes; from, when
	// set, gives View the views another Reader kept.
	memo, from *Memo
}

// KeepIn makes MaskedKept put the views it computes into m, for a Reader
// of a later step to take (see TakeFrom); View then takes its views from m
// too when they are still the views it would compute, without forgetting
// them (copy detection cleans the sources of copies again). Call it before
// r is used.
func (r *Reader) KeepIn(m *Memo) { r.memo = m }

// TakeFrom makes View take the views another Reader over the same store
// kept in m, when they are still the views it would compute, instead of
// cleaning again. Call it before r is used.
func (r *Reader) TakeFrom(m *Memo) { r.from = m }

// NewReader returns a Reader that cleans with c and the models of src; a
// nil src cleans by form only (for articles that are not stored).
func NewReader(c *Cleaner, src Models) *Reader {
	return &Reader{c: c, models: src, cache: map[string]*Model{}}
}

// Model returns the model of an outlet, nil when there is none.
func (r *Reader) Model(ctx context.Context, outlet string) (*Model, error) {
	if r.models == nil || outlet == "" {
		return nil, nil
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if m, ok := r.cache[outlet]; ok {
		return m, nil
	}
	m, err := r.models.OutletModel(ctx, outlet)
	if err != nil {
		return nil, err
	}
	m.Flush()
	r.cache[outlet] = m
	return m, nil
}

// View cleans one article (or takes its view from the Memo of TakeFrom or
// KeepIn).
func (r *Reader) View(ctx context.Context, a *article.Article) (*View, error) {
	m, err := r.Model(ctx, a.Outlet)
	if err != nil {
		return nil, err
	}
	if r.from != nil {
		if v := r.from.take(a, m); v != nil {
			return v, nil
		}
	}
	if r.memo != nil {
		if v := r.memo.peek(a, m); v != nil {
			return v, nil
		}
	}
	return r.c.Clean(a, m), nil
}

// MaskedKept is Masked, and keeps the view in the Memo of KeepIn.
func (r *Reader) MaskedKept(ctx context.Context, a *article.Article) (*article.Article, *View, error) {
	m, err := r.Model(ctx, a.Outlet)
	if err != nil {
		return nil, nil, err
	}
	v := r.c.Clean(a, m)
	if r.memo != nil {
		r.memo.put(a, m, v)
	}
	return WithParagraphs(a, v.Masked()), v, nil
}

// Masked returns a copy of the article whose paragraphs are its cleaned
// view's Masked paragraphs (furniture blanked with spaces, offsets kept),
// and the view. The article itself is not changed.
func (r *Reader) Masked(ctx context.Context, a *article.Article) (*article.Article, *View, error) {
	v, err := r.View(ctx, a)
	if err != nil {
		return nil, nil, err
	}
	return WithParagraphs(a, v.Masked()), v, nil
}

// MaskedAll returns Masked copies of articles.
func (r *Reader) MaskedAll(ctx context.Context, arts []*article.Article) ([]*article.Article, error) {
	out := make([]*article.Article, len(arts))
	for i, a := range arts {
		m, _, err := r.Masked(ctx, a)
		if err != nil {
			return nil, err
		}
		out[i] = m
	}
	return out, nil
}

// WithParagraphs returns a shallow copy of a with other paragraphs.
func WithParagraphs(a *article.Article, paragraphs []string) *article.Article {
	c := *a
	c.Paragraphs = paragraphs
	return &c
}
