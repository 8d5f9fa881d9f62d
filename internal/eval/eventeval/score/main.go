// Command score reports how a system groups the judged pairs of eventeval:
// per stratum, pairwise precision and recall at the event level and at the
// storyline level, with 95% intervals.
//
//	go run ./internal/eval/eventeval/score --db DB [--split test] [--json]
//	go run ./internal/eval/eventeval/score --articles ARTICLES.json ...
//
// --db reads each article's story and its storyline from a Parallax
// SQLite database; --articles
// reads `parallax articles --all --json` output, with each article's
// story and storyline. --sample names the pairs to score (by default the
// judged sample); --labels adds labels for sample pairs that lack them.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/parallax-news/parallax/internal/eval/eventeval"
)

// defaultSample is the judged sample, from the module root.
const defaultSample = "internal/eval/eventeval/testdata/pairs.tsv"

type labelFiles []string

func (l *labelFiles) String() string     { return strings.Join(*l, ",") }
func (l *labelFiles) Set(s string) error { *l = append(*l, s); return nil }

func main() {
	if err := run(context.Background(), os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "score:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("score", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := fs.String("db", "", "Parallax SQLite database (read only)")
	articles := fs.String("articles", "", "output of `parallax articles --all --json` (instead of --db)")
	sample := fs.String("sample", defaultSample, "pairs file to score")
	var labels labelFiles
	fs.Var(&labels, "labels", "pairs file whose labels fill unlabelled sample pairs (repeatable)")
	split := fs.String("split", "", "score only dev or test pairs (default: both)")
	asJSON := fs.Bool("json", false, "write the report as JSON")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if (*db == "") == (*articles == "") || fs.NArg() > 0 {
		return fmt.Errorf("usage: score (--db DB | --articles FILE) [--sample FILE] [--labels FILE]... [--split dev|test] [--json]")
	}
	if *split != "" && *split != eventeval.Dev && *split != eventeval.Test {
		return fmt.Errorf("--split %q: want dev or test", *split)
	}
	pairs, err := eventeval.ReadPairsFile(*sample)
	if err != nil {
		return err
	}
	var files [][]eventeval.Pair
	for _, l := range labels {
		p, err := eventeval.ReadPairsFile(l)
		if err != nil {
			return err
		}
		files = append(files, p)
	}
	known, err := eventeval.Index(append(files, pairs)...)
	if err != nil {
		return err
	}
	for i, p := range pairs {
		if k, ok := known[p.Key()]; ok && p.Label == eventeval.Unlabelled {
			pairs[i].Label, pairs[i].Storyline, pairs[i].Reason = k.Label, k.Storyline, k.Reason
		}
	}
	var c *eventeval.Corpus
	if *db != "" {
		c, err = eventeval.ReadDB(ctx, *db, false)
	} else {
		var f *os.File
		if f, err = os.Open(*articles); err == nil {
			c, err = eventeval.ReadArticlesJSON(f)
			f.Close()
		}
	}
	if err != nil {
		return err
	}
	rep := eventeval.Score(pairs, *split, c.SameEvent, c.SameStoryline)
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	return rep.Write(stdout)
}
