package view

import (
	"net/url"
	"strings"
	"time"

	"github.com/parallax-news/parallax/internal/fetch"
	"github.com/parallax-news/parallax/internal/store"
)

// Feed is a followed feed as `feeds list --json` prints it and the API
// returns it.
type Feed struct {
	ID              int64      `json:"id"`
	URL             string     `json:"url"`
	Title           string     `json:"title"`
	SiteURL         string     `json:"site_url,omitempty"`
	Added           time.Time  `json:"added"`
	LastPolled      *time.Time `json:"last_polled"`
	NextPoll        *time.Time `json:"next_poll"`
	IntervalSeconds int64      `json:"interval_seconds"`
	Failures        int        `json:"failures"`
	LastError       string     `json:"last_error,omitempty"`
	Articles        int        `json:"articles"`
	ETag            string     `json:"etag,omitempty"`
	LastModified    string     `json:"last_modified,omitempty"`
}

// FeedOf returns the view of a stored feed. A password in the feed's URL
// is shown as "xxxxx".
func FeedOf(f store.Feed) Feed {
	return Feed{ID: f.ID, URL: redact(f.URL), Title: f.Title, SiteURL: f.SiteURL, Added: f.Added,
		LastPolled: timeOrNil(f.LastPolled), NextPoll: timeOrNil(f.NextPoll),
		IntervalSeconds: int64(f.Interval / time.Second), Failures: f.Failures, LastError: f.LastError,
		Articles: f.Articles, ETag: f.ETag, LastModified: f.LastModified}
}

func timeOrNil(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	return &t
}

// CheckFeedURL accepts a URL a feed can be fetched from (as
// fetch.CheckURL says: absolute http or https, and a host a fetch may use)
// and returns it with its scheme and host lower-cased and without a
// fragment. The error names the URL (password hidden) and the reason.
func CheckFeedURL(raw string) (string, error) {
	u, err := fetch.CheckURL(raw)
	if err != nil {
		return "", err
	}
	u.Scheme, u.Host = strings.ToLower(u.Scheme), strings.ToLower(u.Host)
	u.Fragment, u.RawFragment = "", ""
	return u.String(), nil
}

// redact hides the password of a URL.
func redact(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return raw
	}
	return u.Redacted()
}
