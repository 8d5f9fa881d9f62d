package clean

import (
	"crypto/sha256"
	"sync"

	"github.com/parallax-news/parallax/internal/article"
)

// DefaultMemoArticles bounds the views a Memo made with NewMemo(0) keeps.
const DefaultMemoArticles = 100_000

// Memo carries views from one Reader to another over the same store, so
// that a step that cleans articles (copy detection) and the step after it
// that cleans them again (stories) clean each article once. One Reader
// puts the views it computes (MaskedKept), another takes them (see
// Reader.TakeFrom): a view taken is forgotten, and one is taken only when
// the article (id, content, outlet, language, authors) and its outlet's
// model (the count of articles it learned from) are what they were when
// the view was computed, so a view taken is the view cleaning would
// compute. A Memo holds at most its bound of views, and keeps of each one
// only its keys and the verdicts on paragraphs not kept whole, not the
// text. It is safe for concurrent use.
type Memo struct {
	mu    sync.Mutex
	max   int
	views map[memoKey]memoView
}

// NewMemo returns a Memo that keeps at most max views (0:
// DefaultMemoArticles); when full it keeps no more until views are taken.
func NewMemo(max int) *Memo {
	if max <= 0 {
		max = DefaultMemoArticles
	}
	return &Memo{max: max, views: map[memoKey]memoView{}}
}

// Len returns how many views m holds.
func (m *Memo) Len() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.views)
}

// memoKey is a hash of what cleaning reads of an article besides its
// model: id, content, outlet, language and authors. It holds no pointer,
// so that the collector does not walk a Memo's keys at every cycle.
type memoKey [16]byte

func keyOf(a *article.Article) memoKey {
	h := sha256.New()
	for _, s := range []string{a.ID, a.ContentHash, a.Outlet, a.Language} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	for _, s := range a.Authors {
		h.Write([]byte(s))
		h.Write([]byte{1})
	}
	// Cleaning reads the publication date too (datedLinks): a backfill
	// that dates an article must not leave it its old view.
	h.Write([]byte(a.Published.String()))
	h.Write([]byte{2})
	var k memoKey
	copy(k[:], h.Sum(nil))
	return k
}

// memoView is a View without its text.
type memoView struct {
	model uint32 // the model's Articles; modelArticles
	set   []Para // the paragraphs not kept whole as text (Para says which)
	// keys holds the keys cleaning computed, 0 where it computed none (a
	// paragraph with words never has key 0, and cleaning computes keys
	// only of those).
	keys []uint64
}

// modelArticles is the version of a model a view was computed with: the
// articles it learned from (a model only grows), 0 for none.
func modelArticles(m *Model) uint32 {
	if m == nil {
		return 0
	}
	return m.Articles
}

// put keeps v, the view of a with model mod.
func (m *Memo) put(a *article.Article, mod *Model, v *View) {
	if a.ID == "" || a.ContentHash == "" {
		return // not a stored article
	}
	m.keep(keyOf(a), memoViewOf(mod, v))
}

// memoViewOf returns v, computed with model mod, without its text.
func memoViewOf(mod *Model, v *View) memoView {
	mv := memoView{model: modelArticles(mod), keys: make([]uint64, len(v.Paras))}
	for i := range mv.keys {
		if v.keyed != nil && v.keyed[i] {
			mv.keys[i] = v.keys[i]
		}
	}
	for _, p := range v.Paras {
		if p.Verdict != Text {
			mv.set = append(mv.set, p)
		}
	}
	return mv
}

// keep keeps mv under k, unless m is full.
func (m *Memo) keep(k memoKey, mv memoView) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.views[k]; !ok && len(m.views) >= m.max {
		return
	}
	m.views[k] = mv
}

// take returns the view of a kept with a model of the same version as mod,
// and forgets it; nil when there is none.
func (m *Memo) take(a *article.Article, mod *Model) *View {
	return m.view(a, mod, true)
}

// peek is take without forgetting the view: for the Reader that keeps
// views, which may clean an article again in its own run.
func (m *Memo) peek(a *article.Article, mod *Model) *View {
	return m.view(a, mod, false)
}

// view returns the view of a kept with a model of the same version as mod,
// nil when there is none; forget drops the view kept for a, taken or not.
func (m *Memo) view(a *article.Article, mod *Model, forget bool) *View {
	k := keyOf(a)
	m.mu.Lock()
	mv, ok := m.views[k]
	if ok && forget {
		delete(m.views, k)
	}
	m.mu.Unlock()
	if !ok || mv.model != modelArticles(mod) || len(mv.keys) != len(a.Paragraphs) {
		return nil
	}
	v := &View{paragraphs: a.Paragraphs, Paras: make([]Para, len(mv.keys))}
	for i, k := range mv.keys {
		if k == 0 {
			continue
		}
		if v.keys == nil {
			v.keys, v.keyed = mv.keys, make([]bool, len(mv.keys))
		}
		v.keyed[i] = true
	}
	for i := range v.Paras {
		v.Paras[i] = Para{Para: i, Verdict: Text, Kept: true}
	}
	for _, p := range mv.set {
		v.Paras[p.Para] = p
	}
	return v
}
