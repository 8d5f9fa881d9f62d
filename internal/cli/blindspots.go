package cli

import (
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/parallax-news/parallax/internal/outlet"
	"github.com/parallax-news/parallax/internal/outlets"
	"github.com/parallax-news/parallax/internal/store"
	"github.com/spf13/cobra"
)

func (a *app) blindspotsCmd() *cobra.Command {
	var (
		asJSON       bool
		rule         = outlet.DefaultRule
		limit        int
		since, until string
	)
	cmd := &cobra.Command{
		Use:   "blindspots",
		Short: "List the stories one side of the spectrum carries almost alone",
		Long: `Blindspots lists, for the left and for the right, the stories that side barely
covers: stories with at least --min-outlets outlets of known lean (5) of which
at least --min-share (0.8) lean the other way. A story for the left is one the
right carries, and the other way round; center outlets count among the rated
outlets, so a story the center also covers well is no blindspot. An outlet
whose sections lean differently counts once for each side its articles are on.
Leans come from your ratings (parallax outlets) and the articles' input. The
strongest come first: the larger share, then more rated outlets.`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := rule.Check(); err != nil {
				return usageError{err}
			}
			var q store.StoryQuery
			var err error
			if q.Since, q.Until, err = parseDays(since, until); err != nil {
				return err
			}
			ctx := cmd.Context()
			st, err := a.openDerived(ctx, "blindspots")
			if err != nil {
				return err
			}
			defer st.Close()
			ix, err := outlets.Load(ctx, st)
			if err != nil {
				return err
			}
			bs, err := outlets.FindBlindspots(ctx, st, ix, q, rule, limit)
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(a.env.Stdout, bs)
			}
			printBlindspots(a.env.Stdout, bs)
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the blindspots as JSON")
	cmd.Flags().IntVar(&rule.MinOutlets, "min-outlets", outlet.DefaultRule.MinOutlets, "least number of rated outlets")
	cmd.Flags().Float64Var(&rule.MinShare, "min-share", outlet.DefaultRule.MinShare, "least share of the rated outlets on one side (more than 0.5, at most 1)")
	cmd.Flags().IntVar(&limit, "limit", 20, "show at most this many for each side (0: all)")
	cmd.Flags().StringVar(&since, "since", "", "only stories with articles on or after this day (YYYY-MM-DD)")
	cmd.Flags().StringVar(&until, "until", "", "only stories that began before this day (YYYY-MM-DD)")
	return cmd
}

func printBlindspots(w io.Writer, bs outlets.Blindspots) {
	fmt.Fprintf(w, "Stories with at least %d rated outlets, at least %.0f%% of them on one side.\n", bs.MinOutlets, 100*bs.MinShare)
	for _, part := range []struct {
		title string
		list  []outlets.Blindspot
	}{{"Blindspots for the left (carried by the right)", bs.Left}, {"Blindspots for the right (carried by the left)", bs.Right}} {
		fmt.Fprintf(w, "\n%s: %d\n", part.title, len(part.list))
		if len(part.list) == 0 {
			continue
		}
		tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "STORY\tDATES\tSHARE\tOUTLETS\tTITLE")
		for _, b := range part.list {
			fmt.Fprintf(tw, "%s\t%s\t%.0f%%\t%s\t%s\n", b.ID, storyDates(b.Story.Story), 100*b.Share, leanCounts(b.Coverage), clip(terminalSafe(orDash(b.Title)), 60))
		}
		tw.Flush()
	}
}
