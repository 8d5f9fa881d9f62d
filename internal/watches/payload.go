package watches

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"time"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/store"
)

// Payload is the JSON body of a webhook delivery: one match. Its field
// names are stable (README.md documents them); the optional objects are
// present for the kinds that have them.
type Payload struct {
	// ID identifies the match for good: it is the X-Parallax-Delivery
	// header too, the same on every attempt, so that a receiver can drop
	// a delivery it already has.
	ID    string       `json:"id"`
	Kind  string       `json:"kind"`
	Watch PayloadWatch `json:"watch"`
	Found time.Time    `json:"found"`
	// Title and Summary say what was found, for people.
	Title   string         `json:"title"`
	Summary string         `json:"summary"`
	Article *ArticleRef    `json:"article,omitempty"`
	Event   *EventRef      `json:"event,omitempty"`
	Outlet  string         `json:"outlet,omitempty"`
	Quote   *QuoteFinding  `json:"quote,omitempty"`
	Number  *NumberFinding `json:"number,omitempty"`
	Copy    *CopyFinding   `json:"copy,omitempty"`
}

// PayloadWatch names the watch that matched.
type PayloadWatch struct {
	ID          int64  `json:"id"`
	Title       string `json:"title"`
	Description string `json:"description"`
}

// ArticleRef is an article as a match shows it.
type ArticleRef struct {
	ID        string       `json:"id"`
	Outlet    string       `json:"outlet"`
	Title     string       `json:"title"`
	URL       string       `json:"url,omitempty"`
	Published article.Date `json:"published"`
}

func refOf(a *article.Article) *ArticleRef {
	return &ArticleRef{ID: a.ID, Outlet: a.Outlet, Title: a.Title, URL: a.URL, Published: a.Published}
}

// EventRef is an event (a story) as a match shows it.
type EventRef struct {
	ID       string   `json:"id"`
	Title    string   `json:"title"`
	Outlets  []string `json:"outlets"`
	Articles int      `json:"articles"`
}

// QuoteFinding is a quote one article gives in other words than another.
type QuoteFinding struct {
	Speaker string `json:"speaker"`
	// Kind is "altered".
	Kind string `json:"kind"`
	// From is the earlier article's quote, To the new article's (or the
	// other way round when the new article is the earlier one).
	FromArticle string `json:"from_article"`
	ToArticle   string `json:"to_article"`
	FromText    string `json:"from_text"`
	ToText      string `json:"to_text"`
	// Inline is the word diff: [-removed-] {+inserted+}.
	Inline string `json:"inline"`
}

// NumberFinding is a quantity the articles of an event give differently.
type NumberFinding struct {
	What   string        `json:"what"`
	Kind   string        `json:"kind"`
	Unit   string        `json:"unit,omitempty"`
	Values []NumberValue `json:"values"`
}

// NumberValue is one article's number.
type NumberValue struct {
	Article  string  `json:"article"`
	Outlet   string  `json:"outlet"`
	Text     string  `json:"text"`
	Value    float64 `json:"value"`
	Sentence string  `json:"sentence"`
}

// CopyFinding is a copy relation whose copy does not credit its source.
type CopyFinding struct {
	Source *ArticleRef `json:"source"`
	Copy   *ArticleRef `json:"copy"`
	Kind   string      `json:"kind"`
	Share  float64     `json:"share"`
	// Credited is false: the copy does not name the source's outlet.
	Credited bool `json:"credited"`
}

// matchID is the stable id of a watch's match of key.
func matchID(watch int64, key string) string {
	h := sha256.Sum256([]byte(strconv.FormatInt(watch, 10) + "\x00" + key))
	return hex.EncodeToString(h[:8])
}

// PingPayload is the body of a test delivery.
func PingPayload(w store.Watch, now time.Time) Payload {
	return Payload{ID: "ping-" + matchID(w.ID, now.String()), Kind: "ping", Found: now.UTC(),
		Watch:   PayloadWatch{ID: w.ID, Title: w.Title, Description: Describe(w.Spec)},
		Title:   "Test delivery from Parallax",
		Summary: "This is a test delivery: the webhook of watch " + strconv.FormatInt(w.ID, 10) + " is reachable and its signature can be checked."}
}
