// Command mergetrace groups the articles of a Parallax SQLite database into
// stories, as `parallax stories` does, and writes one JSON line per merge
// of events that the repair passes make (story.Merge: the two ids, the
// score, the clock and the articles of both sides just before the merge):
//
//	go run ./internal/eval/eventeval/mergetrace --db COPY.db --out merges.jsonl
//
// Give it a copy of a database after `add` and `copies` and before
// `stories`: it writes the stories into it. The stored grouping is the one
// `parallax stories` stores (the trace only reads what the clusterer
// records).
package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/parallax-news/parallax/internal/store/sqlite"
	"github.com/parallax-news/parallax/internal/stories"
)

func main() {
	if err := run(context.Background(), os.Args[1:], os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "mergetrace:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("mergetrace", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := fs.String("db", "", "copy of a Parallax SQLite database after add and copies")
	out := fs.String("out", "", "file to write the merges to (JSON lines)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *db == "" || *out == "" || fs.NArg() > 0 {
		return fmt.Errorf("usage: mergetrace --db COPY.db --out merges.jsonl")
	}
	st, err := sqlite.OpenExisting(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	f, err := os.Create(*out)
	if err != nil {
		return fmt.Errorf("create trace: %w", err)
	}
	w := bufio.NewWriter(f)
	up := stories.Updater{MergeTrace: w}
	n, err := up.Update(ctx, st, nil)
	if err != nil {
		f.Close()
		return fmt.Errorf("stories of %s: %w", *db, err)
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("write trace: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write trace: %w", err)
	}
	fmt.Fprintf(stderr, "mergetrace: %d articles grouped\n", n)
	return nil
}
