package cli

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/parallax-news/parallax/internal/copies"
	"github.com/parallax-news/parallax/internal/fetch"
	"github.com/parallax-news/parallax/internal/nlp"
	"github.com/parallax-news/parallax/internal/store"
	"github.com/parallax-news/parallax/internal/stories"
	"github.com/parallax-news/parallax/internal/watches"
	"github.com/spf13/cobra"
)

func (a *app) watchesTestCmd() *cobra.Command {
	var (
		sf            specFlags
		asJSON, ping  bool
		recent, limit int
		df            deliveryFlags
		nf            netFlags
	)
	cmd := &cobra.Command{
		Use:   "test [ID] [--kind K --query Q ...] [--ping]",
		Short: "Show what a watch would match among recent articles, or test its webhook",
		Long: `Test evaluates a watch (a stored one by ID, or one given by the flags of
'watches add') over the last --recent articles to join events (for
uncredited-copy: the last copy checks) as if they had just arrived, and
prints up to --limit of its matches, newest first. Nothing is saved or
delivered.

--ping sends a test delivery to a stored watch's webhook instead (kind
"ping", signed like every delivery), logs it in the watch's delivery log and
prints the answer; the exit status is 1 when it was not a 2xx.`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) > 1 {
				return usageError{fmt.Errorf("want at most one watch id, not %d arguments", len(args))}
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if recent < 1 || limit < 1 {
				return usageError{errors.New("--recent and --limit must be at least 1")}
			}
			st, err := a.openWatchStore(ctx)
			if err != nil {
				return err
			}
			defer st.Close()
			var w store.Watch
			if len(args) == 1 {
				id, err := watchArg(args[0])
				if err != nil {
					return err
				}
				if w, err = st.GetWatch(ctx, id); err != nil {
					return err
				}
			} else {
				if ping {
					return usageError{errors.New("--ping needs the id of a watch with a webhook")}
				}
				if w.Spec, err = a.checkSpec(ctx, st, sf.spec); err != nil {
					return err
				}
			}
			if ping {
				d, err := a.deliverer(st, df, nf)
				if err != nil {
					return err
				}
				status, err := d.Ping(ctx, w)
				if err != nil {
					return fmt.Errorf("ping watch %d: %s", w.ID, terminalSafe(fetch.Reason(err)))
				}
				fmt.Fprintf(a.env.Stdout, "ping delivered to watch %d's webhook: HTTP %d\n", w.ID, status)
				return nil
			}
			an, err := nlp.NewAnalyzer()
			if err != nil {
				return err
			}
			m := &watches.Matcher{Store: st, Analyzer: an}
			ms, err := m.Preview(ctx, w, recent, limit)
			if err != nil {
				return err
			}
			out := make([]watches.MatchView, 0, len(ms))
			for _, x := range ms {
				out = append(out, watches.MatchViewOf(x))
			}
			if asJSON {
				return writeJSON(a.env.Stdout, out)
			}
			if len(out) == 0 {
				fmt.Fprintf(a.env.Stdout, "no matches among the last %d arrivals for %s\n", recent, terminalSafe(watches.Describe(w.Spec)))
				return nil
			}
			for _, x := range out {
				fmt.Fprintf(a.env.Stdout, "%s\n    %s\n", terminalSafe(x.Title), terminalSafe(clip(x.Summary, 160)))
			}
			return nil
		},
	}
	sf.register(cmd)
	df.register(cmd)
	nf.register(cmd)
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the matches as a JSON array")
	cmd.Flags().BoolVar(&ping, "ping", false, "send a test delivery to the watch's webhook")
	cmd.Flags().IntVar(&recent, "recent", 2000, "how many of the latest arrivals to look at")
	cmd.Flags().IntVar(&limit, "limit", 20, "show at most this many matches")
	return cmd
}

// deliveryFlags are the flags of the commands that send webhooks (with
// netFlags for the allow-list).
type deliveryFlags struct {
	timeout     time.Duration
	backoff     time.Duration
	maxAttempts int
}

func (f *deliveryFlags) register(cmd *cobra.Command) {
	cmd.Flags().DurationVar(&f.timeout, "webhook-timeout", watches.DefaultTimeout, "longest wait for a webhook's answer")
	cmd.Flags().DurationVar(&f.backoff, "webhook-backoff", watches.DefaultBackoff, "wait before the first retry of a failed delivery (doubled for each retry, at most 6h)")
	cmd.Flags().IntVar(&f.maxAttempts, "webhook-attempts", watches.DefaultMaxAttempts, "attempts at one delivery before it is given up")
}

// deliverer builds a webhook deliverer from the flags and
// PARALLAX_ALLOW_HOSTS, logging each attempt on standard error.
func (a *app) deliverer(st store.WatchStore, f deliveryFlags, nf netFlags) (*watches.Deliverer, error) {
	if f.timeout <= 0 || f.backoff <= 0 || f.maxAttempts < 1 {
		return nil, usageError{errors.New("--webhook-timeout and --webhook-backoff must be positive, --webhook-attempts at least 1")}
	}
	hosts := append(fetch.SplitHosts(a.env.Getenv("PARALLAX_ALLOW_HOSTS")), nf.allowHosts...)
	g, err := fetch.NewGuard(hosts, 0)
	if err != nil {
		return nil, usageError{err}
	}
	var mu sync.Mutex
	return &watches.Deliverer{Store: st, Guard: g, Timeout: f.timeout, Backoff: f.backoff, MaxAttempts: f.maxAttempts,
		OnError: func(err error) {
			mu.Lock()
			defer mu.Unlock()
			fmt.Fprintf(a.env.Stderr, "parallax: webhooks: %s (trying again shortly)\n", terminalSafe(err.Error()))
		},
		Report: func(x store.DeliveryAttempt, d store.Delivery) {
			mu.Lock()
			defer mu.Unlock()
			msg := fmt.Sprintf("parallax: watch %d: match %d %s", x.Watch, x.Match, x.Outcome)
			if x.Status != 0 {
				msg += fmt.Sprintf(" (HTTP %d", x.Status)
			} else {
				msg += " (no answer"
			}
			msg += fmt.Sprintf(", attempt %d, %s)", x.Attempt, x.Duration.Round(time.Millisecond))
			if x.Error != "" {
				msg += ": " + x.Error
			}
			fmt.Fprintln(a.env.Stderr, terminalSafe(msg))
		}}, nil
}

// matcher builds a matcher that logs each match on standard error and
// wakes d (when not nil).
func (a *app) matcher(st watches.Store, an *nlp.Analyzer, d *watches.Deliverer) *watches.Matcher {
	var mu sync.Mutex
	return &watches.Matcher{Store: st, Analyzer: an, OnMatch: func(w store.Watch, m store.WatchMatch) {
		mu.Lock()
		fmt.Fprintf(a.env.Stderr, "parallax: watch %d: %s\n", w.ID, terminalSafe(clip(m.Title, 120)))
		mu.Unlock()
		if d != nil {
			d.Wake()
		}
	}}
}

func (a *app) watchesRunCmd() *cobra.Command {
	var (
		df       deliveryFlags
		nf       netFlags
		once     bool
		interval time.Duration
	)
	cmd := &cobra.Command{
		Use:   "run [--once]",
		Short: "Match what arrives against the watches and send their webhooks",
		Long: `Run brings copy detection and events up to date with the articles other
processes add, matches what arrived against every watch (each match is made
once, however often this runs) and sends the webhooks of new matches, every
--interval until interrupted. Failed deliveries are retried with back-off;
each attempt is logged in the watch's delivery log ('watches show ID') and
on standard error. --once does one round, sends what is due and exits, with
status 1 if a delivery failed (retries wait for the next run).`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error {
			if interval <= 0 {
				return usageError{errors.New("--interval must be positive")}
			}
			ctx := cmd.Context()
			st, err := a.openWatchStore(ctx)
			if err != nil {
				return err
			}
			defer st.Close()
			d, err := a.deliverer(st, df, nf)
			if err != nil {
				return err
			}
			an, err := nlp.NewAnalyzer()
			if err != nil {
				return err
			}
			m := a.matcher(st, an, d)
			round := func(ctx context.Context) error {
				if _, err := copies.Update(ctx, st, nil); err != nil {
					return fmt.Errorf("copies: %w", err)
				}
				if _, err := stories.Update(ctx, st, nil); err != nil {
					return fmt.Errorf("stories: %w", err)
				}
				_, err := m.Run(ctx)
				return err
			}
			if once {
				var mu sync.Mutex
				failed := false
				report := d.Report
				d.Report = func(x store.DeliveryAttempt, dl store.Delivery) {
					mu.Lock()
					failed = failed || x.Outcome != store.DeliveryDelivered
					mu.Unlock()
					report(x, dl)
				}
				if err := round(ctx); err != nil {
					return err
				}
				if _, err := d.RunOnce(ctx); err != nil {
					return err
				}
				if failed {
					return errFailed
				}
				return nil
			}
			ctx, cancel := context.WithCancel(ctx)
			defer cancel()
			done := make(chan error, 1)
			go func() { done <- d.Run(ctx) }()
			t := time.NewTicker(interval)
			defer t.Stop()
			for {
				if err := round(ctx); err != nil && ctx.Err() == nil {
					fmt.Fprintf(a.env.Stderr, "parallax: watches: %s\n", terminalSafe(err.Error()))
				}
				select {
				case <-ctx.Done():
					return <-done
				case err := <-done:
					return err
				case <-t.C:
				}
			}
		},
	}
	df.register(cmd)
	nf.register(cmd)
	cmd.Flags().BoolVar(&once, "once", false, "do one round and exit")
	cmd.Flags().DurationVar(&interval, "interval", 2*time.Second, "how often to look for new articles")
	return cmd
}
