package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/parallax-news/parallax/internal/view"
	"github.com/spf13/cobra"
)

func (a *app) copiesCmd() *cobra.Command {
	var (
		asJSON bool
		id     string
	)
	cmd := &cobra.Command{
		Use:   "copies [--article ID]",
		Short: "List articles copied from other articles, and what the copier changed",
		Long: `Copies first checks every article added since the last run against all the
articles stored before it (oldest published first), then lists the copy
relations: duplicate, near-duplicate or derived (wholly or partly), the likely
source, the share of the copy taken from it, and the edits: phrases the copier
inserted, passages it removed, words it substituted.

Revisions of one article at one URL are kept as revisions (see show), not as
copies.`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error {
			if id != "" {
				if err := checkPrefix("--article", id); err != nil {
					return err
				}
			}
			ctx := cmd.Context()
			st, err := a.openExisting(ctx, "parallax.db")
			if err != nil {
				return err
			}
			defer st.Close()
			if err := a.updateCopies(ctx, st); err != nil {
				return err
			}
			if id != "" {
				art, err := st.Get(ctx, id)
				if err != nil {
					return err
				}
				id = art.ID
			}
			out, err := view.LoadCopies(ctx, st, id)
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(a.env.Stdout, out)
			}
			if len(out) == 0 {
				fmt.Fprintln(a.env.Stdout, "no copies found")
			}
			for _, c := range out {
				printCopy(a.env.Stdout, c)
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print a JSON array of copy relations")
	cmd.Flags().StringVar(&id, "article", "", "only relations of this article (id or unique prefix)")
	return cmd
}

func printCopy(w io.Writer, c view.Copy) {
	s := terminalSafe
	kind := string(c.Kind)
	if c.Extent != "" {
		kind += " (" + c.Extent + ")"
	}
	fmt.Fprintf(w, "%s  %.0f%% of the copy taken from the source\n", kind, 100*c.Share)
	fmt.Fprintf(w, "  source  %s  %s  %s\n", c.Source, s(clip(orDash(c.SourceOutlet), 24)), s(clip(c.SourceTitle, 70)))
	fmt.Fprintf(w, "  copy    %s  %s  %s\n", c.Copy, s(clip(orDash(c.CopyOutlet), 24)), s(clip(c.CopyTitle, 70)))
	for _, p := range c.Inserted {
		fmt.Fprintf(w, "  inserted     “%s”\n", s(clip(p, 100)))
	}
	for _, p := range c.Removed {
		fmt.Fprintf(w, "  removed      “%s”\n", s(clip(p, 100)))
	}
	if len(c.Substituted) > 0 {
		var subs []string
		for _, sub := range c.Substituted {
			subs = append(subs, sub.From+" → "+sub.To)
		}
		fmt.Fprintf(w, "  substituted  %s\n", s(clip(strings.Join(subs, "; "), 100)))
	}
	fmt.Fprintln(w)
}
