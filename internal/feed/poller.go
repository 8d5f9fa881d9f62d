package feed

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/fetch"
	"github.com/parallax-news/parallax/internal/store"
)

// Poller polls the feeds of a FeedStore and stores their new articles.
type Poller struct {
	// Client fetches feeds and pages.
	Client *fetch.Client
	// Articles receives the articles.
	Articles store.ArticleStore
	// Queue, when set, takes the new items for workers to read and store
	// (see ItemQueue); Articles is then not used.
	Queue ItemQueue
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
	// Round, when set, is told the outcome of every round Run makes.
	Round func(Round)

	// readItem reads one item's article: itemArticle, unless a test says
	// otherwise.
	readItem func(ctx context.Context, f *Feed, it Item) (*article.Article, []string, error)
}

// Result is the outcome of one poll of one feed.
type Result struct {
	Feed store.Feed
	// NotModified: the server answered 304.
	NotModified bool
	// New counts the items not seen before; Stored the articles added or
	// revised from them; Unchanged those already stored as they are (from
	// another feed, or fetched before); Failed the items that gave no
	// article.
	New, Stored, Unchanged, Failed int
	// Queued counts the items handed to Queue (when the Poller has one)
	// for workers to read.
	Queued int
	// Err is the poll's failure (the feed could not be fetched or parsed,
	// or its state not saved). A fetch's error names the feed's URL
	// (fetch.Reason gives the rest).
	Err error
}

// Round is the outcome of one round of polling: the feeds that were due,
// polled, and those that were not.
type Round struct {
	// Results are the polls, in feed order.
	Results []Result
	// BackedOff are the feeds not polled because they are waiting after
	// failures (or after a server asked for a pause).
	BackedOff []store.Feed
	// NotDue counts the other feeds not polled: not due yet.
	NotDue int
	// Err is why the round failed as a whole (the feeds could not be
	// listed, ctx was cancelled); one feed's failure is in its Result.
	Err error
}

// Totals sums the round's results.
func (r Round) Totals() (polled, newItems, stored, unchanged, failedItems, errs int) {
	for _, res := range r.Results {
		polled++
		newItems += res.New
		stored += res.Stored
		unchanged += res.Unchanged
		failedItems += res.Failed
		if res.Err != nil {
			errs++
		}
	}
	return
}

// Queued sums the items the round's polls queued.
func (r Round) Queued() int {
	n := 0
	for _, res := range r.Results {
		n += res.Queued
	}
	return n
}

// BackedOffUntil is when the first backed-off feed is due again; zero
// when none is backed off.
func (r Round) BackedOffUntil() time.Time {
	var first time.Time
	for _, f := range r.BackedOff {
		if first.IsZero() || f.NextPoll.Before(first) {
			first = f.NextPoll
		}
	}
	return first
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
// due at once), a few at a time, and says which were not polled. One
// feed's failure does not stop the others; only a failure to list the
// feeds, or a cancelled ctx, is returned as an error (and in Round.Err).
func (p *Poller) PollDue(ctx context.Context) (Round, error) {
	feeds, err := p.Feeds.Feeds(ctx)
	if err != nil {
		err = fmt.Errorf("list feeds: %w", err)
		return Round{Err: err}, err
	}
	now := p.now()
	var round Round
	var due []store.Feed
	for _, f := range feeds {
		switch {
		case !f.NextPoll.After(now):
			due = append(due, f)
		case f.Failures > 0:
			round.BackedOff = append(round.BackedOff, f)
		default:
			round.NotDue++
		}
	}
	round.Results, round.Err = p.PollFeeds(ctx, due)
	return round, round.Err
}

// PollFeeds polls the given feeds now, whether due or not (back-off
// ignored), a few at a time, and returns their results in the order
// given. Only a cancelled ctx is returned as an error.
func (p *Poller) PollFeeds(ctx context.Context, feeds []store.Feed) ([]Result, error) {
	workers := p.Workers
	if workers <= 0 {
		workers = 4
	}
	results := make([]Result, len(feeds))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range min(workers, len(feeds)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				results[i] = p.safePoll(ctx, feeds[i])
				if p.Report != nil {
					p.Report(results[i])
				}
			}
		}()
	}
	for i := range feeds {
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
	return results, ctx.Err()
}

// safePoll is Poll with a panic turned into the feed's failure, recorded
// (and backed off) like any other, so that one bad feed can neither stop
// the others nor take the process down.
func (p *Poller) safePoll(ctx context.Context, f store.Feed) (res Result) {
	defer func() {
		if r := recover(); r != nil {
			err := &fetch.Error{URL: redact(f.URL), Err: fmt.Errorf("internal error while polling (a bug; please report it): %v", r)}
			res = Result{Feed: f, Err: err}
			func() {
				defer func() { _ = recover() }() // the failure is reported even if it cannot be saved
				res = p.failed(ctx, f, p.now(), err)
			}()
		}
	}()
	return p.Poll(ctx, f)
}

// maxIdle is the longest Run sleeps before looking at the feed list again
// (to notice feeds added meanwhile).
const maxIdle = time.Minute

// Run polls due feeds until ctx is cancelled, sleeping until the next feed
// is due, and tells Round about every round. A round that fails (the
// feeds cannot be listed) or panics is reported and tried again after a
// pause; Run returns nil when stopped by ctx.
func (p *Poller) Run(ctx context.Context) error {
	for {
		round, wait := p.safeRound(ctx)
		if ctx.Err() != nil {
			return nil
		}
		if p.Round != nil {
			p.Round(round)
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

// safeRound is PollDue with a panic turned into the round's error; wait
// is how long to sleep before the next round: until the next feed is due,
// at least a second and at most maxIdle (maxIdle when that cannot be
// told).
func (p *Poller) safeRound(ctx context.Context) (round Round, wait time.Duration) {
	wait = maxIdle
	defer func() {
		if r := recover(); r != nil {
			round, wait = Round{Err: fmt.Errorf("internal error in a polling round (a bug; please report it): %v", r)}, maxIdle
		}
	}()
	round, _ = p.PollDue(ctx)
	if feeds, err := p.Feeds.Feeds(ctx); err == nil && len(feeds) > 0 {
		next := slices.MinFunc(feeds, func(a, b store.Feed) int { return a.NextPoll.Compare(b.NextPoll) }).NextPoll
		wait = min(max(next.Sub(p.now()), time.Second), maxIdle)
	}
	return round, wait
}
