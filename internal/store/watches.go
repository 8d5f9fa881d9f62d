package store

import (
	"context"
	"time"
)

// WatchSpec is what a watch looks for: a kind of finding and the filters
// it must pass. The store keeps it as given; package watches says what the
// kinds and filters mean and checks them.
type WatchSpec struct {
	Kind   string `json:"kind"`
	Query  string `json:"query,omitempty"`
	Entity string `json:"entity,omitempty"`
	Outlet string `json:"outlet,omitempty"`
	Lean   string `json:"lean,omitempty"`
	Event  string `json:"event,omitempty"`
}

// Watch is a saved search whose new matches are kept (and served as a
// feed) and, when it has a webhook, delivered to it.
type Watch struct {
	// ID is assigned by the store, from 1.
	ID    int64
	Title string
	Spec  WatchSpec
	// Webhook is the URL matches are POSTed to; empty for none.
	Webhook string
	// Secret is the key of the HMAC-SHA256 signature of each delivery.
	Secret  string
	Created time.Time
	// StorySeq and CheckSeq are the watch's cursors: the last story
	// assignment (Arrival.Seq) and copy check (CopyCheckRecord.Seq) it
	// has looked at. AddWatch starts them at the current ends, so that a
	// watch matches what arrives after it was made.
	StorySeq, CheckSeq int64
}

// Arrival is an article's assignment to a story, in the order
// assignments were made.
type Arrival struct {
	Seq     int64
	Article string
	Story   string
	// New is true when the article started the story.
	New bool
}

// CopyCheckRecord is one article's check for copies, in the order checks
// were made, with the relations it found.
type CopyCheckRecord struct {
	Seq     int64
	Article string
	Links   []CopyLink
}

// WatchMatch is one thing a watch matched.
type WatchMatch struct {
	// ID is assigned by the store, from 1.
	ID    int64
	Watch int64
	// Key identifies what was matched within the watch; a key is matched
	// once.
	Key   string
	Kind  string
	Found time.Time
	// Article and Story are the ids the match is about, when any.
	Article, Story string
	// Title, Summary and URL describe the match for people (a feed entry).
	Title, Summary, URL string
	// Payload is the JSON body of the match's webhook delivery, fixed when
	// the match is made so that every attempt sends the same bytes.
	Payload []byte
}

// Delivery states.
const (
	DeliveryPending   = "pending"
	DeliveryDelivered = "delivered"
	DeliveryFailed    = "failed" // given up
)

// Delivery is a match to send to its watch's webhook.
type Delivery struct {
	Match   WatchMatch
	Webhook string
	Secret  string
	// Attempts made before this one.
	Attempts int
}

// DeliveryAttempt is one entry of a watch's delivery log.
type DeliveryAttempt struct {
	ID    int64 `json:"id"`
	Watch int64 `json:"watch"`
	// Match is the delivered match's id; 0 for a test delivery (a ping).
	Match   int64     `json:"match"`
	Attempt int       `json:"attempt"`
	At      time.Time `json:"at"`
	// Status is the HTTP status of the answer, 0 when there was none.
	Status   int           `json:"status"`
	Error    string        `json:"error,omitempty"`
	Duration time.Duration `json:"-"`
	// Outcome is "delivered", "retry" (a next attempt is planned),
	// "failed" (given up) or "ping".
	Outcome string `json:"outcome"`
}

// DeliveryState is where a watch's deliveries stand.
type DeliveryState struct {
	Pending, Delivered, Failed int
}

// WatchStore keeps watches, their matches and their webhook deliveries.
// Implementations are safe for concurrent use by several processes.
type WatchStore interface {
	// AddWatch stores a new watch and returns it with its ID, creation
	// time and cursors set to the current ends.
	AddWatch(ctx context.Context, w Watch) (Watch, error)
	// Watches lists the watches by ID.
	Watches(ctx context.Context) ([]Watch, error)
	// GetWatch returns one watch; ErrNotFound when there is none.
	GetWatch(ctx context.Context, id int64) (Watch, error)
	// RemoveWatch removes a watch with its matches, deliveries and log;
	// ErrNotFound when there is none.
	RemoveWatch(ctx context.Context, id int64) error

	// Arrivals returns up to limit story assignments made after seq, in
	// order.
	Arrivals(ctx context.Context, after int64, limit int) ([]Arrival, error)
	// WatchEnds returns the seq of the last story assignment and of the
	// last copy check (0 when none), where a new watch's cursors start.
	WatchEnds(ctx context.Context) (storySeq, checkSeq int64, err error)
	// CopyChecksAfter returns up to limit copy checks made after seq, in
	// order, with the relations each found.
	CopyChecksAfter(ctx context.Context, after int64, limit int) ([]CopyCheckRecord, error)
	// MatchText returns which of the given articles match a full-text
	// query (as Search reads it); ErrBadQuery when it has nothing to
	// search for.
	MatchText(ctx context.Context, query string, ids []string) (map[string]bool, error)

	// SaveMatches records matches of one watch in one transaction and
	// moves its cursors to storySeq and checkSeq (a cursor never moves
	// back). A match whose key the watch already has is skipped. When the
	// watch has a webhook, each new match gets a pending delivery due at
	// once. It returns the matches added, with their IDs.
	SaveMatches(ctx context.Context, watch int64, ms []WatchMatch, storySeq, checkSeq int64) ([]WatchMatch, error)
	// Matches returns a watch's most recent matches, newest first.
	Matches(ctx context.Context, watch int64, limit int) ([]WatchMatch, error)

	// ClaimDeliveries takes up to limit pending deliveries due at now,
	// oldest first, for owner until leaseUntil: no other claim gets them
	// before then. A delivery whose claim lapsed (its process died) is
	// due again.
	ClaimDeliveries(ctx context.Context, owner string, now, leaseUntil time.Time, limit int) ([]Delivery, error)
	// FinishAttempt logs an attempt at a claimed delivery and settles it:
	// delivered, failed, or pending again at next (outcome "retry"). The
	// claim is released.
	FinishAttempt(ctx context.Context, a DeliveryAttempt, next time.Time) error
	// ReleaseDeliveries gives back what owner claimed and did not finish
	// (on shutdown), due at once.
	ReleaseDeliveries(ctx context.Context, owner string) error
	// LogAttempt adds an entry to a watch's delivery log without a
	// delivery (a test delivery).
	LogAttempt(ctx context.Context, a DeliveryAttempt) error
	// DeliveryLog returns a watch's most recent delivery attempts, newest
	// first.
	DeliveryLog(ctx context.Context, watch int64, limit int) ([]DeliveryAttempt, error)
	// DeliveryCounts says how many of a watch's deliveries are pending,
	// delivered and given up.
	DeliveryCounts(ctx context.Context, watch int64) (DeliveryState, error)
	// NextDelivery returns when the next pending delivery is due (zero
	// when none is pending).
	NextDelivery(ctx context.Context) (time.Time, error)
}
