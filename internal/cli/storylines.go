package cli

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/parallax-news/parallax/internal/nlp"
	"github.com/parallax-news/parallax/internal/store"
	"github.com/parallax-news/parallax/internal/view"
	"github.com/spf13/cobra"
)

func (a *app) storylinesCmd() *cobra.Command {
	var (
		asJSON       bool
		q            store.StorylineQuery
		since, until string
		sortBy       string
	)
	cmd := &cobra.Command{
		Use:   "storylines",
		Short: "List storylines: threads of related stories over weeks or months",
		Long: `Storylines first groups the articles added since the last run into stories
(as 'parallax stories' does), then lists the storylines: threads of stories
(events) that continue one saga, linked by their participants and by
continuity in time, newest first or (--sort covered) by the number of
stories. Filters: --entity (part of a main name), --since and --until
(days).`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error {
			var err error
			if q.Since, q.Until, err = parseDays(since, until); err != nil {
				return err
			}
			switch sortBy {
			case "newest":
			case "covered":
				q.Covered = true
			default:
				return usageError{fmt.Errorf("--sort: want newest or covered, not %q", sortBy)}
			}
			if err := checkPage(q.Limit, q.Offset, listingRule); err != nil {
				return err
			}
			ctx := cmd.Context()
			st, err := a.openDerived(ctx, "storylines")
			if err != nil {
				return err
			}
			defer st.Close()
			list, err := st.Storylines(ctx, q)
			if err != nil {
				return err
			}
			if list == nil {
				list = []store.Storyline{}
			}
			an, err := nlp.NewAnalyzer()
			if err != nil {
				return err
			}
			if err := view.DisplayStorylines(ctx, st, an, list); err != nil {
				return err
			}
			if asJSON {
				return writeJSON(a.env.Stdout, list)
			}
			printStorylines(a.env.Stdout, list)
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print a JSON array of storylines")
	cmd.Flags().IntVar(&q.Limit, "limit", 30, "show at most this many storylines (0: all)")
	cmd.Flags().IntVar(&q.Offset, "offset", 0, "skip this many storylines first")
	cmd.Flags().StringVar(&q.Entity, "entity", "", "only storylines whose main names include this")
	cmd.Flags().StringVar(&since, "since", "", "only storylines with articles on or after this day (YYYY-MM-DD)")
	cmd.Flags().StringVar(&until, "until", "", "only storylines that began before this day (YYYY-MM-DD)")
	cmd.Flags().StringVar(&sortBy, "sort", "newest", "newest or covered (most stories first)")
	return cmd
}

func printStorylines(w io.Writer, list []store.Storyline) {
	if len(list) == 0 {
		fmt.Fprintln(w, "no storylines")
		return
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "STORYLINE\tDATES\tSTORIES\tARTICLES\tTITLE")
	for _, l := range list {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%s\n", l.ID, spanDates(l.First.Time, l.Last.Time), l.Stories, l.Articles, clip(terminalSafe(orDash(l.Title)), 70))
	}
	tw.Flush()
}

func (a *app) storylineCmd() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "storyline ID [--json]",
		Short: "Show one storyline: its stories in the order they happened",
		Long: `Storyline shows one storyline (by id or unique prefix; an old id of a merged
storyline still works): its stories (events) in the order of their first
articles, each with its dates, outlets, articles and title. --json prints
the storyline with its stories (fields in the README).`,
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			st, err := a.openDerived(ctx, "storyline")
			if err != nil {
				return err
			}
			defer st.Close()
			an, err := nlp.NewAnalyzer()
			if err != nil {
				return err
			}
			l, err := view.StorylineDetail(ctx, st, an, args[0])
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(a.env.Stdout, l)
			}
			printStoryline(a.env.Stdout, l)
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the storyline and its stories as JSON")
	return cmd
}

func printStoryline(w io.Writer, l view.Storyline) {
	t := terminalSafe
	fmt.Fprintf(w, "%s\n%s  %s  %d stories, %d articles from %d outlets\n", t(orDash(l.Title)), l.ID, spanDates(l.First.Time, l.Last.Time),
		l.Stories, l.Articles, len(l.Outlets))
	if len(l.Entities) > 0 {
		fmt.Fprintf(w, "names: %s\n", t(strings.Join(l.Entities[:min(8, len(l.Entities))], ", ")))
	}
	if l.Coverage.Articles > 0 {
		fmt.Fprintf(w, "outlets by lean: %s\n", leanCounts(l.Coverage))
	}
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "STORY\tDATES\tOUTLETS\tARTICLES\tTITLE")
	for _, s := range l.Events {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%s\n", s.ID, storyDates(s), len(s.Outlets), s.Articles, clip(t(orDash(s.Title)), 70))
	}
	tw.Flush()
}
