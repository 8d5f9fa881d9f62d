package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/eval/eventeval/evaltest"
	"github.com/parallax-news/parallax/internal/store/storetest"
)

func TestHappeningCommand(t *testing.T) {
	ctx := context.Background()
	// Made-up articles: two reports of a bridge vote and a fair.
	arts := []*article.Article{
		storetest.Article("https://harbour.example/vote", "Harbour Post", "Council votes to close Marlow bridge", "2026-03-03",
			"The harbour council voted on Tuesday to close the Marlow bridge for a month.", "Repairs start next month."),
		storetest.Article("https://valley.example/vote", "Valley Times", "Marlow bridge to close after council vote", "2026-03-03",
			"Councillors voted on Tuesday for the closure of the Marlow bridge, officials said."),
		storetest.Article("https://valley.example/fair", "Valley Times", "Cake fair draws record crowd", "2026-03-05",
			"The annual cake fair drew a record crowd to the Velmar showground on Saturday."),
	}
	db := evaltest.GroupedDB(t, arts, "rec-1", "rec-2", "rec-3")
	p := filepath.Join(t.TempDir(), "pairs.tsv")
	pairs := "stratum\tid_a\turl_a\tid_b\turl_b\tlabel\tstoryline\treason\tsplit\n" +
		"small\trec-1\t\trec-2\t\tsame-event\tyes\tboth on the bridge vote\tdev\n"
	if err := os.WriteFile(p, []byte(pairs), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if err := run(ctx, []string{"--db", db, "--pairs", p, "--actions", "../../../story/data/actions.txt"}, &stdout, &stderr); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(stdout.String()), "\n")
	head := strings.Split(lines[0], "\t")
	col := map[string]int{}
	for i, h := range head {
		col[h] = i
	}
	// The pair's two articles and their events' members: the fair is in
	// no judged pair's event.
	if len(lines) != 3 {
		t.Fatalf("want a header and the two vote rows, got:\n%s", stdout.String())
	}
	for _, l := range lines[1:] {
		f := strings.Split(l, "\t")
		if len(f) != len(head) || f[col["t_act"]] != "vote" && f[col["t_act"]] != "close" || f[col["l_act"]] != "vote" || f[col["text"]] != "." {
			t.Errorf("vote row: %q", l)
		}
	}
	if !strings.Contains(stderr.String(), "2 articles read") {
		t.Errorf("stderr: %q", stderr.String())
	}
	if err := run(ctx, []string{"--db", db, "--actions", filepath.Join(t.TempDir(), "none.txt")}, &stdout, &stderr); err == nil {
		t.Error("no error on a missing kinds file")
	}
}
