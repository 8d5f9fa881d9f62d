package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/copies"
	"github.com/parallax-news/parallax/internal/store/sqlite"
	"github.com/parallax-news/parallax/internal/store/storetest"
)

func TestMergetraceCommand(t *testing.T) {
	ctx := context.Background()
	var stderr bytes.Buffer
	if err := run(ctx, nil, &stderr); err == nil || !strings.Contains(err.Error(), "usage") {
		t.Fatalf("no arguments: %v, want a usage error", err)
	}
	db := filepath.Join(t.TempDir(), "events.db")
	st, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	// Made-up reports of one council vote.
	arts := []*article.Article{
		storetest.Article("https://harbour.example/vote", "Harbour Post", "Council votes to close Marlow bridge", "2026-03-03",
			"The harbour council voted on Tuesday to close the Marlow bridge for repairs.",
			"Repairs will cost 4.2 million pounds and start in April."),
		storetest.Article("https://valley.example/vote", "Valley Times", "Marlow bridge to close after council vote", "2026-03-03",
			"Councillors voted on Tuesday to close the Marlow bridge after a long debate.",
			"The repairs will cost 4.2 million pounds, the council said."),
	}
	if _, err := st.Put(ctx, arts); err != nil {
		t.Fatal(err)
	}
	if _, err := copies.Update(ctx, st, nil); err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "merges.jsonl")
	stderr.Reset()
	if err := run(ctx, []string{"--db", db, "--out", out}, &stderr); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(stderr.String(), "2 articles grouped") {
		t.Errorf("stderr %q, want 2 articles grouped", stderr.String())
	}
	if _, err := os.Stat(out); err != nil {
		t.Errorf("no trace file: %v", err)
	}
}
