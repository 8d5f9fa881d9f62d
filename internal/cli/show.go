package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/parallax-news/parallax/internal/dedup"
	"github.com/parallax-news/parallax/internal/view"
	"github.com/spf13/cobra"
)

// showUpdateLimit is the most unchecked articles show checks for copies
// itself before it answers; with more it says the lists may be incomplete.
const showUpdateLimit = 2000

func (a *app) showCmd() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "show ID",
		Short: "Show one article (by id or a unique prefix of it)",
		Args:  needArg("an article id or a unique prefix of at least 4 characters"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkPrefix("article", args[0]); err != nil {
				return err
			}
			ctx := cmd.Context()
			st, err := a.openExisting(ctx, "parallax.db")
			if err != nil {
				return err
			}
			defer st.Close()
			art, err := st.Get(ctx, args[0])
			if err != nil {
				return err
			}
			pending, err := st.CountUnchecked(ctx)
			if err != nil {
				return err
			}
			if pending <= showUpdateLimit {
				if _, err := a.updateDerived(ctx, st, "show"); err != nil {
					return err
				}
				if pending, err = st.CountUnchecked(ctx); err != nil {
					return err
				}
			}
			shown, err := view.ArticleDetail(ctx, st, art.ID)
			if err != nil {
				return err
			}
			shown.CopiesPending = pending > 0
			if asJSON {
				return writeJSON(a.env.Stdout, shown)
			}
			printArticle(a.env.Stdout, shown)
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the article as JSON")
	return cmd
}

func printArticle(w io.Writer, shown view.Article) {
	a, revs := shown.Article, shown.Revisions
	s := terminalSafe
	fmt.Fprintf(w, "%s\n%s\n\n", s(displayTitle(a)), strings.Repeat("=", min(len([]rune(displayTitle(a))), 78)))
	field := func(k, v string) {
		if v != "" {
			fmt.Fprintf(w, "%-10s %s\n", k+":", s(v))
		}
	}
	field("id", a.ID)
	field("outlet", a.Outlet)
	pub := publishedAt(a.Published)
	if a.DateSource != "" && !a.Published.IsZero() {
		pub += " (from the " + a.DateSource + ")"
	}
	field("published", pub)
	field("authors", strings.Join(a.Authors, "; "))
	field("url", a.URL)
	field("language", a.Language)
	field("categories", strings.Join(a.Categories, ", "))
	field("tags", strings.Join(a.Tags, ", "))
	field("source", a.Source.Location+" ("+a.Source.Format+")")
	field("story", shown.Story)
	field("storyline", shown.Storyline)
	field("added", utcTime(a.Added))
	if a.Revision > 1 {
		field("revision", fmt.Sprintf("%d (earlier: %d; see --json)", a.Revision, len(revs)))
	}
	fmt.Fprintf(w, "%-10s %d\n", "words:", a.Words())
	if a.Excerpt != "" && !repeatsText(a.Excerpt, a.Paragraphs) {
		fmt.Fprintf(w, "\n%s\n", s(a.Excerpt))
	}
	fmt.Fprintln(w)
	for _, p := range a.Paragraphs {
		fmt.Fprintf(w, "%s\n\n", s(p))
	}
	// A relation whose direction is a guess (dedup.DirectionKnown) is
	// shared text, never "copied from" or "copied by".
	for _, c := range shown.CopiedFrom {
		if note := dedup.DirectionNote(c.Basis); note != "" {
			fmt.Fprintf(w, "Shares text with %s (%s, %s; %s): %s, %.0f%% of this text\n", c.Source, s(orDash(c.SourceOutlet)), s(clip(c.SourceTitle, 60)), note, c.Kind, 100*c.Share)
			for _, p := range c.Inserted {
				fmt.Fprintf(w, "  only here “%s”\n", s(clip(p, 100)))
			}
			continue
		}
		fmt.Fprintf(w, "Copied from %s (%s, %s): %s, %.0f%% of this text\n", c.Source, s(orDash(c.SourceOutlet)), s(clip(c.SourceTitle, 60)), c.Kind, 100*c.Share)
		for _, p := range c.Inserted {
			fmt.Fprintf(w, "  inserted “%s”\n", s(clip(p, 100)))
		}
	}
	for _, c := range shown.CopiedBy {
		if note := dedup.DirectionNote(c.Basis); note != "" {
			fmt.Fprintf(w, "Shares text with %s (%s, %s; %s): %s, %.0f%% of that text\n", c.Copy, s(orDash(c.CopyOutlet)), s(clip(c.CopyTitle, 60)), note, c.Kind, 100*c.Share)
			continue
		}
		fmt.Fprintf(w, "Copied by %s (%s, %s): %s, %.0f%% of that text\n", c.Copy, s(orDash(c.CopyOutlet)), s(clip(c.CopyTitle, 60)), c.Kind, 100*c.Share)
	}
	if shown.CopiesPending {
		fmt.Fprintln(w, "Copy detection has not checked every article yet: run 'parallax copies'.")
	}
}

// repeatsText reports whether an excerpt only repeats the start of the
// text (many sites' descriptions are their first paragraph, or its first
// words cut with "…"), so that it need not be printed before it.
func repeatsText(excerpt string, paragraphs []string) bool {
	if len(paragraphs) == 0 {
		return false
	}
	norm := func(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }
	ex := norm(excerpt)
	ex = strings.TrimSpace(strings.TrimRight(ex, ".…[] "))
	if ex == "" {
		return true
	}
	start := norm(strings.Join(paragraphs[:min(3, len(paragraphs))], " "))
	return strings.HasPrefix(start, ex)
}
