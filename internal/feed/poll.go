package feed

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/fetch"
	"github.com/parallax-news/parallax/internal/store"
)

// feedAccept is the Accept header for feeds.
const feedAccept = "application/rss+xml,application/atom+xml,application/feed+json,application/json;q=0.9,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5"

// maxFeedBody limits a feed document's size on the wire.
const maxFeedBody = 4 << 20

// maxSeenPerPoll bounds the item keys one poll marks seen.
const maxSeenPerPoll = maxFeedItems

// Poll polls one feed once: a conditional GET, then the new items'
// articles stored, and the feed's state (validators, interval, next poll,
// failures) saved. Failures are in the Result, not returned.
func (p *Poller) Poll(ctx context.Context, f store.Feed) Result {
	sch := p.schedule()
	res := Result{}
	resp, err := p.Client.Get(ctx, fetch.Request{URL: f.URL, ETag: f.ETag, LastModified: f.LastModified,
		Accept: feedAccept, MaxBody: maxFeedBody})
	now := p.now()
	f.LastPolled = now
	if f.Interval <= 0 {
		f.Interval = sch.Initial
	}
	var parsed *Feed
	if err == nil && !resp.NotModified {
		parsed, err = parse(resp.Body, f.URL)
		if err != nil {
			err = &fetch.Error{URL: redact(f.URL), Err: err}
		}
	}
	if err != nil {
		if ctx.Err() != nil {
			res.Feed, res.Err = f, ctx.Err()
			return res
		}
		return p.failed(ctx, f, now, err)
	}
	f.Failures, f.LastError = 0, ""
	f.ETag, f.LastModified = resp.ETag, resp.LastModified
	if resp.NotModified {
		res.NotModified = true
		f.Interval = sch.Adapt(f.Interval, nil, false)
		f.NextPoll = sch.Next(now, f.Interval, resp.MaxAge, 0)
		res.Feed = p.save(ctx, f, &res)
		return res
	}
	if parsed.Title != "" {
		f.Title = parsed.Title
	}
	if parsed.SiteURL != "" {
		f.SiteURL = parsed.SiteURL
	}
	p.storeNew(ctx, &f, parsed, &res)
	if ctx.Err() != nil {
		res.Feed, res.Err = f, ctx.Err()
		return res
	}
	dates := make([]time.Time, len(parsed.Items))
	for i, it := range parsed.Items {
		dates[i] = it.Published
	}
	f.Interval = sch.Adapt(f.Interval, dates, res.New > 0)
	f.NextPoll = sch.Next(now, f.Interval, resp.MaxAge, parsed.TTL)
	res.Feed = p.save(ctx, f, &res)
	return res
}

// failed records a failed poll of f: one failure more, its reason, and the
// next poll backed off (at least as long as the server asked).
func (p *Poller) failed(ctx context.Context, f store.Feed, now time.Time, err error) Result {
	sch := p.schedule()
	if f.Interval <= 0 {
		f.Interval = sch.Initial
	}
	f.LastPolled = now
	f.Failures++
	f.LastError = fetch.Reason(err)
	f.NextPoll = now.Add(max(sch.Backoff(f.Interval, f.Failures), fetch.RetryAfter(err, now)))
	res := Result{Err: err}
	res.Feed = p.save(ctx, f, &res)
	return res
}

// save stores the feed's state; a failure to do so becomes the result's
// error when there was none.
func (p *Poller) save(ctx context.Context, f store.Feed, res *Result) store.Feed {
	if err := p.Feeds.UpdateFeed(ctx, f); err != nil && res.Err == nil {
		res.Err = err
	}
	return f
}

// storeNew fetches and stores the articles of the items the feed has not
// seen, newest first, and marks them seen, those that failed included (so
// that a bad item is not tried, and cannot fail, again).
func (p *Poller) storeNew(ctx context.Context, f *store.Feed, parsed *Feed, res *Result) {
	byKey := map[string]Item{}
	keys := make([]string, 0, len(parsed.Items))
	items := slices.Clone(parsed.Items)
	slices.SortStableFunc(items, func(a, b Item) int { return b.Published.Compare(a.Published) })
	for _, it := range items {
		if len(keys) >= maxSeenPerPoll {
			break // the newest are kept; the rest are left for later
		}
		if _, dup := byKey[it.Key]; !dup {
			byKey[it.Key] = it
			keys = append(keys, it.Key)
		}
	}
	unseen, err := p.Feeds.Unseen(ctx, f.ID, keys)
	if err != nil {
		res.Err = err
		return
	}
	res.New = len(unseen)
	maxItems := p.MaxItems
	if maxItems <= 0 {
		maxItems = 100
	}
	if p.Queue != nil {
		p.queueNew(ctx, f, parsed, byKey, unseen, maxItems, res)
		return
	}
	var arts []*article.Article
	var done []string
	for i, k := range unseen {
		if i >= maxItems {
			done = append(done, k) // too many at once: skipped for good
			continue
		}
		a, warnings, err := p.safeItemArticle(ctx, parsed, byKey[k])
		if ctx.Err() != nil {
			break
		}
		p.warn(byKey[k], warnings)
		if err != nil {
			res.Failed++
			p.warn(byKey[k], []string{fetch.Reason(err)})
		} else {
			arts = append(arts, a)
		}
		done = append(done, k)
	}
	if len(arts) > 0 {
		put, err := p.Articles.Put(ctx, arts)
		if err != nil {
			res.Err = err
			return // not marked seen: tried again next time
		}
		for _, r := range put {
			switch r.Outcome {
			case store.Added, store.Revised:
				res.Stored++
			case store.Unchanged:
				res.Unchanged++
			}
		}
		f.Articles += res.Stored
	}
	if err := p.Feeds.MarkSeen(ctx, f.ID, done); err != nil && !errors.Is(err, context.Canceled) {
		res.Err = err
	}
}

// queueNew hands the unseen items to the Queue, newest first, and marks
// those it took (or refused for good) seen.
func (p *Poller) queueNew(ctx context.Context, f *store.Feed, parsed *Feed, byKey map[string]Item, unseen []string, maxItems int, res *Result) {
	var done []string
	for i, k := range unseen {
		if i >= maxItems {
			done = append(done, k) // too many at once: skipped for good
			continue
		}
		it := byKey[k]
		err := p.Queue.QueueItem(ctx, jobOf(parsed, it, f.ID))
		if errors.Is(err, ErrSkipItem) {
			res.Failed++
			p.warn(it, []string{err.Error()})
			done = append(done, k)
			continue
		}
		if err != nil {
			res.Err = fmt.Errorf("queue the items of feed %s: %w", redact(f.URL), err)
			break // the rest are queued at the next poll
		}
		res.Queued++
		done = append(done, k)
	}
	if err := p.Feeds.MarkSeen(ctx, f.ID, done); err != nil && !errors.Is(err, context.Canceled) && res.Err == nil {
		res.Err = err
	}
}

// safeItemArticle is itemArticle with a panic turned into the item's
// error.
func (p *Poller) safeItemArticle(ctx context.Context, parsed *Feed, it Item) (a *article.Article, warnings []string, err error) {
	defer func() {
		if r := recover(); r != nil {
			a, err = nil, fmt.Errorf("internal error while reading the item (a bug; please report it): %v", r)
		}
	}()
	if p.readItem != nil {
		return p.readItem(ctx, parsed, it)
	}
	return itemArticle(ctx, p.Client, parsed, it, p.MaxPageBytes)
}

func (p *Poller) warn(it Item, msgs []string) {
	if p.Warn == nil {
		return
	}
	input := it.URL
	if input == "" {
		input = it.Key
	}
	for _, m := range msgs {
		p.Warn(input, m)
	}
}
