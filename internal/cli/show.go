package cli

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/store"
	"github.com/spf13/cobra"
)

// shownArticle is what `show --json` prints: the article and its earlier
// revisions.
type shownArticle struct {
	*article.Article
	Revisions []store.Revision `json:"revisions"`
}

func (a *app) showCmd() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "show ID",
		Short: "Show one article (by id or a unique prefix of it)",
		Args:  exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			st, err := a.openStore(ctx, "parallax.db")
			if err != nil {
				return err
			}
			defer st.Close()
			art, err := st.Get(ctx, args[0])
			if errors.Is(err, store.ErrNotFound) || errors.Is(err, store.ErrAmbiguous) {
				return err
			} else if err != nil {
				return err
			}
			revs, err := st.Revisions(ctx, art.ID)
			if err != nil {
				return err
			}
			if revs == nil {
				revs = []store.Revision{}
			}
			if asJSON {
				return writeJSON(a.env.Stdout, shownArticle{Article: art, Revisions: revs})
			}
			printArticle(a.env.Stdout, art, revs)
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the article as JSON")
	return cmd
}

func printArticle(w io.Writer, a *article.Article, revs []store.Revision) {
	s := terminalSafe
	fmt.Fprintf(w, "%s\n%s\n\n", s(displayTitle(a)), strings.Repeat("=", min(len([]rune(displayTitle(a))), 78)))
	field := func(k, v string) {
		if v != "" {
			fmt.Fprintf(w, "%-10s %s\n", k+":", s(v))
		}
	}
	field("id", a.ID)
	field("outlet", a.Outlet)
	field("published", a.Published.String())
	field("authors", strings.Join(a.Authors, "; "))
	field("url", a.URL)
	field("language", a.Language)
	field("categories", strings.Join(a.Categories, ", "))
	field("tags", strings.Join(a.Tags, ", "))
	field("source", a.Source.Location+" ("+a.Source.Format+")")
	field("added", a.Added.Format("2006-01-02 15:04:05Z07:00"))
	if a.Revision > 1 {
		field("revision", fmt.Sprintf("%d (earlier: %d; see --json)", a.Revision, len(revs)))
	}
	fmt.Fprintf(w, "%-10s %d\n", "words:", a.Words())
	if a.Excerpt != "" {
		fmt.Fprintf(w, "\n%s\n", s(a.Excerpt))
	}
	fmt.Fprintln(w)
	for _, p := range a.Paragraphs {
		fmt.Fprintf(w, "%s\n\n", s(p))
	}
}
