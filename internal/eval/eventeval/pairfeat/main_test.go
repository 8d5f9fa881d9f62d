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
	"github.com/parallax-news/parallax/internal/stories"
)

func TestPairfeatCommand(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "events.db")
	st, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	// Made-up articles: two reports of a bridge vote, a fair, a ferry
	// strike (rec-4 stands in for an article the database lacks).
	arts := []*article.Article{
		storetest.Article("https://harbour.example/vote", "Harbour Post", "Council votes to close Marlow bridge", "2026-03-03",
			"The harbour council voted on Tuesday to close the Marlow bridge.", "Repairs start next month."),
		storetest.Article("https://valley.example/vote", "Valley Times", "Marlow bridge to close after council vote", "2026-03-03",
			"Councillors voted on Tuesday for the closure of the Marlow bridge."),
		storetest.Article("https://valley.example/fair", "Valley Times", "Cake fair draws record crowd", "",
			"The annual cake fair drew a record crowd."),
		storetest.Article("https://coast.example/ferry", "Coast News", "Ferry crews walk out", "2026-03-06",
			"Ferry crews began a two-day strike at dawn."),
	}
	for i, a := range arts {
		a.ExternalID = []string{"rec-1", "rec-2", "rec-3", "rec-5"}[i]
	}
	if _, err := st.Put(ctx, arts); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "pairs.tsv")
	pairs := "stratum\tid_a\turl_a\tid_b\turl_b\tlabel\tstoryline\treason\tsplit\n" +
		"small\trec-1\t\trec-2\t\tsame-event\tyes\tboth on the bridge vote\tdev\n" +
		"small\trec-5\t\trec-3\t\t\t\t\ttest\n" +
		"lookalike\trec-3\t\trec-4\t\tunrelated\tno\tnot there\tdev\n" +
		"lookalike\trec-1\t\trec-5\t\tunrelated\tno\tbridge and ferry\ttest\n"
	if err := os.WriteFile(p, []byte(pairs), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	if err := run(ctx, []string{"--db", db, "--pairs", p}, &stdout, &stderr); err == nil {
		t.Error("no error on a database without story state")
	}
	if st, err = sqlite.OpenExisting(ctx, db); err != nil {
		t.Fatal(err)
	}
	if _, err := copies.Update(ctx, st, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := stories.Update(ctx, st, nil); err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	stdout.Reset()
	stderr.Reset()
	if err := run(ctx, []string{"--db", db, "--pairs", p}, &stdout, &stderr); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(stdout.String()), "\n")
	if len(lines) != 3 {
		t.Fatalf("want a header and 2 rows (the unlabelled pair and the missing article left out), got:\n%s", stdout.String())
	}
	head := strings.Split(lines[0], "\t")
	col := map[string]int{}
	for i, h := range head {
		col[h] = i
	}
	vote, mixed := strings.Split(lines[1], "\t"), strings.Split(lines[2], "\t")
	if len(vote) != len(head) || vote[col["id_a"]] != "rec-1" || vote[col["label"]] != "same-event" || vote[col["joined"]] != "1" {
		t.Errorf("bridge row: %q", lines[1])
	}
	if mixed[col["joined"]] != "0" || mixed[col["headline_a"]] != "news" || mixed[col["dated"]] != "1" || mixed[col["pub_gap"]] != "3" {
		t.Errorf("bridge and ferry row: %q", lines[2])
	}
	// The later of each pair by the order of decisions: rec-2 joined the
	// event rec-1 started; rec-5 started its own.
	if vote[col["later"]] != "b" || vote[col["later_new"]] != "0" || vote[col["join_size"]] != "1" ||
		vote[col["seed_headline"]] != "news" || vote[col["seed_gap"]] != "0" || !strings.HasPrefix(vote[col["later_parts"]], "{") {
		t.Errorf("bridge row's later decision: %q", lines[1])
	}
	if mixed[col["later"]] != "b" || mixed[col["later_new"]] != "1" || mixed[col["join_size"]] != "0" || mixed[col["seed_gap"]] != "0" {
		t.Errorf("bridge and ferry row's later decision: %q", lines[2])
	}
	if vote[col["content"]] <= mixed[col["content"]] {
		t.Errorf("bridge pair content %s not above the mixed pair's %s", vote[col["content"]], mixed[col["content"]])
	}
	if !strings.Contains(stderr.String(), "1 pairs with an article not in the database") {
		t.Errorf("stderr: %q", stderr.String())
	}
}
