package watches

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/compare"
	"github.com/parallax-news/parallax/internal/nlp"
	"github.com/parallax-news/parallax/internal/outlet"
	"github.com/parallax-news/parallax/internal/store"
)

// Store is what the matcher reads and writes.
type Store interface {
	store.WatchStore
	Get(ctx context.Context, id string) (*article.Article, error)
	Story(ctx context.Context, id string) (store.Story, []store.Assignment, error)
	StoryOf(ctx context.Context, articleID string) (string, error)
	// SyncOutlets, ArticleOutlets and OutletRatings tell an article's
	// side, for a watch's lean (see store.OutletStore).
	SyncOutlets(ctx context.Context) (bool, error)
	ArticleOutlets(ctx context.Context, ids []string) ([]outlet.Member, error)
	OutletRatings(ctx context.Context) (map[string][]outlet.Rating, error)
}

// Matcher matches what arrived since each watch last looked: articles
// assigned to events (in the order they were assigned) and copy checks
// (in the order they were made). Every match is saved with the watch's
// new cursors in one transaction, and a key is matched once per watch, so
// a match is made once however often Run is called, by however many
// processes, and whenever one stops.
type Matcher struct {
	Store    Store
	Analyzer *nlp.Analyzer
	// Batch is how many arrivals are read at a time; 0 means 500.
	Batch int
	// Now tells the time of a match; nil means time.Now.
	Now func() time.Time
	// OnMatch, when set, is told of each match saved.
	OnMatch func(store.Watch, store.WatchMatch)
}

func (m *Matcher) batchSize() int {
	if m.Batch > 0 {
		return m.Batch
	}
	return 500
}

func (m *Matcher) now() time.Time {
	if m.Now != nil {
		return m.Now()
	}
	return time.Now()
}

// usesChecks reports whether a watch reads copy checks rather than story
// assignments.
func usesChecks(sp store.WatchSpec) bool { return sp.Kind == KindUncreditedCopy }

// Run matches everything that arrived since each watch's cursors and
// returns how many matches it saved.
func (m *Matcher) Run(ctx context.Context) (int, error) {
	ws, err := m.Store.Watches(ctx)
	if err != nil || len(ws) == 0 {
		return 0, err
	}
	n1, err := m.runArrivals(ctx, ws)
	if err != nil {
		return n1, err
	}
	n2, err := m.runChecks(ctx, ws)
	return n1 + n2, err
}

func (m *Matcher) runArrivals(ctx context.Context, ws []store.Watch) (int, error) {
	var mine []*store.Watch
	from := int64(-1)
	for i := range ws {
		if usesChecks(ws[i].Spec) {
			continue
		}
		mine = append(mine, &ws[i])
		if from < 0 || ws[i].StorySeq < from {
			from = ws[i].StorySeq
		}
	}
	saved := 0
	for len(mine) > 0 {
		arrs, err := m.Store.Arrivals(ctx, from, m.batchSize())
		if err != nil || len(arrs) == 0 {
			return saved, err
		}
		last := arrs[len(arrs)-1].Seq
		b := m.newBatch(ctx, arrs)
		for _, w := range mine {
			if w.StorySeq >= last {
				continue
			}
			var ms []store.WatchMatch
			for _, a := range arrs {
				if a.Seq <= w.StorySeq {
					continue
				}
				got, err := b.evaluate(*w, a)
				if err != nil {
					return saved, fmt.Errorf("watch %d: %w", w.ID, err)
				}
				ms = append(ms, got...)
			}
			n, err := m.save(ctx, *w, ms, last, w.CheckSeq)
			if err != nil {
				return saved, err
			}
			saved += n
			w.StorySeq = last
		}
		from = last
	}
	return saved, nil
}

func (m *Matcher) runChecks(ctx context.Context, ws []store.Watch) (int, error) {
	var mine []*store.Watch
	from := int64(-1)
	for i := range ws {
		if !usesChecks(ws[i].Spec) {
			continue
		}
		mine = append(mine, &ws[i])
		if from < 0 || ws[i].CheckSeq < from {
			from = ws[i].CheckSeq
		}
	}
	saved := 0
	for len(mine) > 0 {
		checks, err := m.Store.CopyChecksAfter(ctx, from, m.batchSize())
		if err != nil || len(checks) == 0 {
			return saved, err
		}
		last := checks[len(checks)-1].Seq
		b := m.newBatch(ctx, nil)
		for _, w := range mine {
			if w.CheckSeq >= last {
				continue
			}
			var ms []store.WatchMatch
			for _, c := range checks {
				if c.Seq <= w.CheckSeq {
					continue
				}
				got, err := b.evaluateCopies(*w, c)
				if err != nil {
					return saved, fmt.Errorf("watch %d: %w", w.ID, err)
				}
				ms = append(ms, got...)
			}
			n, err := m.save(ctx, *w, ms, w.StorySeq, last)
			if err != nil {
				return saved, err
			}
			saved += n
			w.CheckSeq = last
		}
		from = last
	}
	return saved, nil
}

// save records a watch's matches and cursors; a watch removed meanwhile
// is skipped.
func (m *Matcher) save(ctx context.Context, w store.Watch, ms []store.WatchMatch, storySeq, checkSeq int64) (int, error) {
	added, err := m.Store.SaveMatches(ctx, w.ID, ms, storySeq, checkSeq)
	if errors.Is(err, store.ErrNotFound) {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	if m.OnMatch != nil {
		for _, a := range added {
			m.OnMatch(w, a)
		}
	}
	return len(added), nil
}

// Preview evaluates a watch (saved or not) over the last recent story
// assignments and copy checks, as if they had just arrived, and returns
// up to limit of its matches, newest first. Nothing is saved.
func (m *Matcher) Preview(ctx context.Context, w store.Watch, recent, limit int) ([]store.WatchMatch, error) {
	var out []store.WatchMatch
	seen := map[string]bool{}
	add := func(ms []store.WatchMatch) {
		for _, x := range ms {
			if !seen[x.Key] {
				seen[x.Key] = true
				out = append(out, x)
			}
		}
	}
	if usesChecks(w.Spec) {
		from, err := m.tail(ctx, recent, true)
		if err != nil {
			return nil, err
		}
		checks, err := m.Store.CopyChecksAfter(ctx, from, recent)
		if err != nil {
			return nil, err
		}
		b := m.newBatch(ctx, nil)
		for _, c := range checks {
			got, err := b.evaluateCopies(w, c)
			if err != nil {
				return nil, err
			}
			add(got)
		}
	} else {
		from, err := m.tail(ctx, recent, false)
		if err != nil {
			return nil, err
		}
		arrs, err := m.Store.Arrivals(ctx, from, recent)
		if err != nil {
			return nil, err
		}
		b := m.newBatch(ctx, arrs)
		for _, a := range arrs {
			got, err := b.evaluate(w, a)
			if err != nil {
				return nil, err
			}
			add(got)
		}
	}
	// Newest first, as a feed shows them.
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

// tail returns the cursor that leaves the last n assignments (or copy
// checks) to read.
func (m *Matcher) tail(ctx context.Context, n int, checks bool) (int64, error) {
	end, checkEnd, err := m.Store.WatchEnds(ctx)
	if err != nil {
		return 0, err
	}
	if checks {
		end = checkEnd
	}
	return max(0, end-int64(n)), nil
}

// matchOf builds a match with its payload.
func matchOf(w store.Watch, key string, found time.Time, p Payload) (store.WatchMatch, error) {
	p.ID, p.Kind, p.Found = matchID(w.ID, key), w.Spec.Kind, found.UTC()
	p.Watch = PayloadWatch{ID: w.ID, Title: w.Title, Description: Describe(w.Spec)}
	body, err := json.Marshal(p)
	if err != nil {
		return store.WatchMatch{}, fmt.Errorf("match %s: %w", key, err)
	}
	mt := store.WatchMatch{Watch: w.ID, Key: key, Kind: w.Spec.Kind, Found: found.UTC(), Title: p.Title, Summary: p.Summary, Payload: body}
	if p.Article != nil {
		mt.Article, mt.URL = p.Article.ID, p.Article.URL
	}
	if p.Copy != nil && p.Copy.Copy != nil {
		mt.Article, mt.URL = p.Copy.Copy.ID, p.Copy.Copy.URL
	}
	if p.Event != nil {
		mt.Story = p.Event.ID
	}
	return mt, nil
}

func clipText(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

func lead(a *article.Article) string {
	for _, p := range a.Paragraphs {
		if strings.TrimSpace(p) != "" {
			return clipText(p, 280)
		}
	}
	return ""
}

func when(d article.Date) string {
	if d.IsZero() {
		return "undated"
	}
	return d.Time.Format("2006-01-02")
}

// compareSet is how many of an event's articles a finding's comparison
// reads.
const compareSet = 100

// reportOf compares the articles of a story for the findings of its new
// articles: those of the batch (up to compareSet), then the earliest
// others.
func (b *batch) reportOf(storyID string) (*compare.Report, error) {
	if r, ok := b.reports[storyID]; ok {
		return r, nil
	}
	info, err := b.story(storyID)
	if err != nil {
		return nil, err
	}
	var pick []string
	chosen := map[string]bool{}
	for _, id := range info.members {
		if b.inBatch[id] && len(pick) < compareSet {
			pick, chosen[id] = append(pick, id), true
		}
	}
	for _, id := range info.members {
		if len(pick) >= compareSet {
			break
		}
		if !chosen[id] {
			pick, chosen[id] = append(pick, id), true
		}
	}
	var arts []*article.Article
	for _, id := range info.members { // in the order they joined
		if chosen[id] {
			a, err := b.article(id)
			if err != nil {
				return nil, err
			}
			arts = append(arts, a)
		}
	}
	var r *compare.Report
	if len(arts) >= 2 {
		if r, err = compare.Compare(b.ctx, arts, b.m.Analyzer); err != nil {
			return nil, fmt.Errorf("compare story %s: %w", storyID, err)
		}
	}
	b.reports[storyID] = r
	return r, nil
}
