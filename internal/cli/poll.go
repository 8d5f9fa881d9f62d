package cli

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/parallax-news/parallax/internal/feed"
	"github.com/parallax-news/parallax/internal/fetch"
	"github.com/parallax-news/parallax/internal/queue"
	"github.com/parallax-news/parallax/internal/store"
	"github.com/spf13/cobra"
)

// pollJSON is one feed's poll as `watch --once --json` and `feeds poll
// --json` print it.
type pollJSON struct {
	ID          int64     `json:"id"`
	URL         string    `json:"url"`
	NotModified bool      `json:"not_modified"`
	New         int       `json:"new"`
	Stored      int       `json:"stored"`
	Unchanged   int       `json:"unchanged"`
	Failed      int       `json:"failed"`
	Queued      int       `json:"queued"`
	Error       string    `json:"error,omitempty"`
	NextPoll    time.Time `json:"next_poll"`
}

// watchSummary is what `watch --once --json` and `feeds poll --json`
// print.
type watchSummary struct {
	Polled    int `json:"polled"`
	New       int `json:"new"`
	Stored    int `json:"stored"`
	Unchanged int `json:"unchanged"`
	Failed    int `json:"failed"`
	Errors    int `json:"errors"`
	// Queued counts the items queued for the workers (--nats); DeriveSeq
	// is the request for copies and stories after them, and Done says
	// that --wait saw the workers finish all of it; Dead lists what of it
	// they gave up on (the dead-letter stream).
	Queued    int                `json:"queued"`
	DeriveSeq uint64             `json:"derive_seq,omitempty"`
	Done      bool               `json:"done,omitempty"`
	Dead      []queue.DeadLetter `json:"dead_lettered,omitempty"`
	// BackedOff counts the feeds skipped because they wait after errors;
	// BackedOffUntil is when the first of them is due (null if none).
	BackedOff      int        `json:"backed_off"`
	BackedOffUntil *time.Time `json:"backed_off_until"`
	// NotDue counts the other feeds skipped: not due yet.
	NotDue int        `json:"not_due"`
	Feeds  []pollJSON `json:"feeds"`
}

// pollFlags are the flags of the commands that poll feeds.
type pollFlags struct {
	net      netFlags
	queue    queueOpts
	asJSON   bool
	workers  int
	maxItems int
}

func (f *pollFlags) register(cmd *cobra.Command, jsonHelp string) {
	f.net.register(cmd)
	f.queue.register(cmd)
	cmd.Flags().BoolVar(&f.asJSON, "json", false, jsonHelp)
	cmd.Flags().IntVar(&f.workers, "workers", 4, "feeds polled at once")
	cmd.Flags().IntVar(&f.maxItems, "max-items", 100, "new items taken from one poll of one feed (newest first)")
}

func (f *pollFlags) check() error {
	if f.workers < 1 || f.maxItems < 1 {
		return usageError{fmt.Errorf("--workers and --max-items must be at least 1")}
	}
	return nil
}

// poller builds a feed poller that reports each poll, and each item's
// warnings, on standard error.
func (a *app) poller(c *fetch.Client, st store.Store, workers, maxItems int) *feed.Poller {
	var mu sync.Mutex
	return &feed.Poller{Client: c, Articles: st, Feeds: st, Workers: workers, MaxItems: maxItems,
		Report: func(r feed.Result) {
			mu.Lock()
			defer mu.Unlock()
			a.reportPoll(r)
		},
		Warn: func(input, msg string) {
			mu.Lock()
			defer mu.Unlock()
			fmt.Fprintf(a.env.Stderr, "parallax: warning: %s: %s\n", terminalSafe(input), terminalSafe(msg))
		},
		Round: func(r feed.Round) {
			mu.Lock()
			defer mu.Unlock()
			a.reportRound(r)
		}}
}

// reportPoll writes one line about a poll to standard error.
func (a *app) reportPoll(r feed.Result) {
	name := terminalSafe(r.Feed.URL)
	switch {
	case r.Err != nil:
		fmt.Fprintf(a.env.Stderr, "parallax: feed %d %s: %s\n", r.Feed.ID, name, terminalSafe(fetch.Reason(r.Err)))
	case r.NotModified:
		fmt.Fprintf(a.env.Stderr, "parallax: feed %d %s: not modified\n", r.Feed.ID, name)
	case r.Queued > 0:
		fmt.Fprintf(a.env.Stderr, "parallax: feed %d %s: %d new, %d queued for the workers, %d failed\n", r.Feed.ID, name, r.New, r.Queued, r.Failed)
	default:
		fmt.Fprintf(a.env.Stderr, "parallax: feed %d %s: %s\n", r.Feed.ID, name, itemCounts(r.New, r.Stored, r.Unchanged, r.Failed))
	}
}

// itemCounts says what became of a poll's new items.
func itemCounts(newItems, stored, unchanged, failed int) string {
	msg := fmt.Sprintf("%d new, %d stored", newItems, stored)
	if unchanged > 0 {
		msg += fmt.Sprintf(", %d already stored", unchanged)
	}
	return msg + fmt.Sprintf(", %d failed", failed)
}

// reportRound writes one line about a round of a long-running poller
// (watch, serve --watch) to standard error: rounds that polled nothing
// and failed at nothing are not worth a line.
func (a *app) reportRound(r feed.Round) {
	if r.Err != nil {
		fmt.Fprintf(a.env.Stderr, "parallax: watch: %s\n", terminalSafe(r.Err.Error()))
		return
	}
	if len(r.Results) == 0 {
		return
	}
	fmt.Fprintf(a.env.Stderr, "parallax: watch: %s\n", roundLine(r))
}

// roundLine sums up a round in one line.
func roundLine(r feed.Round) string {
	polled, newItems, stored, unchanged, failed, errs := r.Totals()
	msg := fmt.Sprintf("polled %d %s: %d new %s, %d %s stored", polled, plural(polled, "feed", "feeds"),
		newItems, plural(newItems, "item", "items"), stored, plural(stored, "article", "articles"))
	if unchanged > 0 {
		msg += fmt.Sprintf(", %d already stored", unchanged)
	}
	if n := r.Queued(); n > 0 {
		msg += fmt.Sprintf(", %d %s queued for the workers", n, plural(n, "item", "items"))
	}
	if failed > 0 {
		msg += fmt.Sprintf(", %d %s failed", failed, plural(failed, "item", "items"))
	}
	msg += fmt.Sprintf(", %d %s failed", errs, plural(errs, "feed", "feeds"))
	if n := len(r.BackedOff); n > 0 {
		msg += fmt.Sprintf("; %d %s skipped: backed off after errors until %s ('parallax feeds poll --all' polls now)",
			n, plural(n, "feed", "feeds"), r.BackedOffUntil().UTC().Format("2006-01-02 15:04 UTC"))
	}
	return msg
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// printRound writes a round's summary, as text or JSON, and returns
// errFailed when a feed failed or the workers gave up on some of what was
// queued. queued, when not nil, is what was queued
// for the workers.
func (a *app) printRound(r feed.Round, queued *queuedSummary, asJSON bool) error {
	sum := watchSummary{Feeds: []pollJSON{}, BackedOff: len(r.BackedOff), NotDue: r.NotDue, Queued: r.Queued()}
	if queued != nil {
		sum.DeriveSeq, sum.Done, sum.Dead = queued.Derive, queued.Done, queued.Dead
	}
	if t := r.BackedOffUntil(); !t.IsZero() {
		sum.BackedOffUntil = &t
	}
	sum.Polled, sum.New, sum.Stored, sum.Unchanged, sum.Failed, sum.Errors = r.Totals()
	for _, res := range r.Results {
		pj := pollJSON{ID: res.Feed.ID, URL: res.Feed.URL, NotModified: res.NotModified, New: res.New, Stored: res.Stored,
			Unchanged: res.Unchanged, Failed: res.Failed, Queued: res.Queued, NextPoll: res.Feed.NextPoll}
		if res.Err != nil {
			pj.Error = fetch.Reason(res.Err)
		}
		sum.Feeds = append(sum.Feeds, pj)
	}
	if asJSON {
		if err := writeJSON(a.env.Stdout, sum); err != nil {
			return err
		}
	} else {
		line := roundLine(r)
		if sum.Done {
			line += "; the workers are done with the items queued"
		}
		fmt.Fprintln(a.env.Stdout, line)
	}
	if sum.Errors > 0 || (queued != nil && len(queued.Dead) > 0) {
		return errFailed
	}
	return nil
}

// runPoll opens the database and the fetcher, and polls: the due feeds
// when pick is nil, else the feeds pick chooses, whether due or not.
func (a *app) runPoll(ctx context.Context, pf pollFlags, pick func([]store.Feed) ([]store.Feed, error)) error {
	c, err := a.client(pf.net)
	if err != nil {
		return err
	}
	defer c.Close()
	st, err := a.openExisting(ctx, "parallax.db")
	if err != nil {
		return err
	}
	defer st.Close()
	p := a.poller(c, st, pf.workers, pf.maxItems)
	var iq *queue.ItemQueue
	if a.queued(pf.queue) {
		q, err := a.connectQueue(ctx, pf.queue.qf, "parallax feeds poll", nil, setupStreams)
		if err != nil {
			return err
		}
		defer q.Close()
		iq = &queue.ItemQueue{Q: q}
		p.Queue = iq
	}
	var round feed.Round
	if pick == nil {
		round, err = p.PollDue(ctx)
	} else {
		var all, chosen []store.Feed
		if all, err = st.Feeds(ctx); err != nil {
			return err
		}
		if chosen, err = pick(all); err != nil {
			return err
		}
		round.Results, err = p.PollFeeds(ctx, chosen)
	}
	if err != nil {
		return err
	}
	var sum *queuedSummary
	if iq != nil && iq.Queued() > 0 {
		sum = &queuedSummary{}
		if err := a.finishQueued(ctx, iq.Q, pf.queue, sum, nil, itemMarks(iq)...); err != nil {
			return err
		}
	}
	return a.printRound(round, sum, pf.asJSON)
}

// itemMarks are the marks after which the items iq queued are stored:
// their fetches, then the articles queued by those.
func itemMarks(iq *queue.ItemQueue) []queue.Mark {
	return []queue.Mark{{Stream: queue.StreamFetch, Seq: iq.Last()}, {Stream: queue.StreamArticles}}
}

// queuePolls makes p, which runs until ctx ends, queue the new items of
// its feeds on q and ask for copies and stories after every round that
// queued any.
func (a *app) queuePolls(ctx context.Context, p *feed.Poller, q *queue.Queue) {
	iq := &queue.ItemQueue{Q: q}
	p.Queue = iq
	round := p.Round
	var asked uint64 // the last item a derive request follows
	p.Round = func(r feed.Round) {
		if round != nil {
			round(r)
		}
		if last := iq.Last(); last > asked {
			if _, err := q.PublishDerive(ctx, itemMarks(iq)...); err != nil {
				fmt.Fprintf(a.env.Stderr, "parallax: watch: ask for copies and stories: %s\n", terminalSafe(err.Error()))
				return // asked again after the next round
			}
			asked = last
		}
	}
}
