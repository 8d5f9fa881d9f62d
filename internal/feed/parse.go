// Package feed follows news feeds: it parses RSS, Atom and JSON Feed
// documents (with gofeed, whose XML decoding never expands entities a
// document defines, so "billion laughs" feeds are inert), reads and writes
// OPML subscription lists, and polls feeds politely on an adaptive
// schedule, storing each new item's article.
package feed

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"
	"github.com/mmcdole/gofeed/rss"

	"github.com/parallax-news/parallax/internal/fetch"
)

// Feed is a parsed feed document.
type Feed struct {
	Title   string
	SiteURL string
	// TTL is the RSS <ttl>: how long the feed may be cached; zero if none.
	TTL   time.Duration
	Items []Item
}

// Item is one entry of a feed.
type Item struct {
	// Key identifies the item within its feed: its GUID or id, else its
	// link, else a hash of its title and date.
	Key string
	// URL is the item's absolute link, empty when it has none or when
	// the link was refused.
	URL string
	// LinkErr says why the item's http(s) link was refused (a host no
	// fetch may use, such as an IPv6 zone); the item's own content then
	// stands in for its page.
	LinkErr   error
	Title     string
	Published time.Time
	Authors   []string
	// Categories are the item's categories or tags.
	Categories []string
	// Summary and Content are HTML (or text) from the feed itself.
	Summary, Content string
}

// ErrNotFeed is returned (wrapped) for a document that is no RSS, Atom or
// JSON Feed.
var ErrNotFeed = errors.New("not an RSS, Atom or JSON feed")

// Parse reads a feed document fetched from feedURL (used to resolve
// relative links and in errors). Item links are checked as fetch.CheckURL
// checks URLs: a refused one is left out of the item's URL and said in
// its LinkErr.
func Parse(data []byte, feedURL string) (*Feed, error) {
	f, err := parse(data, feedURL)
	if err != nil {
		return nil, fmt.Errorf("parse feed %s: %w", redact(feedURL), err)
	}
	return f, nil
}

// parse is Parse with errors that do not name the feed.
func parse(data []byte, feedURL string) (*Feed, error) {
	p := gofeed.NewParser()
	p.KeepOriginalFeed = true
	gf, err := p.Parse(bytes.NewReader(data))
	if err != nil {
		if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
			err = ErrNotFeed
		}
		return nil, err
	}
	base, err := url.Parse(feedURL)
	if err != nil {
		base = nil
	}
	site, _ := resolve(base, gf.Link)
	f := &Feed{Title: strings.TrimSpace(gf.Title), SiteURL: site}
	if rf, ok := gf.OriginalFeed().(*rss.Feed); ok {
		if n, err := strconv.Atoi(strings.TrimSpace(rf.TTL)); err == nil && n > 0 {
			f.TTL = time.Duration(min(n, 7*24*60)) * time.Minute
		}
	}
	for _, gi := range gf.Items {
		if gi == nil {
			continue
		}
		it := Item{Title: clipText(strings.TrimSpace(gi.Title), maxTitleLen),
			Summary: gi.Description, Content: gi.Content, Categories: gi.Categories}
		it.URL, it.LinkErr = resolve(base, gi.Link)
		if it.URL == "" && it.LinkErr == nil {
			it.URL, it.LinkErr = resolve(nil, gi.GUID)
		}
		switch {
		case gi.PublishedParsed != nil:
			it.Published = *gi.PublishedParsed
		case gi.UpdatedParsed != nil:
			it.Published = *gi.UpdatedParsed
		}
		for _, a := range gi.Authors {
			if a != nil && strings.TrimSpace(a.Name) != "" {
				it.Authors = append(it.Authors, strings.TrimSpace(a.Name))
			}
		}
		it.Key = itemKey(gi.GUID, it)
		f.Items = append(f.Items, it)
	}
	f.Items = newest(f.Items, maxFeedItems)
	return f, nil
}

// Limits on what is kept of a parsed feed.
const (
	// maxFeedItems is how many items of one document are kept (the newest).
	maxFeedItems = 1000
	// maxKeyLen is the longest item key kept as it is; longer ones are hashed.
	maxKeyLen = 512
	// maxTitleLen is the longest item title kept, in bytes.
	maxTitleLen = 1024
)

// newest keeps the n newest items (undated ones count as oldest; among
// equals, the earlier in the document), in document order.
func newest(items []Item, n int) []Item {
	if len(items) <= n {
		return items
	}
	idx := make([]int, len(items))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return items[b].Published.Compare(items[a].Published) })
	idx = idx[:n]
	slices.Sort(idx)
	out := make([]Item, n)
	for i, j := range idx {
		out[i] = items[j]
	}
	return out
}

// clipText shortens s to at most n bytes, on a UTF-8 boundary.
func clipText(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// redact hides the password of a URL's userinfo, for messages.
func redact(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "(invalid URL)"
	}
	return u.Redacted()
}

// itemKey chooses an item's identity within its feed.
func itemKey(guid string, it Item) string {
	if g := strings.TrimSpace(guid); g != "" {
		return clipKey(g)
	}
	if it.URL != "" {
		return clipKey(it.URL)
	}
	h := sha256.Sum256([]byte(it.Title + "\x00" + it.Published.UTC().Format(time.RFC3339) + "\x00" + it.Summary))
	return "sha256:" + hex.EncodeToString(h[:12])
}

// clipKey hashes a key too long to keep.
func clipKey(k string) string {
	if len(k) <= maxKeyLen {
		return k
	}
	h := sha256.Sum256([]byte(k))
	return "sha256:" + hex.EncodeToString(h[:16])
}

// resolve makes ref absolute against base. It returns "" for anything
// that is not then an http(s) URL, and an error (naming the link) for an
// http(s) URL that fetch.CheckURL refuses.
func resolve(base *url.URL, ref string) (string, error) {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return "", nil
	}
	u, err := url.Parse(ref)
	if err != nil {
		if strings.HasPrefix(strings.ToLower(ref), "http://") || strings.HasPrefix(strings.ToLower(ref), "https://") {
			_, err = fetch.CheckURL(ref)
			return "", err
		}
		return "", nil
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return "", nil
	}
	abs := u.String()
	if _, err := fetch.CheckURL(abs); err != nil {
		return "", err
	}
	return abs, nil
}
