package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/eval/eventeval/evaltest"
	"github.com/parallax-news/parallax/internal/store/storetest"
)

func TestFactfeatCommand(t *testing.T) {
	ctx := context.Background()
	// Made-up articles: two reports of one bridge vote that state the
	// same facts and quote the same words, and a column on the bridge's
	// long story that shares names but no proposition.
	arts := []*article.Article{
		storetest.Article("https://harbour.example/vote", "Harbour Post", "Council votes to close Marlow bridge", "2026-03-03",
			"The harbour council voted 7 to 2 on Tuesday to close the Marlow bridge for repairs.",
			"“The bridge is no longer safe for lorries,” said council leader Ada Brennick.",
			"Repairs will cost 4.2 million pounds and start in April."),
		storetest.Article("https://valley.example/vote", "Valley Times", "Marlow bridge to close after council vote", "2026-03-03",
			"Councillors voted 7 to 2 on Tuesday to close the Marlow bridge for repairs.",
			"“The bridge is no longer safe for lorries,” council leader Ada Brennick said after the vote.",
			"The repairs will cost 4.2 million pounds, the council said."),
		storetest.Article("https://coast.example/column", "Coast News", "What the Marlow bridge tells us about our towns", "2026-03-04",
			"Every town has a bridge like Marlow's, loved by walkers and ignored by budgets.",
			"Ada Brennick has led the council through years of arguments about roads.",
			"Perhaps the lesson is that we only notice old things when they fail."),
	}
	db := evaltest.GroupedDB(t, arts, "rec-1", "rec-2", "rec-3")
	p := filepath.Join(t.TempDir(), "pairs.tsv")
	pairs := "stratum\tid_a\turl_a\tid_b\turl_b\tlabel\tstoryline\treason\tsplit\n" +
		"small\trec-1\t\trec-2\t\tsame-event\tyes\tboth on the bridge vote\tdev\n" +
		"small\trec-2\t\trec-3\t\t\t\t\ttest\n" +
		"lookalike\trec-1\t\trec-3\t\tsame-topic\tyes\tthe vote and a column on the bridge\ttest\n" +
		"lookalike\trec-1\t\trec-9\t\tunrelated\tno\tnot there\tdev\n"
	if err := os.WriteFile(p, []byte(pairs), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if err := run(ctx, []string{"--db", db, "--pairs", p}, &stdout, &stderr); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(stdout.String(), "\n"), "\n")
	if len(lines) != 3 {
		t.Fatalf("want a header and 2 rows (the unlabelled pair and the missing article left out), got:\n%s", stdout.String())
	}
	head := strings.Split(lines[0], "\t")
	col := map[string]int{}
	for i, h := range head {
		col[h] = i
	}
	vote, column := strings.Split(lines[1], "\t"), strings.Split(lines[2], "\t")
	if len(vote) != len(head) || len(column) != len(head) || vote[col["id_a"]] != "rec-1" || column[col["id_b"]] != "rec-3" {
		t.Fatalf("rows: %q", lines[1:])
	}
	num := func(row []string, c string) float64 {
		t.Helper()
		v, err := strconv.ParseFloat(row[col[c]], 64)
		if err != nil {
			t.Fatalf("column %s: %v", c, err)
		}
		return v
	}
	if num(vote, "facts") < 2 || num(vote, "quotes") < 1 || num(vote, "quotes_spk") < 1 || num(vote, "nums_agree") < 1 ||
		num(vote, "lead_both") < 1 || num(vote, "best_sim") < 0.3 {
		t.Errorf("the two reports of the vote share too few propositions: %q", lines[1])
	}
	if num(column, "facts") != 0 || num(column, "quotes") != 0 || num(column, "nums_agree") != 0 {
		t.Errorf("the column shares propositions with the vote: %q", lines[2])
	}
	// The vote's two reports are one event: the later is compared with
	// the first. The column shares no proposition with the event it is
	// in (the clusterer puts it with the vote on so little text).
	if vote[col["joined"]] != "1" || num(vote, "ev_n") != 1 || num(vote, "ev_facts_seed") != num(vote, "facts") ||
		num(vote, "ev_lead_max") < 1 {
		t.Errorf("the vote's event columns: %q", lines[1])
	}
	if column[col["ev_n"]] != "" && (num(column, "ev_facts_max") != 0 || num(column, "ev_quotes_max") != 0) {
		t.Errorf("the column's event columns: %q", lines[2])
	}
	if num(vote, "sents_a") != 3 || num(vote, "ms") <= 0 {
		t.Errorf("sentences or time: %q", lines[1])
	}
	if !strings.Contains(stderr.String(), "1 pairs with an article not in the database") {
		t.Errorf("stderr: %q", stderr.String())
	}
}
