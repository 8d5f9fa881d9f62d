package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/parallax-news/parallax/internal/copies"
	"github.com/parallax-news/parallax/internal/dedup"
	"github.com/parallax-news/parallax/internal/store"
	"github.com/spf13/cobra"
)

// copyOut is one copy relation as `copies --json` prints it: the detector's
// finding with the two articles' outlets and titles.
type copyOut struct {
	dedup.Match
	SourceOutlet string `json:"source_outlet"`
	SourceTitle  string `json:"source_title"`
	CopyOutlet   string `json:"copy_outlet"`
	CopyTitle    string `json:"copy_title"`
}

// copyStore is a store that also keeps copy detection.
type copyStore interface {
	store.Store
	store.CopyStore
}

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
			ctx := cmd.Context()
			st, err := a.openCopyStore(ctx)
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
			out, err := loadCopies(ctx, st, id)
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

func (a *app) openCopyStore(ctx context.Context) (copyStore, error) {
	st, err := a.openStore(ctx, "parallax.db")
	if err != nil {
		return nil, err
	}
	cs, ok := st.(copyStore)
	if !ok {
		st.Close()
		return nil, fmt.Errorf("this database does not keep copy detection")
	}
	return cs, nil
}

// updateCopies checks the articles added since the last check, with a
// progress line on a terminal.
func (a *app) updateCopies(ctx context.Context, st copyStore) error {
	progress := func(done, total int) {
		if a.env.StderrIsTerminal {
			fmt.Fprintf(a.env.Stderr, "\rchecking for copies: %d of %d", done, total)
		}
	}
	checked, _, err := copies.Update(ctx, st, progress)
	if checked > 0 && a.env.StderrIsTerminal {
		fmt.Fprintln(a.env.Stderr)
	}
	return err
}

func loadCopies(ctx context.Context, st copyStore, id string) ([]copyOut, error) {
	links, err := st.CopyLinks(ctx, id)
	if err != nil {
		return nil, err
	}
	out := make([]copyOut, 0, len(links))
	for _, l := range links {
		var c copyOut
		if err := json.Unmarshal(l.Detail, &c.Match); err != nil {
			return nil, fmt.Errorf("copy %s -> %s: %w", l.Source, l.Copy, err)
		}
		if src, err := st.Get(ctx, l.Source); err == nil {
			c.SourceOutlet, c.SourceTitle = src.Outlet, src.Title
		}
		if cp, err := st.Get(ctx, l.Copy); err == nil {
			c.CopyOutlet, c.CopyTitle = cp.Outlet, cp.Title
		}
		out = append(out, c)
	}
	return out, nil
}

func printCopy(w io.Writer, c copyOut) {
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
