package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/eval/eventeval/eventevaltest"
)

func TestShowCommand(t *testing.T) {
	db, _ := eventevaltest.DB(t)
	p := filepath.Join(t.TempDir(), "pairs.tsv")
	pairs := "stratum\tid_a\turl_a\tid_b\turl_b\tlabel\tstoryline\treason\tsplit\n" +
		"small\trec-1\t\trec-2\t\t\t\t\tdev\n" +
		"small\trec-5\t\trec-6\t\tsame-event\tyes\tboth on the strike\ttest\n" +
		"lookalike\trec-3\t\trec-404\t\t\t\t\tdev\n"
	if err := os.WriteFile(p, []byte(pairs), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if err := run(context.Background(), []string{"--db", db, "--pairs", p, "--todo", "--words", "4"}, &stdout, &stderr); err != nil {
		t.Fatal(err)
	}
	out := stdout.String()
	for _, want := range []string{
		"=== 1 small rec-1|rec-2", "Council votes to close Marlow bridge", "Valley Times | 2026-03-04 | story s1 (2)",
		"The harbour council voted …", "=== 2 lookalike rec-3|rec-404", "undated", "rec-404: not in the database",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "Ferry") {
		t.Errorf("--todo showed a labelled pair:\n%s", out)
	}
	if err := run(context.Background(), []string{"--pairs", p}, &stdout, &stderr); err == nil {
		t.Error("no error without --db")
	}
}
