package cli

import (
	"fmt"
	"text/tabwriter"
	"time"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/store"
	"github.com/parallax-news/parallax/internal/view"
	"github.com/spf13/cobra"
)

func (a *app) articlesCmd() *cobra.Command {
	var (
		asJSON, all  bool
		q            store.ListQuery
		since, until string
	)
	cmd := &cobra.Command{
		Use:   "articles",
		Short: "List stored articles, newest first",
		Long: `List stored articles, newest published first (undated ones last).
With --json, print a JSON array of whole articles, each with the story
(event) and storyline it belongs to (see the README for fields). --all lists
every article, without a limit.`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error {
			var err error
			if q.Since, q.Until, err = parseDays(since, until); err != nil {
				return err
			}
			if err := checkPage(q.Limit, q.Offset, listingRule); err != nil {
				return err
			}
			if all {
				if cmd.Flags().Changed("limit") {
					return usageError{fmt.Errorf("--all and --limit cannot be used together")}
				}
				q.Limit = 0
			}
			ctx := cmd.Context()
			st, err := a.openExisting(ctx, "parallax.db")
			if err != nil {
				return err
			}
			defer st.Close()
			arts, err := st.List(ctx, q)
			if err != nil {
				return err
			}
			total, err := st.Count(ctx, q)
			if err != nil {
				return err
			}
			if !all && len(arts) < total-q.Offset {
				fmt.Fprintf(a.env.Stderr, "parallax: showing %d of %d articles; use --limit and --offset for more\n", len(arts), total)
			}
			if asJSON {
				listed, err := view.ListArticles(ctx, st, arts)
				if err != nil {
					return err
				}
				return writeJSONArray(a.env.Stdout, listed)
			}
			tw := tabwriter.NewWriter(a.env.Stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "ID\tPUBLISHED\tOUTLET\tTITLE")
			for _, art := range arts {
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", art.ID, published(art.Published),
					orDash(clip(terminalSafe(art.Outlet), 24)), clip(terminalSafe(displayTitle(art)), 80))
			}
			return tw.Flush()
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print a JSON array of articles")
	cmd.Flags().IntVar(&q.Limit, "limit", 50, "show at most this many articles (0: all)")
	cmd.Flags().BoolVar(&all, "all", false, "list every article (no limit)")
	cmd.Flags().IntVar(&q.Offset, "offset", 0, "skip this many articles first")
	cmd.Flags().StringVar(&q.Outlet, "outlet", "", "only articles of this outlet")
	cmd.Flags().StringVar(&since, "since", "", "only articles published on or after this day (YYYY-MM-DD)")
	cmd.Flags().StringVar(&until, "until", "", "only articles published before this day (YYYY-MM-DD)")
	return cmd
}

// parseDays reads the --since and --until flags (YYYY-MM-DD, either may be
// empty), as a usage error that names the flag.
func parseDays(since, until string) (from, to time.Time, err error) {
	if from, err = parseDay(since); err != nil {
		return from, to, usageError{fmt.Errorf("--since: %w", err)}
	}
	if to, err = parseDay(until); err != nil {
		return from, to, usageError{fmt.Errorf("--until: %w", err)}
	}
	return from, to, nil
}

func parseDay(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	d, err := article.ParseDate(s)
	if err != nil {
		return time.Time{}, err
	}
	return d.Time, nil
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// displayTitle is the article's title, or the start of its text when it
// has none.
func displayTitle(a *article.Article) string {
	if a.Title != "" {
		return a.Title
	}
	if len(a.Paragraphs) > 0 {
		return clip(a.Paragraphs[0], 70)
	}
	return "(untitled)"
}
