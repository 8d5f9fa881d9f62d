package cli

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"text/tabwriter"
	"time"

	"github.com/parallax-news/parallax/internal/feed"
	"github.com/parallax-news/parallax/internal/store"
	"github.com/parallax-news/parallax/internal/view"
	"github.com/spf13/cobra"
)

func (a *app) feedsCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "feeds",
		Short: "Follow news feeds: add, import, export, list, remove, poll",
		Long: `Feeds manages the RSS, Atom and JSON feeds that 'parallax watch' polls.
Adding a feed does not fetch it; watch does, or 'feeds poll' at once.`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error { return cmd.Help() },
	}
	cmd.AddCommand(a.feedsAddCmd(), a.feedsImportCmd(), a.feedsExportCmd(), a.feedsListCmd(), a.feedsRemoveCmd(), a.feedsPollCmd())
	return cmd
}

func (a *app) feedsAddCmd() *cobra.Command {
	var (
		title  string
		asJSON bool
	)
	cmd := &cobra.Command{
		Use:   "add URL...",
		Short: "Follow feeds by URL",
		Long:  "Add follows the feeds at the URLs given (a URL already followed is left as it is).\nWith --json, print the feeds as `feeds list --json` does.",
		Args:  needArgs("the URLs of feeds to follow"),
		RunE: func(cmd *cobra.Command, args []string) error {
			var urls []string
			for _, raw := range args {
				u, err := view.CheckFeedURL(raw)
				if err != nil {
					return usageError{err}
				}
				urls = append(urls, u)
			}
			ctx := cmd.Context()
			st, err := a.openStore(ctx, "parallax.db")
			if err != nil {
				return err
			}
			defer st.Close()
			out := []view.Feed{}
			for _, u := range urls {
				f, created, err := st.AddFeed(ctx, store.Feed{URL: u, Title: title})
				if err != nil {
					return err
				}
				out = append(out, view.FeedOf(f))
				if asJSON {
					continue
				}
				if created {
					fmt.Fprintf(a.env.Stdout, "added feed %d: %s\n", f.ID, terminalSafe(f.URL))
				} else {
					fmt.Fprintf(a.env.Stdout, "already following feed %d: %s\n", f.ID, terminalSafe(f.URL))
				}
			}
			if asJSON {
				return writeJSON(a.env.Stdout, out)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&title, "title", "", "a title for the feed until it is polled")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the feeds as JSON")
	return cmd
}

func (a *app) feedsImportCmd() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "import FILE.opml",
		Short: "Follow the feeds of an OPML subscription list (- for standard input)",
		Long: `Import follows every feed (outline with an xmlUrl, folders included) of an OPML
file. Prints "imported N feeds, N already followed, N invalid"; with --json
{"added", "existing", "invalid"}.`,
		Args: needArg("an OPML file (or - for standard input)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			var r io.Reader = a.env.Stdin
			if args[0] != "-" {
				f, err := os.Open(args[0])
				if err != nil {
					return err
				}
				defer f.Close()
				r = f
			}
			subs, err := feed.ReadOPML(r, args[0])
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			st, err := a.openStore(ctx, "parallax.db")
			if err != nil {
				return err
			}
			defer st.Close()
			var sum struct {
				Added    int `json:"added"`
				Existing int `json:"existing"`
				Invalid  int `json:"invalid"`
			}
			for _, s := range subs {
				u, err := view.CheckFeedURL(s.URL)
				if err != nil {
					sum.Invalid++
					fmt.Fprintf(a.env.Stderr, "parallax: %s: %s\n", terminalSafe(args[0]), terminalSafe(err.Error()))
					continue
				}
				_, created, err := st.AddFeed(ctx, store.Feed{URL: u, Title: s.Title, SiteURL: s.SiteURL})
				if err != nil {
					return err
				}
				if created {
					sum.Added++
				} else {
					sum.Existing++
				}
			}
			if asJSON {
				return writeJSON(a.env.Stdout, sum)
			}
			fmt.Fprintf(a.env.Stdout, "imported %d feeds, %d already followed, %d invalid\n", sum.Added, sum.Existing, sum.Invalid)
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the counts as JSON")
	return cmd
}

func (a *app) feedsExportCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "export",
		Short: "Write the followed feeds as an OPML list to standard output",
		Args:  exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			st, err := a.openExisting(ctx, "parallax.db")
			if err != nil {
				return err
			}
			defer st.Close()
			feeds, err := st.Feeds(ctx)
			if err != nil {
				return err
			}
			subs := make([]feed.Subscription, len(feeds))
			for i, f := range feeds {
				subs[i] = feed.Subscription{Title: f.Title, URL: f.URL, SiteURL: f.SiteURL}
			}
			return feed.WriteOPML(a.env.Stdout, "Parallax feeds", subs, time.Now())
		},
	}
}

func (a *app) feedsListCmd() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the followed feeds and their polling state",
		Long:  "List the followed feeds by id. With --json, print an array of feeds (see the README for fields).",
		Args:  exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			st, err := a.openExisting(ctx, "parallax.db")
			if err != nil {
				return err
			}
			defer st.Close()
			feeds, err := st.Feeds(ctx)
			if err != nil {
				return err
			}
			if asJSON {
				out := make([]view.Feed, len(feeds))
				for i, f := range feeds {
					out[i] = view.FeedOf(f)
				}
				return writeJSON(a.env.Stdout, out)
			}
			tw := tabwriter.NewWriter(a.env.Stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "ID\tARTICLES\tLAST POLLED\tNEXT POLL\tURL\tTITLE\tERROR")
			for _, f := range feeds {
				fmt.Fprintf(tw, "%d\t%d\t%s\t%s\t%s\t%s\t%s\n", f.ID, f.Articles, shortTime(f.LastPolled), shortTime(f.NextPoll),
					terminalSafe(f.URL), terminalSafe(clip(f.Title, 40)), terminalSafe(clip(f.LastError, 60)))
			}
			return tw.Flush()
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the feeds as JSON")
	return cmd
}

// shortTime shows a time to the minute in UTC, "-" when unset.
func shortTime(t time.Time) string { return utcTime(t) }

func (a *app) feedsRemoveCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "remove URL|ID...",
		Short: "Stop following feeds, by URL or id",
		Args:  needArgs("the URLs or ids of feeds to stop following (see 'parallax feeds list')"),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			st, err := a.openExisting(ctx, "parallax.db")
			if err != nil {
				return err
			}
			defer st.Close()
			feeds, err := st.Feeds(ctx)
			if err != nil {
				return err
			}
			failed := false
			for _, arg := range args {
				f, ok := findFeed(feeds, arg)
				if !ok {
					failed = true
					fmt.Fprintf(a.env.Stderr, "parallax: %s: no such feed\n", terminalSafe(arg))
					continue
				}
				if err := st.RemoveFeed(ctx, f.ID); err != nil {
					return err
				}
				fmt.Fprintf(a.env.Stdout, "removed feed %d: %s\n", f.ID, terminalSafe(f.URL))
			}
			if failed {
				return errFailed
			}
			return nil
		},
	}
}

func (a *app) feedsPollCmd() *cobra.Command {
	var (
		pf  pollFlags
		all bool
	)
	cmd := &cobra.Command{
		Use:   "poll ID|URL...|--all",
		Short: "Poll feeds now, whether due or backed off",
		Long: `Poll polls the feeds given (by id or URL), or every feed with --all, at once:
whether they are due or backed off after errors (as after a 'watch --once'
that failed for want of --allow-host), and stores their new articles as
watch does. Prints the summary of 'watch --once' (with --json, the same
JSON); exits 1 if a feed failed or is not followed.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := pf.check(); err != nil {
				return err
			}
			if all == (len(args) > 0) {
				return usageError{fmt.Errorf("give the feeds to poll (ids or URLs, as 'parallax feeds list' shows them) or --all, not both")}
			}
			missing := false
			err := a.runPoll(cmd.Context(), pf, func(feeds []store.Feed) ([]store.Feed, error) {
				if all {
					return feeds, nil
				}
				var chosen []store.Feed
				seen := map[int64]bool{}
				for _, arg := range args {
					f, ok := findFeed(feeds, arg)
					if !ok {
						missing = true
						fmt.Fprintf(a.env.Stderr, "parallax: %s: no such feed\n", terminalSafe(arg))
						continue
					}
					if !seen[f.ID] {
						seen[f.ID] = true
						chosen = append(chosen, f)
					}
				}
				return chosen, nil
			})
			if err == nil && missing {
				return errFailed
			}
			return err
		},
	}
	pf.register(cmd, "print a JSON summary, as watch --once --json does")
	cmd.Flags().BoolVar(&all, "all", false, "poll every followed feed")
	return cmd
}

// findFeed finds a feed by id or by URL.
func findFeed(feeds []store.Feed, arg string) (store.Feed, bool) {
	if id, err := strconv.ParseInt(arg, 10, 64); err == nil {
		for _, f := range feeds {
			if f.ID == id {
				return f, true
			}
		}
		return store.Feed{}, false
	}
	u, err := view.CheckFeedURL(arg)
	for _, f := range feeds {
		if f.URL == arg || (err == nil && f.URL == u) {
			return f, true
		}
	}
	return store.Feed{}, false
}
