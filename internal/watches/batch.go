package watches

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/compare"
	"github.com/parallax-news/parallax/internal/copies"
	"github.com/parallax-news/parallax/internal/nlp"
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
		texts: map[string]map[string]bool{}, events: map[string]string{}}
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

func (b *batch) naming() *nlp.Naming { return b.m.Analyzer.Naming("en") }

// articlePasses applies the article filters of a watch to one article:
// its outlet, its event, the query and the entity.
func (b *batch) articlePasses(sp store.WatchSpec, a *article.Article, storyID string) (bool, error) {
	if sp.Lean != "" {
		return false, store.ErrNoLean
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
	if sp.Lean != "" {
		return false, store.ErrNoLean
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

// newOutlet matches an article whose outlet no article that joined the
// event before it has.
func (b *batch) newOutlet(w store.Watch, info *storyInfo, a *article.Article) ([]store.WatchMatch, error) {
	outlet := strings.TrimSpace(a.Outlet)
	if outlet == "" {
		return nil, nil
	}
	outlets := map[string]bool{}
	before := 0
	for _, id := range info.members {
		if id == a.ID {
			break
		}
		o, err := b.article(id)
		if err != nil {
			return nil, ignoreGone(err)
		}
		outlets[strings.ToLower(strings.TrimSpace(o.Outlet))] = true
		before++
	}
	if before == 0 || outlets[strings.ToLower(outlet)] {
		return nil, nil
	}
	p := Payload{Title: fmt.Sprintf("%s joins “%s”", outlet, orUnknown(info.Title)),
		Summary: fmt.Sprintf("%s is outlet number %d to report this event (%s): %s", outlet, len(outlets)+1, when(a.Published), a.Title),
		Article: refOf(a), Event: eventRef(info), Outlet: outlet}
	m, err := matchOf(w, "new-outlet:"+info.ID+":"+strings.ToLower(outlet), b.m.now(), p)
	return one(m, err)
}

// alteredQuotes matches the quotes of an article that an article that
// joined its event before it gives in altered words, of the speaker the
// watch names: each altered pair once, when its later article arrives.
func (b *batch) alteredQuotes(w store.Watch, info *storyInfo, a *article.Article) ([]store.WatchMatch, error) {
	r, err := b.reportOf(info.ID)
	if err != nil || r == nil {
		return nil, err
	}
	var nm *nameMatcher
	if w.Spec.Entity != "" {
		x := newNameMatcher(b.naming(), w.Spec.Entity)
		nm = &x
	}
	var out []store.WatchMatch
	for _, g := range r.Quotes {
		if nm != nil && !nm.matches(g.Speaker) {
			continue
		}
		for _, d := range g.Diffs {
			if d.Kind != compare.QuoteAltered || (d.From != a.ID && d.To != a.ID) {
				continue
			}
			other := d.From
			if other == a.ID {
				other = d.To
			}
			if !info.before(other, a.ID) {
				continue
			}
			o, err := b.article(other)
			if err != nil {
				return nil, ignoreGone(err)
			}
			mine := d.ToText
			if d.From == a.ID {
				mine = d.FromText
			}
			speaker := g.Speaker
			if speaker == "" {
				speaker = "an unnamed speaker"
			}
			p := Payload{Title: fmt.Sprintf("Altered quote of %s in “%s”", speaker, orUnknown(info.Title)),
				Summary: fmt.Sprintf("%s: “%s” — %s: “%s”", orUnknown(a.Outlet), clipText(mine, 300), orUnknown(o.Outlet),
					clipText(otherText(d, a.ID), 300)),
				Article: refOf(a), Event: eventRef(info),
				Quote: &QuoteFinding{Speaker: g.Speaker, Kind: d.Kind, FromArticle: d.From, ToArticle: d.To,
					FromText: d.FromText, ToText: d.ToText, Inline: d.Inline}}
			m, err := matchOf(w, "altered-quote:"+info.ID+":"+a.ID+":"+matchID(0, mine), b.m.now(), p)
			if err != nil {
				return nil, err
			}
			out = append(out, m)
		}
	}
	return dedupe(out), nil
}

func otherText(d compare.QuoteDiff, self string) string {
	if d.From == self {
		return d.ToText
	}
	return d.FromText
}

// disputedNumbers matches the numbers of an article that an article that
// joined its event before it gives differently.
func (b *batch) disputedNumbers(w store.Watch, info *storyInfo, a *article.Article) ([]store.WatchMatch, error) {
	r, err := b.reportOf(info.ID)
	if err != nil || r == nil {
		return nil, err
	}
	var out []store.WatchMatch
	for _, q := range r.Numbers {
		if !q.Discrepancy {
			continue
		}
		var mine *compare.NumberUse
		for i := range q.Values {
			if q.Values[i].Article == a.ID {
				mine = &q.Values[i]
				break
			}
		}
		if mine == nil {
			continue
		}
		differs := false
		for _, v := range q.Values {
			differs = differs || v.Article != a.ID && v.Value != mine.Value && info.before(v.Article, a.ID)
		}
		if !differs {
			continue
		}
		f := &NumberFinding{What: q.What, Kind: q.Kind, Unit: q.Unit}
		var said []string
		for _, v := range q.Values {
			o, err := b.article(v.Article)
			if err != nil {
				return nil, ignoreGone(err)
			}
			f.Values = append(f.Values, NumberValue{Article: v.Article, Outlet: o.Outlet, Text: v.Text, Value: v.Value, Sentence: v.Sentence})
			said = append(said, fmt.Sprintf("%s: %s", orUnknown(o.Outlet), v.Text))
		}
		what := q.What
		if what == "" {
			what = "a number"
		}
		p := Payload{Title: fmt.Sprintf("Disputed number in “%s”: %s", orUnknown(info.Title), what),
			Summary: strings.Join(said, "; "), Article: refOf(a), Event: eventRef(info), Number: f}
		m, err := matchOf(w, "disputed-number:"+info.ID+":"+a.ID+":"+strings.ToLower(q.What)+":"+q.Kind, b.m.now(), p)
		if err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return dedupe(out), nil
}

// dedupe keeps the first match of each key.
func dedupe(ms []store.WatchMatch) []store.WatchMatch {
	seen := map[string]bool{}
	out := ms[:0]
	for _, m := range ms {
		if !seen[m.Key] {
			seen[m.Key] = true
			out = append(out, m)
		}
	}
	return out
}

// copyKinds are the copy relations that are copying (a shared quote or a
// revision is not).
var copyKinds = map[string]bool{"duplicate": true, "near-duplicate": true, "derived": true}

// evaluateCopies returns the matches a copy check makes for a watch of
// uncredited copies: each relation it found whose copy passes the filters,
// comes from another outlet and does not name the source's outlet.
func (b *batch) evaluateCopies(w store.Watch, c store.CopyCheckRecord) ([]store.WatchMatch, error) {
	links := append([]store.CopyLink(nil), c.Links...)
	sort.SliceStable(links, func(i, j int) bool { return links[i].Share > links[j].Share })
	var out []store.WatchMatch
	for _, l := range links {
		if !copyKinds[l.Kind] {
			continue
		}
		cp, err := b.article(l.Copy)
		if err != nil {
			if errors.Is(err, store.ErrNotFound) {
				continue
			}
			return nil, err
		}
		src, err := b.article(l.Source)
		if err != nil {
			if errors.Is(err, store.ErrNotFound) {
				continue
			}
			return nil, err
		}
		if copies.SameOutlet(cp, src) {
			continue
		}
		storyID := ""
		if w.Spec.Event != "" {
			if storyID, err = b.m.Store.StoryOf(b.ctx, cp.ID); err != nil && !errors.Is(err, store.ErrNotFound) {
				return nil, err
			}
		}
		ok, err := b.articlePasses(w.Spec, cp, storyID)
		if err != nil {
			return nil, err
		}
		if !ok || copies.Credits(cp, src) {
			continue
		}
		p := Payload{Title: fmt.Sprintf("%s copied %s without credit", orUnknown(cp.Outlet), orUnknown(src.Outlet)),
			Summary: fmt.Sprintf("%.0f%% of “%s” (%s, %s) comes from “%s” (%s, %s), which it does not name.",
				100*l.Share, cp.Title, orUnknown(cp.Outlet), when(cp.Published), src.Title, orUnknown(src.Outlet), when(src.Published)),
			Article: refOf(cp), Outlet: cp.Outlet,
			Copy: &CopyFinding{Source: refOf(src), Copy: refOf(cp), Kind: l.Kind, Share: l.Share}}
		m, err := matchOf(w, "uncredited-copy:"+l.Source+":"+l.Copy, b.m.now(), p)
		if err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, nil
}
