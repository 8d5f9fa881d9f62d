package view

import (
	"fmt"
	"net/url"
	"strings"
	"time"

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

// CheckFeedURL accepts an absolute http or https URL and returns it with
// its scheme and host lower-cased and without a fragment.
func CheckFeedURL(raw string) (string, error) {
	raw = strings.TrimSpace(raw)
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", fmt.Errorf("%q is not an http or https URL", raw)
	}
	u.Scheme, u.Host = strings.ToLower(u.Scheme), strings.ToLower(u.Host)
	u.Fragment = ""
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
