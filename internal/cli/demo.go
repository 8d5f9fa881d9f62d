package cli

import (
	"context"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/ingest"
	"github.com/parallax-news/parallax/internal/samples"
	"github.com/parallax-news/parallax/internal/store"
	"github.com/spf13/cobra"
)

func (a *app) demoCmd() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Build a demo database from the bundled sample articles and show it",
		Long: `Demo stores the sample articles that ship inside Parallax (fictional events
reported by fictional outlets, in every format Parallax reads) in a demo
database (demo.db in your data directory unless --db or PARALLAX_DB says
otherwise), then lists them by outlet. Running it again changes nothing.`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.runDemo(cmd.Context(), asJSON)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the demo articles as JSON")
	return cmd
}

func (a *app) runDemo(ctx context.Context, asJSON bool) error {
	path, err := a.dbPath("demo.db")
	if err != nil {
		return err
	}
	st, err := a.openStore(ctx, "demo.db")
	if err != nil {
		return err
	}
	defer st.Close()
	n, err := loadSamples(ctx, st)
	if err != nil {
		return err
	}
	arts, err := st.List(ctx, store.ListQuery{})
	if err != nil {
		return err
	}
	if asJSON {
		return writeJSON(a.env.Stdout, arts)
	}
	fmt.Fprintf(a.env.Stdout, "Demo database: %s (%d sample articles, %d new)\n\n", path, len(arts), n)
	byOutlet := map[string][]*article.Article{}
	for _, art := range arts {
		byOutlet[art.Outlet] = append(byOutlet[art.Outlet], art)
	}
	outlets := make([]string, 0, len(byOutlet))
	for o := range byOutlet {
		outlets = append(outlets, o)
	}
	sort.Strings(outlets)
	tw := tabwriter.NewWriter(a.env.Stdout, 0, 4, 2, ' ', 0)
	for _, o := range outlets {
		fmt.Fprintf(tw, "%s\n", terminalSafe(o))
		for _, art := range byOutlet[o] {
			fmt.Fprintf(tw, "  %s\t%s\t%s\n", art.ID, orDash(dayOf(art.Published)), clip(terminalSafe(displayTitle(art)), 80))
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(a.env.Stdout, "\nTry: parallax --db %s search \"night shift\"\n     parallax --db %s show %s\n", shellQuote(path), shellQuote(path), arts[0].ID[:8])
	return nil
}

// loadSamples stores the bundled sample articles and returns how many were
// new.
func loadSamples(ctx context.Context, st store.Store) (int, error) {
	fsys := samples.FS()
	names, err := fs.Glob(fsys, "*")
	if err != nil {
		return 0, fmt.Errorf("list samples: %w", err)
	}
	var arts []*article.Article
	for _, name := range names {
		f, err := fsys.Open(name)
		if err != nil {
			return 0, fmt.Errorf("open sample %s: %w", name, err)
		}
		err = ingest.ReadStream(ctx, name, f, -1, ingest.Options{}, func(it ingest.Item) error {
			if it.Err != nil {
				return fmt.Errorf("sample %s: %w", it.Input, it.Err)
			}
			it.Article.Source.Location = "sample:" + it.Input
			arts = append(arts, it.Article)
			return nil
		})
		f.Close()
		if err != nil {
			return 0, err
		}
	}
	res, err := st.Put(ctx, arts)
	if err != nil {
		return 0, err
	}
	n := 0
	for _, r := range res {
		if r.Outcome == store.Added {
			n++
		}
	}
	return n, nil
}

// shellQuote quotes a path for a shell command line when it needs it.
func shellQuote(s string) string {
	if strings.Trim(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/._-") == "" {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
