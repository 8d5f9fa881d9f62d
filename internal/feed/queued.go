package feed

import (
	"context"
	"errors"
	"time"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/fetch"
)

// ItemJob is a feed item handed to a worker to read (watch and feeds poll
// given a queue): its page's address and what the feed says of it, so
// that the worker makes of it the article the poller would have made.
type ItemJob struct {
	// FeedID is the feed's id in the store; Key the item's key in it.
	FeedID int64  `json:"feed_id"`
	Key    string `json:"key"`
	// URL is the page to fetch; empty when the item has none (or its link
	// was refused: LinkError says why), and the feed's content is the
	// article.
	URL        string    `json:"url,omitempty"`
	LinkError  string    `json:"link_error,omitempty"`
	FeedTitle  string    `json:"feed_title,omitempty"`
	Title      string    `json:"title,omitempty"`
	Published  time.Time `json:"published,omitzero"`
	Authors    []string  `json:"authors,omitempty"`
	Categories []string  `json:"categories,omitempty"`
	// Summary and Content are the feed's HTML (or text) for the item.
	Summary string `json:"summary,omitempty"`
	Content string `json:"content,omitempty"`
}

// Input names the item in messages: its page, else its key.
func (j ItemJob) Input() string {
	if j.URL != "" {
		return j.URL
	}
	return j.Key
}

// jobOf is what a worker needs of an item of feed f (id feedID).
func jobOf(f *Feed, it Item, feedID int64) ItemJob {
	j := ItemJob{FeedID: feedID, Key: it.Key, URL: it.URL, FeedTitle: f.Title, Title: it.Title,
		Published: it.Published, Authors: it.Authors, Categories: it.Categories, Summary: it.Summary, Content: it.Content}
	if it.LinkErr != nil {
		j.LinkError = it.LinkErr.Error()
	}
	return j
}

// ItemQueue takes the new items of the feeds a Poller polls, for workers
// to read, instead of the Poller reading and storing them itself.
type ItemQueue interface {
	// QueueItem queues one item. An error wrapping ErrSkipItem refuses
	// that item alone (it is counted failed and not tried again); any
	// other stops the poll: the items not queued yet are tried at the
	// next poll.
	QueueItem(ctx context.Context, j ItemJob) error
}

// ErrSkipItem marks an item an ItemQueue cannot take (too large for a
// message).
var ErrSkipItem = errors.New("item cannot be queued")

// ReadItem reads a queued item's article as the poller reads an item: its
// page's, completed from what the feed says, or the feed's own content
// when the page cannot be had. retry, when not nil, is asked first about a
// page that could not be had: when it says so, ReadItem returns the page's
// error, for the item to be tried again later, instead of falling back on
// the feed's content.
func ReadItem(ctx context.Context, c *fetch.Client, j ItemJob, maxBytes int64, retry func(error) bool) (*article.Article, []string, error) {
	var warnings []string
	if j.LinkError != "" {
		warnings = append(warnings, "link not followed, feed content instead: "+j.LinkError)
	}
	if j.URL != "" {
		a, w, err := FetchPage(ctx, c, j.URL, maxBytes)
		warnings = append(warnings, w...)
		if err == nil {
			j.fill(a)
			if _, err := a.Finish(); err != nil { // cleans what the feed added
				return nil, warnings, err
			}
			return a, warnings, nil
		}
		if ctx.Err() != nil {
			return nil, warnings, ctx.Err()
		}
		if retry != nil && retry(err) {
			return nil, warnings, err
		}
		warnings = append(warnings, "page not used, feed content instead: "+fetch.Reason(err))
	}
	a := &article.Article{Title: j.Title, URL: j.URL, Authors: j.Authors, Categories: j.Categories,
		Outlet: j.FeedTitle, Source: article.Source{Location: j.URL, Format: "feed"}}
	if !j.Published.IsZero() {
		a.Published = article.DateOf(j.Published)
	}
	a.Paragraphs = Paragraphs(j.Content)
	if len(a.Paragraphs) == 0 {
		a.Paragraphs = Paragraphs(j.Summary)
	}
	if a.Source.Location == "" {
		a.Source.Location = j.Key
	}
	w, err := a.Finish()
	warnings = append(warnings, w...)
	if err != nil {
		return nil, warnings, err
	}
	return a, warnings, nil
}

// fill completes a page's article with what the feed says.
func (j ItemJob) fill(a *article.Article) {
	if a.Title == "" {
		a.Title = j.Title
	}
	if a.Published.IsZero() && !j.Published.IsZero() {
		a.Published = article.DateOf(j.Published)
	}
	if len(a.Authors) == 0 && len(j.Authors) > 0 {
		a.Authors = j.Authors
	}
	if len(a.Categories) == 0 && len(j.Categories) > 0 {
		a.Categories = j.Categories
	}
	if a.Outlet == "" || a.Outlet == article.OutletFromURL(a.URL) {
		if j.FeedTitle != "" {
			a.Outlet = j.FeedTitle
		}
	}
}
