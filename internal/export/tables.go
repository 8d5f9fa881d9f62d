package export

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/copies"
	"github.com/parallax-news/parallax/internal/dedup"
	"github.com/parallax-news/parallax/internal/nlp"
	"github.com/parallax-news/parallax/internal/outlet"
	"github.com/parallax-news/parallax/internal/outlets"
	"github.com/parallax-news/parallax/internal/store"
)

// Source is what the tables read: a store that streams its articles,
// stories and copy relations.
type Source interface {
	store.ExportStore
	Get(ctx context.Context, id string) (*article.Article, error)
	Storylines(ctx context.Context, q store.StorylineQuery) ([]store.Storyline, error)
}

// Filter selects what an export holds, as the listings' filters do.
// Zero values do not filter.
type Filter struct {
	Outlet string
	// Since and Until bound the published day (inclusive, exclusive); for
	// events, the events with an article on or after Since and that began
	// before Until.
	Since, Until time.Time
	// Query is a full-text search: articles that match it, events with
	// an article that does, copy relations with an article that does.
	Query string
	// Lean is a comma-separated list of sides (left, center, right):
	// articles from an outlet whose lean is on one of them; events with an
	// article from each side (as the stories listing's --lean); copy
	// relations with an article that passes. A store where no outlet has a
	// lean rating refuses it with store.ErrNoLean.
	Lean string
}

// Table names.
const (
	TableArticles   = "articles"
	TableEvents     = "events"
	TableStorylines = "storylines"
	TableCopies     = "copies"
	TableQuotes     = "quotes"
	TableNames      = "names"
	TableNumbers    = "numbers"
)

// Tables lists the tables Open knows, as help shows them.
var Tables = []string{TableArticles, TableEvents, TableStorylines, TableCopies, TableQuotes, TableNames, TableNumbers}

// ErrUnknownTable is returned for a table name Open does not know.
var ErrUnknownTable = errors.New("unknown table")

// ErrBadFilter is returned for a filter Open cannot read.
var ErrBadFilter = errors.New("bad filter")

// Open returns the table called name over src with the filter f. an reads
// articles for the quotes, names and numbers tables (nil: a new analyzer).
// A filter it cannot read (ErrBadFilter, store.ErrBadQuery) or that would
// match nothing (store.ErrNoLean) is refused here, before any row is
// written.
func Open(ctx context.Context, name string, src Source, an *nlp.Analyzer, f Filter) (Table, error) {
	sides, err := outlets.ParseSides(f.Lean)
	if err != nil {
		return nil, fmt.Errorf("lean %q: %w: %v", f.Lean, ErrBadFilter, err)
	}
	if len(sides) > 0 {
		if src == nil {
			return nil, fmt.Errorf("lean %q: %w", f.Lean, store.ErrNoLean)
		}
		rated, err := src.LeanRated(ctx)
		if err != nil {
			return nil, err
		}
		if !rated {
			return nil, fmt.Errorf("lean %q: %w", f.Lean, store.ErrNoLean)
		}
	}
	af := store.ArticleFilter{Outlet: f.Outlet, Since: f.Since, Until: f.Until, Text: f.Query, Sides: sides}
	if f.Query != "" && store.ParseQuery(f.Query).Empty() {
		return nil, fmt.Errorf("query %q: %w: no words to search for", f.Query, store.ErrBadQuery)
	}
	needAnalyzer := func() (*nlp.Analyzer, error) {
		if an != nil {
			return an, nil
		}
		return nlp.NewAnalyzer()
	}
	switch strings.ToLower(strings.TrimSpace(name)) {
	case TableArticles:
		return &articlesTable{src: src, f: af}, nil
	case TableEvents, "stories":
		return &eventsTable{src: src, q: store.StoryQuery{Outlet: f.Outlet, Since: f.Since, Until: f.Until, Text: f.Query}, sides: sides}, nil
	case TableStorylines:
		if f.Outlet != "" || f.Query != "" || f.Lean != "" {
			return nil, fmt.Errorf("%w: storylines are filtered by --since and --until only", ErrBadFilter)
		}
		return &storylinesTable{src: src, q: store.StorylineQuery{Since: f.Since, Until: f.Until}}, nil
	case TableCopies:
		return &copiesTable{src: src, f: af}, nil
	case TableQuotes, TableNames, TableNumbers:
		a, err := needAnalyzer()
		if err != nil {
			return nil, err
		}
		return newAnalysisTable(strings.ToLower(strings.TrimSpace(name)), src, a, af), nil
	}
	return nil, fmt.Errorf("%w %q: want one of %s", ErrUnknownTable, name, strings.Join(Tables, ", "))
}

// articlesTable is every article with its text and event.
type articlesTable struct {
	src Source
	f   store.ArticleFilter
}

func (t *articlesTable) Name() string { return TableArticles }

func (t *articlesTable) Columns() []Column {
	return []Column{{"id", String}, {"outlet", String}, {"url", String}, {"title", String}, {"authors", Strings},
		{"published", String}, {"language", String}, {"categories", Strings}, {"tags", Strings}, {"excerpt", String},
		{"words", Int}, {"event", String}, {"added", Time}, {"updated", Time}, {"revision", Int},
		{"content_hash", String}, {"source", String}, {"text", String}}
}

func (t *articlesTable) Rows(ctx context.Context, emit func(Row) error) error {
	return t.src.EachArticle(ctx, t.f, func(a *article.Article, story string) error {
		return emit(Row{a.ID, a.Outlet, a.URL, a.Title, a.Authors, dateText(a.Published), a.Language, a.Categories,
			a.Tags, a.Excerpt, int64(a.Words()), story, a.Added, a.Updated, int64(a.Revision), a.ContentHash,
			a.Source.Location, a.Text()})
	})
}

// dateText is a publication date as the JSON output writes it: a day, a
// time without zone, or RFC 3339; "" when unknown.
func dateText(d article.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.String()
}

// eventsTable is every event (story) with its summary.
type eventsTable struct {
	src   Source
	q     store.StoryQuery
	sides []outlet.Side
}

func (t *eventsTable) Name() string { return TableEvents }

func (t *eventsTable) Columns() []Column {
	return []Column{{"id", String}, {"title", String}, {"first", Time}, {"last", Time}, {"outlets", Strings},
		{"outlet_count", Int}, {"articles", Int}, {"entities", Strings}, {"terms", Strings}, {"updated", Time}}
}

func (t *eventsTable) Rows(ctx context.Context, emit func(Row) error) error {
	return t.src.EachStory(ctx, t.q, t.sides, func(s store.Story) error {
		return emit(Row{s.ID, s.Title, s.First.Time, s.Last.Time, s.Outlets, int64(len(s.Outlets)), int64(s.Articles), s.Entities, s.Terms, s.Updated})
	})
}

// storylinesTable is every storyline (a thread of events) with its
// summary, newest first, read a page at a time.
type storylinesTable struct {
	src Source
	q   store.StorylineQuery
}

// storylinePage is how many storylines one read takes.
const storylinePage = 1000

func (t *storylinesTable) Name() string { return TableStorylines }

func (t *storylinesTable) Columns() []Column {
	return []Column{{"id", String}, {"title", String}, {"first", Time}, {"last", Time}, {"events", Int},
		{"articles", Int}, {"outlets", Strings}, {"outlet_count", Int}, {"entities", Strings}, {"terms", Strings}, {"updated", Time}}
}

func (t *storylinesTable) Rows(ctx context.Context, emit func(Row) error) error {
	q := t.q
	q.Limit = storylinePage
	for {
		page, err := t.src.Storylines(ctx, q)
		if err != nil {
			return fmt.Errorf("export storylines: %w", err)
		}
		for _, l := range page {
			if err := emit(Row{l.ID, l.Title, l.First.Time, l.Last.Time, int64(l.Stories), int64(l.Articles), l.Outlets,
				int64(len(l.Outlets)), l.Entities, l.Terms, l.Updated}); err != nil {
				return err
			}
		}
		if len(page) < storylinePage {
			return nil
		}
		q.Offset += len(page)
	}
}

// copiesTable is every copy relation with both articles' outlets and
// titles, and whether the copy credits its source.
type copiesTable struct {
	src Source
	f   store.ArticleFilter
}

func (t *copiesTable) Name() string { return TableCopies }

func (t *copiesTable) Columns() []Column {
	return []Column{{"source", String}, {"copy", String}, {"kind", String}, {"extent", String}, {"share", Float},
		{"source_share", Float}, {"shared_words", Int}, {"source_words", Int}, {"copy_words", Int}, {"basis", String},
		{"source_outlet", String}, {"source_title", String}, {"source_published", String}, {"source_url", String},
		{"copy_outlet", String}, {"copy_title", String}, {"copy_published", String}, {"copy_url", String},
		{"credits_source", Bool}, {"found", Time}, {"direction_known", Bool}}
}

func (t *copiesTable) Rows(ctx context.Context, emit func(Row) error) error {
	return t.src.EachCopyLink(ctx, t.f, func(l store.CopyLink, src, cp store.Brief) error {
		var m dedup.Match
		if err := json.Unmarshal(l.Detail, &m); err != nil {
			return fmt.Errorf("copy %s -> %s: %w", l.Source, l.Copy, err)
		}
		var credited any
		ca, err1 := t.src.Get(ctx, l.Copy)
		sa, err2 := t.src.Get(ctx, l.Source)
		if err1 == nil && err2 == nil {
			credited = copies.SameOutlet(ca, sa) || copies.Credits(ca, sa)
		}
		return emit(Row{l.Source, l.Copy, l.Kind, m.Extent, l.Share, m.SourceShare, int64(m.SharedWords), int64(m.SourceWords),
			int64(m.CopyWords), m.Basis, src.Outlet, src.Title, dateText(src.Published), src.URL,
			cp.Outlet, cp.Title, dateText(cp.Published), cp.URL, credited, l.Found, dedup.DirectionKnown(m.Basis)})
	})
}
