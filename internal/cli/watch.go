package cli

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/parallax-news/parallax/internal/feed"
	"github.com/spf13/cobra"
)

// pollJSON is one feed's poll as `watch --once --json` prints it.
type pollJSON struct {
	ID          int64     `json:"id"`
	URL         string    `json:"url"`
	NotModified bool      `json:"not_modified"`
	New         int       `json:"new"`
	Stored      int       `json:"stored"`
	Failed      int       `json:"failed"`
	Error       string    `json:"error,omitempty"`
	NextPoll    time.Time `json:"next_poll"`
}

// watchSummary is what `watch --once --json` prints.
type watchSummary struct {
	Polled int        `json:"polled"`
	New    int        `json:"new"`
	Stored int        `json:"stored"`
	Errors int        `json:"errors"`
	Feeds  []pollJSON `json:"feeds"`
}

func (a *app) watchCmd() *cobra.Command {
	var (
		nf       netFlags
		once     bool
		asJSON   bool
		workers  int
		maxItems int
	)
	cmd := &cobra.Command{
		Use:   "watch [--once]",
		Short: "Poll the followed feeds and store their new articles",
		Long: `Watch polls every followed feed when it is due and stores the articles of new
items (each item's page is fetched, robots.txt permitting, and extracted; the
feed's own content is used when the page cannot be had). It runs until
interrupted (SIGINT or SIGTERM); --once polls the feeds that are due once
(feeds never polled are due at once) and exits, with status 1 if any failed.

Polling is polite: conditional GET, Retry-After on 429 and 503, Cache-Control
max-age and the feed's ttl honoured, an interval adapted to how often each
feed publishes (5 minutes to 24 hours), exponential backoff on errors, and a
few spaced-out requests per host at a time. One line per poll goes to
standard error.`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error {
			if workers < 1 || maxItems < 1 {
				return usageError{fmt.Errorf("--workers and --max-items must be at least 1")}
			}
			c, err := a.client(nf)
			if err != nil {
				return err
			}
			defer c.Close()
			ctx := cmd.Context()
			st, fs, err := a.openFeeds(ctx)
			if err != nil {
				return err
			}
			defer st.Close()
			var mu sync.Mutex
			p := &feed.Poller{Client: c, Articles: st, Feeds: fs, Workers: workers, MaxItems: maxItems,
				Report: func(r feed.Result) {
					mu.Lock()
					defer mu.Unlock()
					a.reportPoll(r)
				},
				Warn: func(input, msg string) {
					mu.Lock()
					defer mu.Unlock()
					fmt.Fprintf(a.env.Stderr, "parallax: warning: %s: %s\n", terminalSafe(input), terminalSafe(msg))
				}}
			if !once {
				return p.Run(ctx)
			}
			return a.watchOnce(ctx, p, asJSON)
		},
	}
	nf.register(cmd)
	cmd.Flags().BoolVar(&once, "once", false, "poll the due feeds once and exit")
	cmd.Flags().BoolVar(&asJSON, "json", false, "with --once, print a JSON summary of the round")
	cmd.Flags().IntVar(&workers, "workers", 4, "feeds polled at once")
	cmd.Flags().IntVar(&maxItems, "max-items", 100, "new items taken from one poll of one feed (newest first)")
	return cmd
}

// reportPoll writes one line about a poll to standard error.
func (a *app) reportPoll(r feed.Result) {
	name := terminalSafe(r.Feed.URL)
	switch {
	case r.Err != nil:
		fmt.Fprintf(a.env.Stderr, "parallax: feed %d %s: %s\n", r.Feed.ID, name, terminalSafe(r.Err.Error()))
	case r.NotModified:
		fmt.Fprintf(a.env.Stderr, "parallax: feed %d %s: not modified\n", r.Feed.ID, name)
	default:
		fmt.Fprintf(a.env.Stderr, "parallax: feed %d %s: %d new, %d stored, %d failed\n", r.Feed.ID, name, r.New, r.Stored, r.Failed)
	}
}

func (a *app) watchOnce(ctx context.Context, p *feed.Poller, asJSON bool) error {
	results, err := p.PollDue(ctx)
	if err != nil {
		return err
	}
	sum := watchSummary{Feeds: []pollJSON{}}
	for _, r := range results {
		sum.Polled++
		sum.New += r.New
		sum.Stored += r.Stored
		pj := pollJSON{ID: r.Feed.ID, URL: r.Feed.URL, NotModified: r.NotModified, New: r.New, Stored: r.Stored,
			Failed: r.Failed, NextPoll: r.Feed.NextPoll}
		if r.Err != nil {
			sum.Errors++
			pj.Error = r.Err.Error()
		}
		sum.Feeds = append(sum.Feeds, pj)
	}
	if asJSON {
		if err := writeJSON(a.env.Stdout, sum); err != nil {
			return err
		}
	} else {
		fmt.Fprintf(a.env.Stdout, "polled %d feeds: %d new items, %d articles stored, %d feeds failed\n", sum.Polled, sum.New, sum.Stored, sum.Errors)
	}
	if sum.Errors > 0 {
		return errFailed
	}
	return nil
}
