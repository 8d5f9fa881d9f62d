package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/parallax-news/parallax/internal/store"
	"github.com/parallax-news/parallax/internal/watches"
	"github.com/spf13/cobra"
)

// openWatchStore opens the database for the watch and export commands.
func (a *app) openWatchStore(ctx context.Context) (store.Store, error) {
	return a.openStore(ctx, "parallax.db")
}

func (a *app) watchesCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "watches",
		Short: "Saved searches that tell you what arrives: feeds, webhooks",
		Long: `A watch is a saved search over what arrives: new articles or events that
match words (--query), a name (--entity), an outlet or an event, and the
findings people follow: an altered quote of someone, a disputed number in a
story about something, a new outlet joining an event, an outlet copying
without credit (--kind). Each match is made once, kept, served as an Atom
feed by 'parallax serve' (/watches/ID/feed.atom) and, when the watch has a
webhook, POSTed to it as JSON signed with HMAC-SHA256.

Matches are made as articles arrive in 'parallax serve' and in
'parallax watches run'; webhooks are sent by 'serve --watch' and
'watches run'.`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error { return cmd.Help() },
	}
	cmd.AddCommand(a.watchesAddCmd(), a.watchesListCmd(), a.watchesShowCmd(), a.watchesRemoveCmd(), a.watchesTestCmd(), a.watchesRunCmd())
	return cmd
}

// specFlags are the flags that define a watch.
type specFlags struct {
	spec       store.WatchSpec
	title      string
	webhook    string
	secretFile string
}

func (f *specFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.spec.Kind, "kind", watches.KindArticle, "what one match is: "+strings.Join(watches.Kinds, ", "))
	cmd.Flags().StringVar(&f.spec.Query, "query", "", "words the articles (or, for events, an article of the event) must match, as search reads them")
	cmd.Flags().StringVar(&f.spec.Entity, "entity", "", "a name the article must mention (for altered-quote: the speaker; for event findings: a name the event is about)")
	cmd.Flags().StringVar(&f.spec.Outlet, "outlet", "", "only articles of this outlet (for uncredited-copy: the outlet that copies)")
	cmd.Flags().StringVar(&f.spec.Lean, "lean", "", "only articles from outlets whose lean is on these sides: left, center, right (comma-separated)")
	cmd.Flags().StringVar(&f.spec.Event, "event", "", "only this event (story id or prefix)")
}

// checkSpec normalises the flags' spec and resolves its event to a full
// story id.
func (a *app) checkSpec(ctx context.Context, st store.Store, sp store.WatchSpec) (store.WatchSpec, error) {
	sp, err := watches.Check(sp)
	if err != nil {
		return sp, usageError{err}
	}
	if sp.Event != "" {
		s, _, err := st.Story(ctx, sp.Event)
		if err != nil {
			return sp, usageError{fmt.Errorf("--event %s: %w", sp.Event, err)}
		}
		sp.Event = s.ID
	}
	return sp, nil
}

func (a *app) watchesAddCmd() *cobra.Command {
	var (
		sf     specFlags
		asJSON bool
	)
	cmd := &cobra.Command{
		Use:   "add [--kind K] [--query Q] [--entity E] [--outlet O] [--event ID] [--webhook URL]",
		Short: "Add a watch",
		Long: `Add a watch. It matches what arrives from now on; 'watches test' shows what it
would have matched among recent articles.

Kinds (--kind):
  article          a new article that passes the filters (the default)
  event            an event, once, when an article that passes the filters
                   starts or joins it
  new-outlet       an outlet that had not reported an event reports it
  altered-quote    an article quotes someone (--entity: the speaker) in words
                   that differ from another outlet's quote of the statement
  disputed-number  an article gives a number for something another outlet of
                   its event gives differently
  uncredited-copy  an article (--outlet: of that outlet) copied from another
                   outlet's article without naming that outlet (only when
                   dates, a dateline or the texts show who copied)

With --webhook each match is POSTed there as JSON, signed with HMAC-SHA256 of
the body under the watch's secret in the X-Parallax-Signature-256 header
("sha256=" and hex). The secret is made for you and printed once, or read
from --secret-file (at least 16 characters). The webhook must be a public
address unless the process that delivers allows it (--allow-host).`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			st, err := a.openWatchStore(ctx)
			if err != nil {
				return err
			}
			defer st.Close()
			w := store.Watch{Title: strings.TrimSpace(sf.title)}
			if w.Spec, err = a.checkSpec(ctx, st, sf.spec); err != nil {
				return err
			}
			if sf.webhook == "" && sf.secretFile != "" {
				return usageError{errors.New("--secret-file needs --webhook")}
			}
			if sf.webhook != "" {
				if w.Webhook, err = watches.CheckWebhook(sf.webhook); err != nil {
					return usageError{err}
				}
				if w.Secret, err = readSecret(sf.secretFile); err != nil {
					return err
				}
			}
			w, err = st.AddWatch(ctx, w)
			if errors.Is(err, store.ErrNoLean) {
				return usageError{err}
			}
			if err != nil {
				return err
			}
			v, err := watches.ViewOf(ctx, st, w)
			if err != nil {
				return err
			}
			v.Secret = w.Secret
			if asJSON {
				return writeJSON(a.env.Stdout, v)
			}
			fmt.Fprintf(a.env.Stdout, "watch %d: %s\n", w.ID, terminalSafe(v.Description))
			fmt.Fprintf(a.env.Stdout, "feed: %s (served by parallax serve)\n", v.Feed)
			if w.Webhook != "" {
				fmt.Fprintf(a.env.Stdout, "webhook: %s\nsecret: %s\n", terminalSafe(w.Webhook), w.Secret)
				if sf.secretFile == "" {
					fmt.Fprintln(a.env.Stdout, "(the secret is shown once: keep it to check the X-Parallax-Signature-256 header)")
				}
			}
			return nil
		},
	}
	sf.register(cmd)
	cmd.Flags().StringVar(&sf.title, "title", "", "a name for the watch (its feed's title)")
	cmd.Flags().StringVar(&sf.webhook, "webhook", "", "POST each match to this URL")
	cmd.Flags().StringVar(&sf.secretFile, "secret-file", "", "file holding the webhook's signing secret (default: a new random one)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the watch as JSON, with its secret")
	return cmd
}

// readSecret reads a webhook secret from a file, or makes one.
func readSecret(path string) (string, error) {
	if path == "" {
		return watches.NewSecret()
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("read secret: %w", err)
	}
	s := strings.TrimSpace(string(b))
	if len(s) < watches.MinSecret {
		return "", usageError{fmt.Errorf("--secret-file %s: the secret must be at least %d characters", path, watches.MinSecret)}
	}
	return s, nil
}

func (a *app) watchesListCmd() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the watches",
		Args:  exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			st, err := a.openWatchStore(ctx)
			if err != nil {
				return err
			}
			defer st.Close()
			ws, err := st.Watches(ctx)
			if err != nil {
				return err
			}
			out := make([]watches.View, 0, len(ws))
			for _, w := range ws {
				v, err := watches.ViewOf(ctx, st, w)
				if err != nil {
					return err
				}
				out = append(out, v)
			}
			if asJSON {
				return writeJSON(a.env.Stdout, out)
			}
			if len(out) == 0 {
				fmt.Fprintln(a.env.Stdout, "no watches (add one with parallax watches add)")
				return nil
			}
			tw := tabwriter.NewWriter(a.env.Stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "ID\tKIND\tWEBHOOK\tDELIVERIES\tWATCHES FOR")
			for _, v := range out {
				deliveries := "-"
				if v.Deliveries != nil {
					deliveries = fmt.Sprintf("%d sent, %d pending, %d failed", v.Deliveries.Delivered, v.Deliveries.Pending, v.Deliveries.Failed)
				}
				what := v.Description
				if v.Title != "" {
					what = v.Title + ": " + what
				}
				fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\n", v.ID, v.Kind, orDash(v.Webhook), deliveries, clip(terminalSafe(what), 80))
			}
			return tw.Flush()
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print a JSON array of watches")
	return cmd
}

// watchArg parses a watch id.
func watchArg(s string) (int64, error) {
	id, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
	if err != nil || id <= 0 {
		return 0, usageError{fmt.Errorf("watch id: want a positive number, not %q", s)}
	}
	return id, nil
}

// watchDetail is what `watches show --json` prints.
type watchDetail struct {
	watches.View
	Matches []watches.MatchView   `json:"matches"`
	Log     []watches.AttemptView `json:"delivery_log"`
}

func (a *app) watchesShowCmd() *cobra.Command {
	var (
		asJSON bool
		limit  int
	)
	cmd := &cobra.Command{
		Use:   "show ID",
		Short: "Show a watch, its recent matches and its delivery log",
		Args:  needArg("a watch id (see 'parallax watches list')"),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := watchArg(args[0])
			if err != nil {
				return err
			}
			if limit < 1 {
				return usageError{errors.New("--limit must be at least 1")}
			}
			ctx := cmd.Context()
			st, err := a.openWatchStore(ctx)
			if err != nil {
				return err
			}
			defer st.Close()
			w, err := st.GetWatch(ctx, id)
			if err != nil {
				return err
			}
			d := watchDetail{Matches: []watches.MatchView{}}
			if d.View, err = watches.ViewOf(ctx, st, w); err != nil {
				return err
			}
			ms, err := st.Matches(ctx, id, limit)
			if err != nil {
				return err
			}
			for _, m := range ms {
				d.Matches = append(d.Matches, watches.MatchViewOf(m))
			}
			log, err := st.DeliveryLog(ctx, id, limit)
			if err != nil {
				return err
			}
			d.Log = watches.AttemptViews(log)
			if asJSON {
				return writeJSON(a.env.Stdout, d)
			}
			printWatch(a.env.Stdout, d)
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the watch, its matches and its delivery log as JSON")
	cmd.Flags().IntVar(&limit, "limit", 20, "show at most this many matches and log entries")
	return cmd
}

func printWatch(w io.Writer, d watchDetail) {
	t := terminalSafe
	fmt.Fprintf(w, "watch %d: %s\n", d.ID, t(d.Description))
	if d.Title != "" {
		fmt.Fprintf(w, "title: %s\n", t(d.Title))
	}
	fmt.Fprintf(w, "feed: %s\n", d.Feed)
	if d.Webhook != "" {
		fmt.Fprintf(w, "webhook: %s (%d delivered, %d pending, %d given up)\n", d.Webhook, d.Deliveries.Delivered, d.Deliveries.Pending, d.Deliveries.Failed)
	}
	fmt.Fprintln(w)
	if len(d.Matches) == 0 {
		fmt.Fprintln(w, "no matches yet")
	}
	for _, m := range d.Matches {
		fmt.Fprintf(w, "%s  %s\n    %s\n", m.Found.Local().Format("2006-01-02 15:04"), t(m.Title), t(clip(m.Summary, 160)))
	}
	if len(d.Log) > 0 {
		fmt.Fprintln(w, "\ndelivery log:")
		tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		for _, x := range d.Log {
			status := "-"
			if x.Status != 0 {
				status = strconv.Itoa(x.Status)
			}
			fmt.Fprintf(tw, "%s\tmatch %d\tattempt %d\t%s\t%s\t%dms\t%s\n", x.At.Local().Format("2006-01-02 15:04:05"),
				x.Match, x.Attempt, x.Outcome, status, x.DurationMS, t(x.Error))
		}
		tw.Flush()
	}
}

func (a *app) watchesRemoveCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "remove ID...",
		Short: "Remove watches, with their matches and delivery logs",
		Args:  needArgs("the ids of watches to remove (see 'parallax watches list')"),
		RunE: func(cmd *cobra.Command, args []string) error {
			var ids []int64
			for _, s := range args {
				id, err := watchArg(s)
				if err != nil {
					return err
				}
				ids = append(ids, id)
			}
			ctx := cmd.Context()
			st, err := a.openWatchStore(ctx)
			if err != nil {
				return err
			}
			defer st.Close()
			failed := false
			for _, id := range ids {
				if err := st.RemoveWatch(ctx, id); err != nil {
					fmt.Fprintf(a.env.Stderr, "parallax: %v\n", err)
					failed = true
					continue
				}
				fmt.Fprintf(a.env.Stdout, "removed watch %d\n", id)
			}
			if failed {
				return errFailed
			}
			return nil
		},
	}
	return cmd
}
