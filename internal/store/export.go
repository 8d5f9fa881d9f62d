package store

import (
	"context"
	"time"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/outlet"
)

// ArticleFilter selects articles for an export. Zero values do not
// filter.
type ArticleFilter struct {
	Outlet string
	// Since and Until bound the published time (inclusive, exclusive);
	// undated articles pass only when neither is set.
	Since, Until time.Time
	// Text is a full-text query (as Search reads it).
	Text string
	// Sides keeps the articles whose outlet's lean (for the article's
	// section, see outlet.Leans) is on one of these sides. A store whose
	// outlets have no lean rating at all refuses it with ErrNoLean.
	Sides []outlet.Side
}

// Brief is what an export shows of the article on each side of a copy
// relation.
type Brief struct {
	ID        string
	Outlet    string
	Title     string
	URL       string
	Published article.Date
}

// ExportStore streams whole tables, one row at a time, so that an export
// of any size holds one row in memory. A callback's error stops the
// stream and is returned.
type ExportStore interface {
	// EachArticle calls fn for each article that passes f, oldest
	// published first (undated last), with the id of its story ("" when it
	// has none yet).
	EachArticle(ctx context.Context, f ArticleFilter, fn func(a *article.Article, story string) error) error
	// EachStory calls fn for each story q selects, in q's order; q.Limit
	// and q.Offset are ignored. Of sides, each must have an article in the
	// story from an outlet whose lean is on it (as the stories listing's
	// --lean); a store whose outlets have no lean rating refuses a side
	// with ErrNoLean.
	EachStory(ctx context.Context, q StoryQuery, sides []outlet.Side, fn func(Story) error) error
	// EachCopyLink calls fn for each copy relation one of whose articles
	// passes f, in the order relations were found.
	// LeanRated reports whether any outlet has a lean rating, that is
	// whether a filter by side can match anything.
	LeanRated(ctx context.Context) (bool, error)
	EachCopyLink(ctx context.Context, f ArticleFilter, fn func(l CopyLink, source, copy Brief) error) error
}
