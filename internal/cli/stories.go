package cli

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/parallax-news/parallax/internal/nlp"
	"github.com/parallax-news/parallax/internal/outlet"
	"github.com/parallax-news/parallax/internal/outlets"
	"github.com/parallax-news/parallax/internal/store"
	"github.com/parallax-news/parallax/internal/view"
	"github.com/spf13/cobra"
)

func (a *app) storiesCmd() *cobra.Command {
	var (
		asJSON       bool
		q            store.StoryQuery
		since, until string
		sortBy       string
		lean         outlets.Filter
		covered      string
		without      string
	)
	cmd := &cobra.Command{
		Use:   "stories",
		Short: "List stories: the articles of many outlets that report one event",
		Long: `Stories first groups the articles added since the last run into stories, one
article at a time in the order of publication (an article joins the best
matching recent story or starts a new one), then lists them, newest first or
(--sort covered) by the number of outlets, or (--sort left, center or right)
by the share of their rated outlets on that side. Filters: --outlet (an outlet
record's id, name, alias or domain, with all its sections), --entity (part of
a main name), --query (full-text over the stories' articles), --since and
--until (days), --lean SIDES (stories outlets of each side covered) and
--without SIDES (stories no outlet of these sides covered). Each story comes
with its coverage by lean: the outlets and articles on each side.`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error {
			var err error
			if q.Since, q.Until, err = parseDays(since, until); err != nil {
				return err
			}
			if err := checkPage(q.Limit, q.Offset, listingRule); err != nil {
				return err
			}
			if q.Text != "" && store.ParseQuery(q.Text).Empty() {
				return usageError{fmt.Errorf("--query %q: %w: no words to search for", q.Text, store.ErrBadQuery)}
			}
			switch sortBy {
			case "newest":
			case "covered":
				q.Covered = true
			case "left", "center", "right":
				lean.Sort = outlet.Side(sortBy)
			default:
				return usageError{fmt.Errorf("--sort: want newest, covered, left, center or right, not %q", sortBy)}
			}
			if lean.Covered, err = outlets.ParseSides(covered); err != nil {
				return usageError{fmt.Errorf("--lean: %w", err)}
			}
			if lean.Without, err = outlets.ParseSides(without); err != nil {
				return usageError{fmt.Errorf("--without: %w", err)}
			}
			a.limitMemory()
			a.collectLess()
			ctx := cmd.Context()
			st, err := a.openDerived(ctx, "stories")
			if err != nil {
				return err
			}
			defer st.Close()
			ix, err := outlets.Load(ctx, st)
			if err != nil {
				return err
			}
			lean.Outlet, q.Outlet = q.Outlet, ""
			list, err := outlets.Stories(ctx, st, ix, q, lean)
			if errors.Is(err, store.ErrBadQuery) {
				return usageError{err}
			} else if err != nil {
				return err
			}
			if list == nil {
				list = []outlets.Story{}
			}
			an, err := nlp.NewAnalyzer()
			if err != nil {
				return err
			}
			// Names and words as the articles write them, not match keys
			// and stems.
			if err := view.DisplayStories(ctx, st, an, list); err != nil {
				return err
			}
			if asJSON {
				return writeJSON(a.env.Stdout, list)
			}
			printStories(a.env.Stdout, list)
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print a JSON array of stories")
	cmd.Flags().IntVar(&q.Limit, "limit", 30, "show at most this many stories (0: all)")
	cmd.Flags().IntVar(&q.Offset, "offset", 0, "skip this many stories first")
	cmd.Flags().StringVar(&q.Outlet, "outlet", "", "only stories this outlet reported")
	cmd.Flags().StringVar(&q.Entity, "entity", "", "only stories whose main names include this")
	cmd.Flags().StringVar(&q.Text, "query", "", "only stories with an article matching this search")
	cmd.Flags().StringVar(&since, "since", "", "only stories with articles on or after this day (YYYY-MM-DD)")
	cmd.Flags().StringVar(&until, "until", "", "only stories that began before this day (YYYY-MM-DD)")
	cmd.Flags().StringVar(&sortBy, "sort", "newest", "newest, covered (most outlets first), or left, center, right (largest share of rated outlets on that side first)")
	cmd.Flags().StringVar(&covered, "lean", "", "only stories that outlets of each of these sides covered (left, center, right; comma-separated)")
	cmd.Flags().StringVar(&without, "without", "", "only stories that no outlet of these sides covered")
	return cmd
}

func printStories(w io.Writer, list []outlets.Story) {
	if len(list) == 0 {
		fmt.Fprintln(w, "no stories")
		return
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "STORY\tDATES\tOUTLETS\tARTICLES\tLEAN\tTITLE")
	for _, s := range list {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%s\t%s\n", s.ID, storyDates(s.Story), len(s.Outlets), s.Articles, leanCounts(s.Coverage), clip(terminalSafe(orDash(s.Title)), 70))
	}
	tw.Flush()
}

func storyDates(s store.Story) string { return spanDates(s.First.Time, s.Last.Time) }

// spanDates prints the days from first to last ("-" when undated).
func spanDates(first, last time.Time) string {
	if first.IsZero() {
		return "-"
	}
	f, l := first.UTC().Format("2006-01-02"), last.UTC().Format("2006-01-02")
	if f == l {
		return f
	}
	if f[:4] != l[:4] {
		return f + ".." + l
	}
	return f + ".." + l[5:]
}

func (a *app) storyCmd() *cobra.Command {
	var (
		asJSON, asMD bool
		csvDir       string
	)
	cmd := &cobra.Command{
		Use:   "story ID [--json|--md|--csv DIR]",
		Short: "Show one story: its outlets and articles, and how each tells it",
		Long: `Story shows one story (by id or unique prefix; an old id of a merged story
still works): the storyline it belongs to, a one-paragraph overview from the
facts most of its outlets share, its articles, when each was published and
why it joined.

--md prints the comparison of its articles as a Markdown report: the facts
every outlet, most outlets or one outlet report, quotes identical or
altered, the names and words each outlet chose, numbers and discrepancies,
copies and who reported first. --json prints the same comparison as one
JSON document (fields in the README) with the story's summary and members.
--csv DIR writes the comparison as CSV tables into DIR (articles, facts,
fact_sentences, quotes, quote_diffs, names, name_variants, terms,
distinctive_words, numbers, copies, timeline), beside its Markdown report
(report.md). The first 100 articles to join are compared.`,
		Args: needArg("a story id or a unique prefix of at least 4 characters"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if asJSON && asMD || csvDir != "" && (asJSON || asMD) {
				return usageError{fmt.Errorf("use one of --json, --md and --csv")}
			}
			if err := checkPrefix("story", args[0]); err != nil {
				return err
			}
			ctx := cmd.Context()
			st, err := a.openDerived(ctx, "story")
			if err != nil {
				return err
			}
			defer st.Close()
			an, err := nlp.NewAnalyzer()
			if err != nil {
				return err
			}
			rd, err := store.NewCleanReader(ctx, st)
			if err != nil {
				return err
			}
			out, arts, err := view.StoryDetail(ctx, st, an, rd, args[0])
			if err != nil {
				return err
			}
			rep, err := view.Report(ctx, an, out, arts)
			if err != nil {
				return err
			}
			if csvDir != "" {
				files, err := writeReportCSV(ctx, csvDir, rep.Report)
				if err != nil {
					return err
				}
				fmt.Fprintf(a.env.Stdout, "wrote %d files to %s\n", len(files), csvDir)
				return nil
			}
			// The page's title: not a preview's headline when the
			// event has a report (view.ReportTitle).
			out.Title = rep.Title
			if !asJSON && !asMD {
				printStory(a.env.Stdout, out, rep.Overview)
				return nil
			}
			if asMD {
				return writeStoryMarkdown(a.env.Stdout, rep.Report, out.Title, rep.Overview)
			}
			return writeJSON(a.env.Stdout, rep)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the story's comparison as JSON")
	cmd.Flags().BoolVar(&asMD, "md", false, "print the story's comparison as Markdown")
	cmd.Flags().StringVar(&csvDir, "csv", "", "write the story's comparison as CSV tables and report.md into this folder")
	return cmd
}

// memberOutlet is the name of the outlet record m's article was folded
// into (the one its URL's domain belongs to), else the name the article
// gave: an input may credit a columnist or a section instead of the outlet
// (as the comparison and the web page already show it).
func memberOutlet(m view.Member) string {
	if m.OutletName != "" {
		return m.OutletName
	}
	return m.Outlet
}

func printStory(w io.Writer, s view.Story, overview string) {
	t := terminalSafe
	count := fmt.Sprintf("%d %s", s.Articles, plural(s.Articles, "article", "articles"))
	if n := len(s.Outlets); n > 0 {
		count += fmt.Sprintf(" from %d %s", n, plural(n, "outlet", "outlets"))
	}
	fmt.Fprintf(w, "%s\n%s  %s  %s\n", t(orDash(s.Title)), s.ID, storyDates(s.Story), count)
	if l := s.Thread; l != nil {
		fmt.Fprintf(w, "storyline: %s  %s  %d %s: %s\n", l.ID, spanDates(l.First.Time, l.Last.Time), l.Stories, plural(l.Stories, "story", "stories"), clip(t(orDash(l.Title)), 60))
	}
	if len(s.Names) > 0 {
		fmt.Fprintf(w, "names: %s\n", t(strings.Join(s.Names, ", ")))
	}
	if s.Coverage != nil && s.Coverage.Articles > 0 {
		fmt.Fprintf(w, "outlets by lean: %s\n", leanCounts(*s.Coverage))
	}
	if overview != "" {
		fmt.Fprintf(w, "\n%s\n", t(overview))
	}
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	for _, m := range s.Members {
		why := "grouping began here"
		if m.Merged {
			why = "started an event merged into this one"
		}
		if !m.Joined.New {
			why = fmt.Sprintf("joined, score %.2f", m.Joined.Score)
			if len(m.Joined.TopTerms) > 0 {
				why += " (" + strings.Join(m.Joined.TopTerms[:min(4, len(m.Joined.TopTerms))], ", ") + ")"
			}
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", m.ID, published(m.Published), clip(t(orDash(memberOutlet(m))), 22), clip(t(m.Title), 60), t(why))
	}
	tw.Flush()
}
