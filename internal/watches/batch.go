package watches

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/compare"
	"github.com/parallax-news/parallax/internal/nlp"
	"github.com/parallax-news/parallax/internal/outlet"
	"github.com/parallax-news/parallax/internal/store"
)

// batch evaluates watches over one batch of arrivals, reading each
// article, analysis, story and comparison at most once.
type batch struct {
	m       *Matcher
	ctx     context.Context
	inBatch map[string]bool
	arts    map[string]*article.Article
	ans     map[string]*nlp.Analysis
	stories map[string]*storyInfo
	reports map[string]*compare.Report
	// texts caches full-text matches by query, then article id.
	texts  map[string]map[string]bool
	events map[string]string // a watch's event id -> the story it is now
	leans  *outlet.Leans     // read at the batch's first lean filter
	sides  map[string]outlet.Side
	folded bool // outlet records folded in this batch (see outletKeys)
}

// storyInfo is a story with its members in the order they joined.
type storyInfo struct {
	store.Story
	members []string
	order   map[string]int // member -> its place in members
}

// before reports whether article a joined the story before article b.
func (s *storyInfo) before(a, b string) bool {
	i, ok1 := s.order[a]
	j, ok2 := s.order[b]
	return ok1 && ok2 && i < j
}

func (m *Matcher) newBatch(ctx context.Context, arrs []store.Arrival) *batch {
	b := &batch{m: m, ctx: ctx, inBatch: map[string]bool{}, arts: map[string]*article.Article{},
		ans: map[string]*nlp.Analysis{}, stories: map[string]*storyInfo{}, reports: map[string]*compare.Report{},
		texts: map[string]map[string]bool{}, events: map[string]string{}, sides: map[string]outlet.Side{}}
	for _, a := range arrs {
		b.inBatch[a.Article] = true
	}
	return b
}

func (b *batch) article(id string) (*article.Article, error) {
	if a, ok := b.arts[id]; ok {
		return a, nil
	}
	a, err := b.m.Store.Get(b.ctx, id)
	if err != nil {
		return nil, err
	}
	b.arts[id] = a
	return a, nil
}

func (b *batch) analysis(a *article.Article) *nlp.Analysis {
	if an, ok := b.ans[a.ID]; ok {
		return an
	}
	an := b.m.Analyzer.Analyze(nlp.Input{Title: a.Title, Paragraphs: a.Paragraphs, Lang: a.Language})
	b.ans[a.ID] = an
	return an
}

func (b *batch) story(id string) (*storyInfo, error) {
	if s, ok := b.stories[id]; ok {
		return s, nil
	}
	st, as, err := b.m.Store.Story(b.ctx, id)
	if err != nil {
		return nil, err
	}
	info := &storyInfo{Story: st, order: map[string]int{}}
	for i, a := range as {
		info.members = append(info.members, a.Article)
		info.order[a.Article] = i
	}
	b.stories[id] = info
	b.stories[st.ID] = info
	return info, nil
}

// textMatch reports whether article id matches a full-text query. The
// first question for a query asks about every article of the batch at
// once.
func (b *batch) textMatch(query string, ids ...string) (bool, error) {
	known := b.texts[query]
	if known == nil {
		known = map[string]bool{}
		b.texts[query] = known
	}
	var ask []string
	for _, id := range ids {
		if _, ok := known[id]; !ok {
			ask = append(ask, id)
		}
	}
	if len(ask) > 0 {
		if len(b.texts[query]) == 0 {
			for id := range b.inBatch {
				if _, ok := known[id]; !ok {
					ask = append(ask, id)
				}
			}
		}
		got, err := b.m.Store.MatchText(b.ctx, query, ask)
		if err != nil {
			return false, err
		}
		for _, id := range ask {
			known[id] = got[id]
		}
	}
	for _, id := range ids {
		if known[id] {
			return true, nil
		}
	}
	return false, nil
}

// event resolves a watch's event id to the story it is now (an event
// merged into another lives on under the other's id); "" when unknown.
func (b *batch) event(id string) (string, error) {
	if s, ok := b.events[id]; ok {
		return s, nil
	}
	st, _, err := b.m.Store.Story(b.ctx, id)
	switch {
	case errors.Is(err, store.ErrNotFound) || errors.Is(err, store.ErrAmbiguous):
		b.events[id] = ""
	case err != nil:
		return "", err
	default:
		b.events[id] = st.ID
	}
	return b.events[id], nil
}

// onSide reports whether an article's outlet has a lean (for its section)
// on one of the sides of lean, a list Check wrote; any article passes an
// empty lean. The outlet records are folded and their leans read at the
// batch's first lean filter.
func (b *batch) onSide(lean, id string) (bool, error) {
	if lean == "" {
		return true, nil
	}
	side, ok := b.sides[id]
	if !ok {
		if b.leans == nil {
			// Fold first, so that an article of a new outlet name or
			// section has its outlet.
			if !b.folded {
				if _, err := b.m.Store.SyncOutlets(b.ctx); err != nil {
					return false, err
				}
				b.folded = true
			}
			ratings, err := b.m.Store.OutletRatings(b.ctx)
			if err != nil {
				return false, err
			}
			b.leans = outlet.NewLeans(ratings)
		}
		ms, err := b.m.Store.ArticleOutlets(b.ctx, []string{id})
		if err != nil {
			return false, err
		}
		side = outlet.Unrated
		if len(ms) == 1 {
			side = b.leans.Side(ms[0].Outlet, ms[0].Section)
		}
		b.sides[id] = side
	}
	return slices.Contains(strings.Split(lean, ","), string(side)), nil
}

func (b *batch) naming() *nlp.Naming { return b.m.Analyzer.Naming("en") }

// articlePasses applies the article filters of a watch to one article:
// its outlet, its event, the query and the entity.
func (b *batch) articlePasses(sp store.WatchSpec, a *article.Article, storyID string) (bool, error) {
	if ok, err := b.onSide(sp.Lean, a.ID); err != nil || !ok {
		return false, err
	}
	if sp.Outlet != "" && !strings.EqualFold(strings.TrimSpace(a.Outlet), sp.Outlet) {
		return false, nil
	}
	if sp.Event != "" {
		ev, err := b.event(sp.Event)
		if err != nil || ev == "" || ev != storyID {
			return false, err
		}
	}
	if sp.Query != "" {
		if ok, err := b.textMatch(sp.Query, a.ID); err != nil || !ok {
			return false, err
		}
	}
	if sp.Entity != "" && !newNameMatcher(b.naming(), sp.Entity).names(b.analysis(a)) {
		return false, nil
	}
	return true, nil
}

// storyPasses applies a watch's filters to the event an article arrived
// in: the event, the query (an article of the event matches it) and, for
// the kinds where the entity is what the event is about, the entity (a
// main name of the event, or named by the arriving article).
func (b *batch) storyPasses(sp store.WatchSpec, info *storyInfo, a *article.Article, entity bool) (bool, error) {
	if ok, err := b.onSide(sp.Lean, a.ID); err != nil || !ok {
		return false, err
	}
	if sp.Outlet != "" && !strings.EqualFold(strings.TrimSpace(a.Outlet), sp.Outlet) {
		return false, nil
	}
	if sp.Event != "" {
		ev, err := b.event(sp.Event)
		if err != nil || ev == "" || ev != info.ID {
			return false, err
		}
	}
	if sp.Query != "" {
		if ok, err := b.textMatch(sp.Query, info.members...); err != nil || !ok {
			return false, err
		}
	}
	if entity && sp.Entity != "" {
		nm := newNameMatcher(b.naming(), sp.Entity)
		found := false
		for _, e := range info.Entities {
			found = found || nm.matches(e)
		}
		if !found && !nm.names(b.analysis(a)) {
			return false, nil
		}
	}
	return true, nil
}

// evaluate returns the matches one arrival makes for a watch of a kind
// that reads story assignments.
func (b *batch) evaluate(w store.Watch, arr store.Arrival) ([]store.WatchMatch, error) {
	a, err := b.article(arr.Article)
	if errors.Is(err, store.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	sp, now := w.Spec, b.m.now()
	switch sp.Kind {
	case KindArticle:
		ok, err := b.articlePasses(sp, a, arr.Story)
		if err != nil || !ok {
			return nil, err
		}
		p := Payload{Title: a.Title, Summary: fmt.Sprintf("%s, %s: %s", orUnknown(a.Outlet), when(a.Published), lead(a)), Article: refOf(a)}
		if info, err := b.story(arr.Story); err == nil {
			p.Event = eventRef(info)
		}
		m, err := matchOf(w, "article:"+a.ID, now, p)
		return one(m, err)
	case KindEvent:
		ok, err := b.articlePasses(sp, a, arr.Story)
		if err != nil || !ok {
			return nil, err
		}
		info, err := b.story(arr.Story)
		if err != nil {
			return nil, ignoreGone(err)
		}
		p := Payload{Title: "New event: " + orUnknown(info.Title),
			Summary: fmt.Sprintf("%s reports it (%s): %s", orUnknown(a.Outlet), when(a.Published), a.Title),
			Article: refOf(a), Event: eventRef(info)}
		m, err := matchOf(w, "event:"+info.ID, now, p)
		return one(m, err)
	}
	info, err := b.story(arr.Story)
	if err != nil {
		return nil, ignoreGone(err)
	}
	ok, err := b.storyPasses(sp, info, a, sp.Kind != KindAlteredQuote)
	if err != nil || !ok {
		return nil, err
	}
	switch sp.Kind {
	case KindNewOutlet:
		return b.newOutlet(w, info, a)
	case KindAlteredQuote:
		return b.alteredQuotes(w, info, a)
	case KindDisputedNumber:
		return b.disputedNumbers(w, info, a)
	}
	return nil, fmt.Errorf("%w: unknown kind %q", ErrBadSpec, sp.Kind)
}

func one(m store.WatchMatch, err error) ([]store.WatchMatch, error) {
	if err != nil {
		return nil, err
	}
	return []store.WatchMatch{m}, nil
}

func ignoreGone(err error) error {
	if errors.Is(err, store.ErrNotFound) {
		return nil
	}
	return err
}

func orUnknown(s string) string {
	if strings.TrimSpace(s) == "" {
		return "(unknown)"
	}
	return s
}

func eventRef(info *storyInfo) *EventRef {
	outlets := info.Outlets
	if outlets == nil {
		outlets = []string{}
	}
	return &EventRef{ID: info.ID, Title: info.Title, Outlets: outlets, Articles: len(info.members)}
}
