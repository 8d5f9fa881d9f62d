package cli

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/parallax-news/parallax/internal/store"
	"github.com/parallax-news/parallax/internal/view"
	"github.com/spf13/cobra"
)

// indexText indexes the articles stored since the last search, with
// progress on standard error (add leaves the full-text index to the first
// search, so that a large import is not held up by it).
func (a *app) indexText(ctx context.Context, st store.Store) error {
	total, err := st.TextPending(ctx)
	if err != nil || total == 0 {
		return err
	}
	p := newProgress(a.env, "indexing for search", int64(total), false, total >= 2000)
	defer p.finish()
	for done := 0; done < total; {
		n, err := st.IndexText(ctx, 4000)
		if err != nil || n == 0 {
			return err
		}
		done += n
		p.set(done, total)
	}
	return nil
}

func (a *app) searchCmd() *cobra.Command {
	var (
		asJSON bool
		limit  int
	)
	cmd := &cobra.Command{
		Use:   "search QUERY",
		Short: "Search the titles and texts of stored articles",
		Long: `Search finds articles that contain every word of QUERY (in any form:
"strike" finds "strikes"), "quoted phrases" as written, and word* prefixes.
Results are ranked best first. On a terminal the matched words of each
snippet are set in bold; otherwise (and with NO_COLOR or TERM=dumb) the
snippet is plain text. --json marks them with ** as the README says. The
articles added since the last search are indexed first (add leaves that to
search).`,
		Args: needArgs("words to search for"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkPage(limit, 0, searchRule); err != nil {
				return err
			}
			query := strings.Join(args, " ")
			if store.ParseQuery(query).Empty() {
				return usageError{fmt.Errorf("search %q: %w: no words to search for", query, store.ErrBadQuery)}
			}
			ctx := cmd.Context()
			st, err := a.openExisting(ctx, "parallax.db")
			if err != nil {
				return err
			}
			defer st.Close()
			if err := a.indexText(ctx, st); err != nil {
				return err
			}
			rd, err := store.NewCleanReader(ctx, st)
			if err != nil {
				return err
			}
			out, err := view.Search(ctx, st, rd, query, limit)
			if errors.Is(err, store.ErrBadQuery) {
				return usageError{err}
			} else if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(a.env.Stdout, out)
			}
			if len(out) == 0 {
				fmt.Fprintln(a.env.Stdout, "no articles found")
				return nil
			}
			bold := a.env.styled()
			tw := tabwriter.NewWriter(a.env.Stdout, 0, 4, 2, ' ', 0)
			for _, h := range out {
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", h.ID, published(h.Published), orDash(clip(terminalSafe(h.Outlet), 24)), clip(terminalSafe(h.Title), 80))
				fmt.Fprintf(tw, "\t\t\t%s\n", highlight(h.Snippet, 100, bold))
			}
			return tw.Flush()
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print a JSON array of hits")
	cmd.Flags().IntVar(&limit, "limit", 20, "show at most this many hits")
	return cmd
}
