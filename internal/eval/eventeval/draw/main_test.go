package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/eval/eventeval"
	"github.com/parallax-news/parallax/internal/eval/eventeval/eventevaltest"
)

func TestDrawCommand(t *testing.T) {
	db, _ := eventevaltest.DB(t)
	dir := t.TempDir()
	out := filepath.Join(dir, "pairs.tsv")
	var stdout, stderr bytes.Buffer
	args := []string{"--db", db, "--seed", "7", "--big", "0", "--small", "5", "--lookalike", "0", "--big-min", "3"}
	if err := run(context.Background(), append(args, "--out", out), &stdout, &stderr); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(stderr.String(), "small: 2 pairs drawn, 2 to label") {
		t.Errorf("stderr = %q", stderr.String())
	}
	pairs, err := eventeval.ReadPairsFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if len(pairs) != 2 {
		t.Fatalf("%d pairs, want one from each two-article story", len(pairs))
	}
	// Label the first pair; the next draw reuses it and --todo leaves it out.
	pairs[0].Label, pairs[0].Storyline, pairs[0].Reason = eventeval.SameEvent, true, "made-up verdict"
	labels := filepath.Join(dir, "labels.tsv")
	var buf bytes.Buffer
	if err := eventeval.WritePairs(&buf, pairs[:1]); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(labels, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	stdout.Reset()
	stderr.Reset()
	if err := run(context.Background(), append(args, "--labels", labels, "--todo", "--tag", "again"), &stdout, &stderr); err != nil {
		t.Fatal(err)
	}
	todo, err := eventeval.ReadPairs(&stdout)
	if err != nil {
		t.Fatal(err)
	}
	if len(todo) != 1 || todo[0].Key() == pairs[0].Key() || todo[0].Stratum != "small/again" {
		t.Errorf("todo = %+v, want the other pair in stratum small/again", todo)
	}
	if !strings.Contains(stderr.String(), "small: 2 pairs drawn, 1 to label") {
		t.Errorf("stderr = %q", stderr.String())
	}
}

func TestDrawCommandErrors(t *testing.T) {
	db, _ := eventevaltest.DB(t)
	bad := filepath.Join(t.TempDir(), "bad.tsv")
	if err := os.WriteFile(bad, []byte("not a pairs file\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for name, args := range map[string][]string{
		"no db":      {},
		"extra arg":  {"--db", db, "extra"},
		"bad labels": {"--db", db, "--labels", bad},
		"absent db":  {"--db", filepath.Join(t.TempDir(), "absent.db")},
		"bad option": {"--db", db, "--big-min", "1"},
	} {
		var stdout, stderr bytes.Buffer
		if err := run(context.Background(), args, &stdout, &stderr); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}
