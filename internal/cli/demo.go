package cli

import (
	"bytes"
	"context"
	"fmt"
	"strings"

	"github.com/parallax-news/parallax/internal/nlp"
	"github.com/parallax-news/parallax/internal/outlet"
	"github.com/parallax-news/parallax/internal/outlets"
	"github.com/parallax-news/parallax/internal/samples"
	"github.com/parallax-news/parallax/internal/store"
	"github.com/parallax-news/parallax/internal/view"
	"github.com/spf13/cobra"
)

func (a *app) demoCmd() *cobra.Command {
	var (
		asJSON, noServe bool
		sf              serveFlags
	)
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Build a demo database from the bundled sample articles and show its stories",
		Long: `Demo stores the sample articles that ship inside Parallax (fictional events
reported by fictional outlets, in every format Parallax reads) in a demo
database (demo.db in your data directory unless --db or PARALLAX_DB says
otherwise), checks them for copies, groups them into stories, prints each
story with its articles and why each joined, and then serves the web UI
(as 'parallax serve' does, on 127.0.0.1:8080 or, when that is taken, a free
port) until interrupted, printing its address. --no-serve and --json only
print. Running it again adds nothing.`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error {
			// The default port may be taken (by another demo); an address
			// the user chose is not changed behind their back.
			fallback := ""
			if !cmd.Flags().Changed("addr") {
				fallback = "127.0.0.1:0"
			}
			return a.runDemo(cmd.Context(), asJSON, !noServe && !asJSON, sf, fallback)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the demo stories as JSON and exit")
	cmd.Flags().BoolVar(&noServe, "no-serve", false, "print the stories and exit without serving the web UI")
	sf.register(cmd, "127.0.0.1:8080")
	return cmd
}

func (a *app) runDemo(ctx context.Context, asJSON, serve bool, sf serveFlags, fallback string) error {
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
	if _, err := a.updateDerived(ctx, st, "demo"); err != nil {
		return err
	}
	list, err := st.Stories(ctx, store.StoryQuery{Covered: true})
	if err != nil {
		return err
	}
	an, err := nlp.NewAnalyzer()
	if err != nil {
		return err
	}
	rd, err := store.NewCleanReader(ctx, st)
	if err != nil {
		return err
	}
	out := make([]view.Story, 0, len(list))
	for _, s := range list {
		so, _, err := view.StoryDetail(ctx, st, an, rd, s.ID)
		if err != nil {
			return err
		}
		out = append(out, so)
	}
	if asJSON {
		return writeJSON(a.env.Stdout, out)
	}
	total := 0
	for _, s := range out {
		total += len(s.Members)
	}
	fmt.Fprintf(a.env.Stdout, "Demo database: %s\n%d sample articles (%d new) from fictional outlets, grouped into %d stories:\n\n", path, total, n, len(out))
	for _, s := range out {
		printStory(a.env.Stdout, s, "")
		fmt.Fprintln(a.env.Stdout)
	}
	if len(out) > 0 {
		p, db := a.program(), shellQuote(path)
		fmt.Fprintf(a.env.Stdout, "Try: %s --db %s story %s\n     %s --db %s copies\n     %s --db %s search \"night shift\"\n",
			p, db, out[0].ID, p, db, p, db)
	}
	if !serve {
		return nil
	}
	fmt.Fprintln(a.env.Stdout)
	token, err := a.token(sf)
	if err != nil {
		return err
	}
	return a.serve(ctx, st, sf, token, nil, nil, fallback)
}

// loadSamples stores the bundled sample articles, and the made-up ratings
// of their fictional outlets, and returns how many articles were new.
func loadSamples(ctx context.Context, st store.Store) (int, error) {
	arts, err := samples.Articles(ctx)
	if err != nil {
		return 0, err
	}
	res, err := st.Put(ctx, arts)
	if err != nil {
		return 0, err
	}
	sum, err := outlets.Import(ctx, st, "sample:outlets.csv", bytes.NewReader(samples.OutletsCSV()), outlet.CSV)
	if err != nil {
		return 0, err
	}
	if sum.Failed > 0 {
		return 0, fmt.Errorf("sample outlets: %s: %s", sum.Errors[0].Input, sum.Errors[0].Error)
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
