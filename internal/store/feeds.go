package store

import (
	"context"
	"time"
)

// Feed is one followed feed and its polling state.
type Feed struct {
	// ID is assigned by the store, from 1.
	ID int64
	// URL is the feed's address, as added.
	URL string
	// Title is the feed's own title once polled, or the title an OPML
	// import gave.
	Title string
	// SiteURL is the site the feed belongs to, when known.
	SiteURL string
	// Added is when the feed was added.
	Added time.Time

	// ETag and LastModified are the validators of the last response.
	ETag, LastModified string
	// LastPolled is when the feed was last asked for (zero: never).
	LastPolled time.Time
	// NextPoll is when it should next be asked for (zero: at once).
	NextPoll time.Time
	// Interval is the current polling interval, adapted to how often the
	// feed publishes.
	Interval time.Duration
	// Failures counts consecutive failed polls; it drives the backoff.
	Failures int
	// LastError is the last poll's error, empty after a success.
	LastError string
	// Articles counts the articles stored from this feed.
	Articles int
}

// FeedStore keeps the followed feeds, their polling state and which of
// their items have been seen. Implementations are safe for concurrent use.
type FeedStore interface {
	// AddFeed adds a feed by URL; adding a URL again returns the stored
	// feed with created false.
	AddFeed(ctx context.Context, f Feed) (stored Feed, created bool, err error)
	// Feeds lists all feeds by ID.
	Feeds(ctx context.Context) ([]Feed, error)
	// RemoveFeed removes a feed and its seen items: ErrNotFound when there
	// is no such feed.
	RemoveFeed(ctx context.Context, id int64) error
	// UpdateFeed saves a feed's title, site and polling state.
	UpdateFeed(ctx context.Context, f Feed) error
	// Unseen returns the keys (item GUIDs or links) that the feed has not
	// seen yet, in the order given.
	Unseen(ctx context.Context, feedID int64, keys []string) ([]string, error)
	// MarkSeen records item keys as seen for the feed.
	MarkSeen(ctx context.Context, feedID int64, keys []string) error
}
