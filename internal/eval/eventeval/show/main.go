// Command show is a reading aid for labelling a pairs file: for each pair
// it prints both articles' outlet, date, title, URL, the story the
// database puts them in, and the first words of their texts, so that a
// labeller can judge the pair. It prints article text to the terminal
// only; never paste it into the sample.
//
//	go run ./internal/eval/eventeval/show --db DB --pairs FILE [--todo] [--from 1] [--n 20] [--words 150]
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/parallax-news/parallax/internal/eval/eventeval"
)

func main() {
	if err := run(context.Background(), os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "show:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("show", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := fs.String("db", "", "Parallax SQLite database holding the articles (read only)")
	file := fs.String("pairs", "", "pairs file")
	todo := fs.Bool("todo", false, "show only unlabelled pairs")
	from := fs.Int("from", 1, "first pair to show (1-based, after --todo filtering)")
	n := fs.Int("n", 20, "how many pairs to show")
	words := fs.Int("words", 150, "words of each text to show")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *db == "" || *file == "" || fs.NArg() > 0 {
		return fmt.Errorf("usage: show --db DB --pairs FILE [--todo] [--from N] [--n N] [--words N]")
	}
	pairs, err := eventeval.ReadPairsFile(*file)
	if err != nil {
		return err
	}
	if *todo {
		var keep []eventeval.Pair
		for _, p := range pairs {
			if p.Label == eventeval.Unlabelled {
				keep = append(keep, p)
			}
		}
		pairs = keep
	}
	if *from > 1 {
		pairs = pairs[min(*from-1, len(pairs)):]
	}
	pairs = pairs[:min(*n, len(pairs))]
	c, err := eventeval.ReadDB(ctx, *db, false)
	if err != nil {
		return err
	}
	sizes := map[string]int{}
	for _, a := range c.Articles {
		sizes[a.Event]++
	}
	var ids []string
	for _, p := range pairs {
		for _, r := range []eventeval.Ref{p.A, p.B} {
			if a, ok := c.Find(r); ok {
				ids = append(ids, a.ID)
			}
		}
	}
	bodies, err := eventeval.ReadBodies(ctx, *db, ids)
	if err != nil {
		return err
	}
	for i, p := range pairs {
		fmt.Fprintf(stdout, "=== %d %s %s|%s", *from+i, p.Stratum, p.A.ID, p.B.ID)
		if p.Label != eventeval.Unlabelled {
			fmt.Fprintf(stdout, " [%s storyline=%v: %s]", p.Label, p.Storyline, p.Reason)
		}
		fmt.Fprintln(stdout)
		for _, r := range []eventeval.Ref{p.A, p.B} {
			a, ok := c.Find(r)
			if !ok {
				fmt.Fprintf(stdout, "  %s: not in the database\n", r.ID)
				continue
			}
			day := "undated"
			if !a.Published.IsZero() {
				day = a.Published.Format("2006-01-02")
			}
			fmt.Fprintf(stdout, "-- %s | %s | story %.8s (%d)\n   %s\n   %s\n", a.Outlet, day, a.Event, sizes[a.Event], a.Title, a.Ref.URL)
			fmt.Fprintf(stdout, "   %s\n", firstWords(bodies[a.ID], *words))
		}
	}
	return nil
}

func firstWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = append(f[:n], "…")
	}
	return strings.Join(f, " ")
}
