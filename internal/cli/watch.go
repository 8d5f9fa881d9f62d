package cli

import (
	"fmt"

	"github.com/spf13/cobra"
)

func (a *app) watchCmd() *cobra.Command {
	var (
		pf   pollFlags
		once bool
	)
	cmd := &cobra.Command{
		Use:   "watch [--once]",
		Short: "Poll the followed feeds and store their new articles",
		Long: `Watch polls every followed feed when it is due and stores the articles of new
items (each item's page is fetched, robots.txt permitting, and extracted; the
feed's own content is used when the page cannot be had). It runs until
interrupted (SIGINT or SIGTERM); --once polls the feeds that are due once
(feeds never polled are due at once) and exits, with status 1 if any failed.
A feed that failed waits (backs off) before it is polled again; --once says
how many feeds it skipped for that and until when, and 'parallax feeds poll'
polls feeds at once, back-off or not.

Polling is polite: conditional GET, Retry-After on 429 and 503, Cache-Control
max-age and the feed's ttl honoured, an interval adapted to how often each
feed publishes (5 minutes to 24 hours), exponential backoff on errors, and a
few spaced-out requests per host at a time. One line per poll, and one per
round, goes to standard error.

With --nats (or PARALLAX_NATS) the feeds are still polled here (their state
is in the database), but each new item is queued on NATS JetStream for the
workers ('parallax worker') to fetch, extract and store, and copies and
stories are asked for after each round that queued any; --once --wait waits
until the workers are done with them.`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := pf.check(); err != nil {
				return err
			}
			if once {
				return a.runPoll(cmd.Context(), pf, nil)
			}
			if pf.queue.wait {
				return usageError{fmt.Errorf("--wait goes with --once: a watch that runs on has no end to wait for")}
			}
			c, err := a.client(pf.net)
			if err != nil {
				return err
			}
			defer c.Close()
			ctx := cmd.Context()
			st, err := a.openExisting(ctx, "parallax.db")
			if err != nil {
				return err
			}
			defer st.Close()
			p := a.poller(c, st, pf.workers, pf.maxItems)
			if a.queued(pf.queue) {
				q, err := a.connectQueue(ctx, pf.queue.qf, "parallax watch", nil, setupStreams)
				if err != nil {
					return err
				}
				defer q.Close()
				a.queuePolls(ctx, p, q)
			}
			return p.Run(ctx)
		},
	}
	pf.register(cmd, "with --once, print a JSON summary of the round")
	cmd.Flags().BoolVar(&once, "once", false, "poll the due feeds once and exit")
	return cmd
}
