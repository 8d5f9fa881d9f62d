package cli

import (
	"context"
	"fmt"
	"time"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/feed"
	"github.com/parallax-news/parallax/internal/fetch"
	"github.com/parallax-news/parallax/internal/store"
	"github.com/spf13/cobra"
)

// netFlags are the flags of the commands that use the network.
type netFlags struct {
	allowHosts []string
	hostDelay  time.Duration
}

func (f *netFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringArrayVar(&f.allowHosts, "allow-host", nil,
		"let the fetcher reach this host, IP address or CIDR prefix even though it is not public (repeatable; also PARALLAX_ALLOW_HOSTS, comma-separated)")
	cmd.Flags().DurationVar(&f.hostDelay, "host-delay", 500*time.Millisecond, "least time between two requests to one host")
}

// client builds the fetcher from the flags and PARALLAX_ALLOW_HOSTS.
func (a *app) client(f netFlags) (*fetch.Client, error) {
	if f.hostDelay < 0 {
		return nil, usageError{fmt.Errorf("--host-delay must not be negative")}
	}
	hosts := append(fetch.SplitHosts(a.env.Getenv("PARALLAX_ALLOW_HOSTS")), f.allowHosts...)
	cfg := fetch.Config{AllowHosts: hosts, HostDelay: f.hostDelay}
	if f.hostDelay == 0 {
		cfg.HostDelay = -1
	}
	c, err := fetch.New(cfg)
	if err != nil {
		return nil, usageError{err}
	}
	return c, nil
}

func (a *app) fetchCmd() *cobra.Command {
	var (
		nf     netFlags
		asJSON bool
		qo     queueOpts
	)
	cmd := &cobra.Command{
		Use:   "fetch URL...",
		Short: "Fetch web pages and store their articles",
		Long: `Fetch downloads each page (robots.txt permitting), extracts its main text and
metadata as for an HTML file, and stores the article. Loopback, private and
other non-public addresses are refused unless --allow-host names them; so are
URLs no fetch may use whatever the allow-list says: IPv6 zones
(http://[fe80::1%25eth0]/), IPv4 addresses in shorthand, octal or hex
(http://127.1/, http://0x7f000001/) and malformed host names.

Prints "added N, unchanged N, revised N, failed N"; with --json the same
summary as add --json. A page that fails is reported on standard error and
the others are still stored; the exit status is then 1.

With --nats (or PARALLAX_NATS) the URLs are queued on NATS JetStream for
'parallax worker' to fetch (with the workers' --allow-host), store, check for
copies and group into stories (--wait waits for them).`,
		Args: needArgs("the URLs of web pages to fetch"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if a.queued(qo) {
				return a.runFetchQueued(cmd.Context(), args, qo, asJSON)
			}
			c, err := a.client(nf)
			if err != nil {
				return err
			}
			defer c.Close()
			return a.runFetch(cmd.Context(), c, args, asJSON)
		},
	}
	nf.register(cmd)
	qo.register(cmd)
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the summary as JSON")
	return cmd
}

func (a *app) runFetch(ctx context.Context, c *fetch.Client, urls []string, asJSON bool) error {
	st, err := a.openStore(ctx, "parallax.db")
	if err != nil {
		return err
	}
	defer st.Close()
	sum := &addSummary{Errors: []inputError{}, Articles: []addedItem{}}
	var arts []*article.Article
	var inputs []string
	for _, u := range urls {
		art, warnings, err := feed.FetchPage(ctx, c, u, 0)
		if ctx.Err() != nil {
			return ctx.Err()
		}
		for _, msg := range warnings {
			sum.Warnings++
			fmt.Fprintf(a.env.Stderr, "parallax: warning: %s: %s\n", terminalSafe(fetch.Redact(u)), terminalSafe(msg))
		}
		if err != nil {
			// The error names the URL; the input is named once, as add does.
			reason := fetch.Reason(err)
			sum.Failed++
			sum.Errors = append(sum.Errors, inputError{Input: u, Error: reason})
			fmt.Fprintf(a.env.Stderr, "parallax: %s: %s\n", terminalSafe(fetch.Redact(u)), terminalSafe(reason))
			continue
		}
		arts, inputs = append(arts, art), append(inputs, u)
	}
	if len(arts) > 0 {
		res, err := st.Put(ctx, arts)
		if err != nil {
			return err
		}
		for i, r := range res {
			switch r.Outcome {
			case store.Added:
				sum.Added++
			case store.Unchanged:
				sum.Unchanged++
			case store.Revised:
				sum.Revised++
			}
			sum.Articles = append(sum.Articles, addedItem{ID: r.ID, Outcome: r.Outcome, Revision: r.Revision, Input: inputs[i]})
		}
	}
	if asJSON {
		if err := writeJSON(a.env.Stdout, sum); err != nil {
			return err
		}
	} else {
		fmt.Fprintf(a.env.Stdout, "added %d, unchanged %d, revised %d, failed %d\n", sum.Added, sum.Unchanged, sum.Revised, sum.Failed)
	}
	if sum.Failed > 0 {
		return errFailed
	}
	return nil
}
