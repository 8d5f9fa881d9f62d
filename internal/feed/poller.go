package feed

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/parallax-news/parallax/internal/fetch"
	"github.com/parallax-news/parallax/internal/store"
)

// Poller polls the feeds of a FeedStore and stores their new articles.
type Poller struct {
	// Client fetches feeds and pages.
	Client *fetch.Client
	// Articles receives the articles.
	Articles store.Store
	// Feeds keeps the feeds and their state.
	Feeds store.FeedStore
	// Schedule bounds and adapts intervals; zero means DefaultSchedule.
	Schedule Schedule
	// Workers is how many feeds are polled at once; 0 means 4.
	Workers int
	// MaxItems limits the new items taken from one poll of one feed (the
	// newest first); the rest are marked seen. 0 means 100.
	MaxItems int
	// MaxPageBytes limits one page for extraction; 0 means extract's default.
	MaxPageBytes int64
	// Now tells the time; nil means time.Now.
	Now func() time.Time
	// Report, when set, is told the outcome of every poll as it ends.
	Report func(Result)
	// Warn, when set, receives warnings about single items.
	Warn func(input, msg string)
}

// Result is the outcome of one poll of one feed.
type Result struct {
	Feed store.Feed
	// NotModified: the server answered 304.
	NotModified bool
	// New counts the items not seen before; Stored the articles added or
	// revised from them; Failed the items that gave no article.
	New, Stored, Failed int
	// Err is the poll's failure (the feed could not be fetched or parsed).
	Err error
}

func (p *Poller) now() time.Time {
	if p.Now != nil {
		return p.Now()
	}
	return time.Now()
}

func (p *Poller) schedule() Schedule {
	if p.Schedule == (Schedule{}) {
		return DefaultSchedule()
	}
	return p.Schedule
}

// PollDue polls every feed whose next poll is due (feeds never polled are
// due at once), a few at a time, and returns their results in feed order.
// One feed's failure does not stop the others; only a failure to list the
// feeds, or a cancelled ctx, is returned as an error.
func (p *Poller) PollDue(ctx context.Context) ([]Result, error) {
	feeds, err := p.Feeds.Feeds(ctx)
	if err != nil {
		return nil, err
	}
	now := p.now()
	var due []store.Feed
	for _, f := range feeds {
		if !f.NextPoll.After(now) {
			due = append(due, f)
		}
	}
	workers := p.Workers
	if workers <= 0 {
		workers = 4
	}
	results := make([]Result, len(due))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range min(workers, len(due)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				results[i] = p.Poll(ctx, due[i])
				if p.Report != nil {
					p.Report(results[i])
				}
			}
		}()
	}
	for i := range due {
		select {
		case jobs <- i:
		case <-ctx.Done():
		}
		if ctx.Err() != nil {
			break
		}
	}
	close(jobs)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return results, err
	}
	return results, nil
}

// maxIdle is the longest Run sleeps before looking at the feed list again
// (to notice feeds added meanwhile).
const maxIdle = time.Minute

// Run polls due feeds until ctx is cancelled, sleeping until the next feed
// is due. It returns nil when stopped by ctx.
func (p *Poller) Run(ctx context.Context) error {
	for {
		if _, err := p.PollDue(ctx); err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return fmt.Errorf("poll feeds: %w", err)
		}
		wait := maxIdle
		if feeds, err := p.Feeds.Feeds(ctx); err == nil && len(feeds) > 0 {
			next := slices.MinFunc(feeds, func(a, b store.Feed) int { return a.NextPoll.Compare(b.NextPoll) }).NextPoll
			wait = min(max(next.Sub(p.now()), time.Second), maxIdle)
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil
		case <-t.C:
		}
	}
}
