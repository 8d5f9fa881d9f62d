package clean

import (
	"strings"
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

type memoKey struct {
	id, hash, outlet, lang, authors string
}

func keyOf(a *article.Article) memoKey {
	return memoKey{id: a.ID, hash: a.ContentHash, outlet: a.Outlet, lang: a.Language, authors: strings.Join(a.Authors, "\x00")}
}

// memoView is a View without its text.
type memoView struct {
	model uint32 // the model's Articles; modelArticles
	set   []Para // the paragraphs not kept whole as text (Para says which)
	n     int    // paragraphs
	keys  []uint64
	keyed []bool
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
	mv := memoView{model: modelArticles(mod), n: len(v.Paras), keys: v.keys, keyed: v.keyed}
	for _, p := range v.Paras {
		if p.Verdict != Text {
			mv.set = append(mv.set, p)
		}
	}
	k := keyOf(a)
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
	k := keyOf(a)
	m.mu.Lock()
	mv, ok := m.views[k]
	if ok {
		delete(m.views, k)
	}
	m.mu.Unlock()
	if !ok || mv.model != modelArticles(mod) || mv.n != len(a.Paragraphs) {
		return nil
	}
	v := &View{paragraphs: a.Paragraphs, keys: mv.keys, keyed: mv.keyed, Paras: make([]Para, mv.n)}
	for i := range v.Paras {
		v.Paras[i] = Para{Para: i, Verdict: Text, Kept: true}
	}
	for _, p := range mv.set {
		v.Paras[p.Para] = p
	}
	return v
}
