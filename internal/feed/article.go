package feed

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"mime"
	"strings"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/extract"
	"github.com/parallax-news/parallax/internal/fetch"
	"github.com/parallax-news/parallax/internal/ingest"
)

// ErrNotHTML is returned (wrapped) for a page that is not HTML.
var ErrNotHTML = errors.New("not an HTML page")

// FetchPage fetches one article page (robots.txt permitting) and extracts
// its main text and metadata, as for an HTML file. Its error is a
// *fetch.Error naming pageURL once (fetch.Reason gives the rest).
func FetchPage(ctx context.Context, c *fetch.Client, pageURL string, maxBytes int64) (*article.Article, []string, error) {
	resp, err := c.Get(ctx, fetch.Request{URL: pageURL, Robots: true, Accept: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"})
	if err != nil {
		return nil, nil, err
	}
	fail := func(err error) error { return &fetch.Error{URL: redact(pageURL), Err: err} }
	if !isHTMLType(resp.ContentType) {
		return nil, nil, fail(fmt.Errorf("%w (Content-Type %q)", ErrNotHTML, resp.ContentType))
	}
	doc, err := extract.HTML(ctx, bytes.NewReader(resp.Body), extract.Options{URL: resp.URL, MaxBytes: maxBytes})
	if err != nil {
		return nil, nil, fail(fmt.Errorf("extract: %w", err))
	}
	a := ingest.FromDocument(doc)
	if a.URL == "" {
		a.URL = resp.URL
	}
	a.Source = article.Source{Location: resp.URL, Format: "html"}
	w, err := a.Finish()
	if err != nil {
		return nil, w, fail(err)
	}
	return a, w, nil
}

// isHTMLType accepts HTML content types, and a missing one.
func isHTMLType(ct string) bool {
	if strings.TrimSpace(ct) == "" {
		return true
	}
	mt, _, err := mime.ParseMediaType(ct)
	return err == nil && (mt == "text/html" || mt == "application/xhtml+xml")
}

// itemArticle is a feed item's article: its page's, completed from the
// item, or the item's own content when the page cannot be had. warnings
// says why the page was not used. Errors and warnings do not name the
// item: the caller does.
func itemArticle(ctx context.Context, c *fetch.Client, f *Feed, it Item, maxBytes int64) (*article.Article, []string, error) {
	return ReadItem(ctx, c, jobOf(f, it, 0), maxBytes, nil)
}
