// Command draw draws the judged-pair sample of eventeval from a Parallax
// database: pairs inside big stories, inside small stories, and look-alike
// pairs across stories (see ../SAMPLING.md). Pairs already labelled in the
// files given with --labels keep their labels; --todo writes only the
// pairs still to label.
//
//	go run ./internal/eval/eventeval/draw --db DB --seed 14 --out pairs.tsv \
//	    [--labels internal/eval/eventeval/testdata/pairs.tsv] [--todo] [--fresh] [--tag NAME]
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

type labelFiles []string

func (l *labelFiles) String() string     { return strings.Join(*l, ",") }
func (l *labelFiles) Set(s string) error { *l = append(*l, s); return nil }

func main() {
	if err := run(context.Background(), os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "draw:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("draw", flag.ContinueOnError)
	fs.SetOutput(stderr)
	def := eventeval.DefaultOptions(0)
	db := fs.String("db", "", "Parallax SQLite database to draw from (read only)")
	seed := fs.Int64("seed", 14, "seed of every random choice and of the dev/test split")
	out := fs.String("out", "-", "where to write the pairs file (- for standard output)")
	var labels labelFiles
	fs.Var(&labels, "labels", "pairs file whose labels are reused (repeatable)")
	todo := fs.Bool("todo", false, "write only the pairs still to label")
	tag := fs.String("tag", "", "append /TAG to the strata names (to tell a draw on another database apart)")
	fs.IntVar(&def.Big, "big", def.Big, "pairs to draw inside big stories")
	fs.IntVar(&def.Small, "small", def.Small, "pairs to draw inside small stories")
	fs.IntVar(&def.Lookalike, "lookalike", def.Lookalike, "look-alike pairs to draw across stories")
	fs.IntVar(&def.Undated, "undated", def.Undated, "pairs to draw inside events of undated articles only")
	fs.BoolVar(&def.Fresh, "fresh", false, "never draw a pair the --labels files already hold (a fresh part of the sample)")
	fs.IntVar(&def.BigMin, "big-min", def.BigMin, "smallest story of the big stratum")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *db == "" || fs.NArg() > 0 {
		return fmt.Errorf("usage: draw --db DB [--seed N] [--out FILE] [--labels FILE]... [--todo] [--tag NAME]")
	}
	opts := def
	opts.Seed = *seed
	var files [][]eventeval.Pair
	for _, l := range labels {
		p, err := eventeval.ReadPairsFile(l)
		if err != nil {
			return err
		}
		files = append(files, p)
	}
	known, err := eventeval.Index(files...)
	if err != nil {
		return err
	}
	c, err := eventeval.ReadDB(ctx, *db, opts.Lookalike > 0)
	if err != nil {
		return err
	}
	pairs, err := eventeval.Draw(c, opts, known)
	if err != nil {
		return err
	}
	var kept []eventeval.Pair
	counts := map[string][2]int{}
	for _, p := range pairs {
		n := counts[p.Stratum]
		n[0]++
		if p.Label == eventeval.Unlabelled {
			n[1]++
		}
		counts[p.Stratum] = n
		if *tag != "" {
			p.Stratum += "/" + *tag
		}
		if !*todo || p.Label == eventeval.Unlabelled {
			kept = append(kept, p)
		}
	}
	for _, s := range []string{eventeval.Big, eventeval.Small, eventeval.Lookalike, eventeval.Undated} {
		fmt.Fprintf(stderr, "%s: %d pairs drawn, %d to label\n", s, counts[s][0], counts[s][1])
	}
	if *out == "-" {
		return eventeval.WritePairs(stdout, kept)
	}
	f, err := os.Create(*out)
	if err != nil {
		return err
	}
	if err := eventeval.WritePairs(f, kept); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", *out, err)
	}
	return f.Close()
}
