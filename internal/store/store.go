// Package store defines what Parallax keeps and how callers reach it: the
// Store interface, everything the commands, the web server and the workers
// use, and the types it speaks. Backends live in subpackages (sqlite,
// postgres) and are chosen by the database's address through a Registry;
// storetest holds the one test suite every backend must pass.
package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/parallax-news/parallax/internal/article"
)

// Errors that implementations return (wrapped) and callers test for.
var (
	ErrNotFound  = errors.New("not found")
	ErrAmbiguous = errors.New("ambiguous id prefix")
	ErrBadQuery  = errors.New("bad search query")
	// ErrConflict is a compare-and-swap that lost: what was read changed
	// before it was written back.
	ErrConflict = errors.New("changed since it was read")
	// ErrNoDatabase is an Open without Create that found no database.
	ErrNoDatabase = errors.New("no database")
	// ErrNoLean: a filter by lean in a store where no outlet has a lean
	// rating, which would silently match nothing.
	ErrNoLean = errors.New("no outlet has a lean rating in this database (add some with 'parallax outlets import' or 'parallax outlets set --lean'), so a lean filter would match nothing")
	// ErrShortID is an id prefix shorter than MinPrefix characters.
	ErrShortID = fmt.Errorf("id prefix shorter than the %d-character minimum", MinPrefix)
)

// MinPrefix is the fewest characters of an id that Get and Story accept
// as a prefix.
const MinPrefix = 4

// Outcome says what Put did with one article.
type Outcome int

// Outcomes of Put.
const (
	Added     Outcome = iota + 1 // a new article
	Unchanged                    // the same text was already stored
	Revised                      // same identity (URL), new text: a new revision
)

// String names the outcome as the CLI and JSON show it.
func (o Outcome) String() string {
	switch o {
	case Added:
		return "added"
	case Unchanged:
		return "unchanged"
	case Revised:
		return "revised"
	}
	return "unknown"
}

// MarshalText writes the outcome's name.
func (o Outcome) MarshalText() ([]byte, error) { return []byte(o.String()), nil }

// UnmarshalText reads what MarshalText writes.
func (o *Outcome) UnmarshalText(b []byte) error {
	for _, v := range []Outcome{Added, Unchanged, Revised} {
		if string(b) == v.String() {
			*o = v
			return nil
		}
	}
	return fmt.Errorf("unknown outcome %q", b)
}

// PutResult is what Put did with one article.
type PutResult struct {
	ID       string  `json:"id"`
	Outcome  Outcome `json:"outcome"`
	Revision int     `json:"revision"`
}

// ListQuery filters and pages a listing of articles. Zero values do not
// filter.
type ListQuery struct {
	Outlet string
	// Since and Until bound the published time (inclusive, exclusive).
	Since, Until time.Time
	Limit        int // 0 means no limit
	Offset       int
}

// Hit is one search result.
type Hit struct {
	Article *article.Article `json:"article"`
	// Snippet is a short extract around the matches, with each matched
	// term wrapped in ** as in Markdown.
	Snippet string `json:"snippet"`
	// Score orders hits: higher is better.
	Score float64 `json:"score"`
}

// Revision is an earlier version of an article, superseded by a later one.
type Revision struct {
	Revision    int       `json:"revision"`
	ContentHash string    `json:"content_hash"`
	Title       string    `json:"title"`
	Paragraphs  []string  `json:"paragraphs"`
	Source      string    `json:"source"`
	Added       time.Time `json:"added"`
}

// Store is everything Parallax keeps: articles, copy detection, stories,
// outlets, cleaning models, feeds, watches (with their webhook
// deliveries), the streams of exports, and leases. All methods are safe
// for concurrent use, and several processes (on several machines, for a
// database server) may use one store at once.
type Store interface {
	ArticleStore
	CopyStore
	StoryStore
	OutletStore
	CleanStore
	FeedStore
	WatchStore
	ExportStore
	LeaseStore
	// Close releases the store.
	Close() error
}

// ArticleStore keeps articles.
type ArticleStore interface {
	// Put stores articles (each already Identify'd) in one transaction and
	// says for each whether it was added, unchanged (same id and a text
	// seen before for it) or revised (same id, new text: the old text is
	// kept as a revision). Nothing is written if it fails.
	Put(ctx context.Context, arts []*article.Article) ([]PutResult, error)
	// Get returns one article by id or by a unique prefix of at least 4
	// characters: ErrNotFound or ErrAmbiguous otherwise.
	Get(ctx context.Context, id string) (*article.Article, error)
	// List returns articles newest published first (undated last, then
	// newest added first).
	List(ctx context.Context, q ListQuery) ([]*article.Article, error)
	// Count returns how many articles List would return without paging.
	Count(ctx context.Context, q ListQuery) (int, error)
	// Search finds articles whose title or text match a query: words (all
	// must match, stemmed), "quoted phrases", and word* prefixes. A query
	// with nothing to search for is ErrBadQuery. It sees every article
	// stored before it was called: it first indexes those that Put left
	// for IndexText.
	Search(ctx context.Context, query string, limit int) ([]Hit, error)
	// IndexText brings the full-text index up to date with up to limit
	// (all when limit <= 0) of the articles stored since, and returns how
	// many it indexed. Put leaves the indexing to it, so that storing a
	// large import does not wait for the index; Search runs it first, and
	// callers may run it ahead (with progress, or in the background) to
	// spare a search the wait.
	IndexText(ctx context.Context, limit int) (int, error)
	// TextPending counts the articles IndexText has yet to index.
	TextPending(ctx context.Context) (int, error)
	// Revisions returns the superseded versions of an article, oldest
	// first.
	Revisions(ctx context.Context, id string) ([]Revision, error)
}
