package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/eval/eventeval/evaltest"
	"github.com/parallax-news/parallax/internal/nlp"
	"github.com/parallax-news/parallax/internal/store/storetest"
)

func TestDayfeatCommand(t *testing.T) {
	ctx := context.Background()
	// Made-up articles (2026-03-03 is a Tuesday): two reports of one
	// bridge vote, and a column on the bridge's long story a day later
	// that tells no act of its day.
	arts := []*article.Article{
		storetest.Article("https://harbour.example/vote", "Harbour Post", "Council votes to close Marlow bridge", "2026-03-03",
			"The harbour council voted on Tuesday to close the Marlow bridge for repairs.",
			"“The bridge is no longer safe for lorries,” said council leader Ada Brennick.",
			"Repairs will cost 4.2 million pounds and start in April."),
		storetest.Article("https://valley.example/vote", "Valley Times", "Marlow bridge to close after council vote", "2026-03-03",
			"Councillors voted on Tuesday to close the Marlow bridge after a long debate.",
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
		"lookalike\trec-1\t\trec-3\t\tsame-topic\tyes\tthe vote and a column on the bridge\ttest\n" +
		"lookalike\trec-1\t\trec-9\t\tunrelated\tno\tnot there\tdev\n"
	if err := os.WriteFile(p, []byte(pairs), 0o644); err != nil {
		t.Fatal(err)
	}
	haps := filepath.Join(t.TempDir(), "haps.jsonl")
	var stdout, stderr bytes.Buffer
	if err := run(ctx, []string{"--db", db, "--pairs", p, "--happenings", haps}, &stdout, &stderr); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(stdout.String(), "\n"), "\n")
	if len(lines) != 3 {
		t.Fatalf("want a header and 2 rows (the missing article left out), got:\n%s", stdout.String())
	}
	col := map[string]int{}
	for i, h := range strings.Split(lines[0], "\t") {
		col[h] = i
	}
	vote, column := strings.Split(lines[1], "\t"), strings.Split(lines[2], "\t")
	num := func(row []string, c string) int {
		t.Helper()
		v, err := strconv.Atoi(row[col[c]])
		if err != nil {
			t.Fatalf("column %s: %v", c, err)
		}
		return v
	}
	if num(vote, "day_a") < 1 || num(vote, "day_b") < 1 || num(vote, "sh_day") < 1 || num(vote, "sh_day_ns") < 1 {
		t.Errorf("the two reports of the vote share no happening of the day: %q", lines[1])
	}
	if num(column, "day_b") != 0 || num(column, "sh_day") != 0 || num(column, "sh_loose") != 0 {
		t.Errorf("the column tells a happening of the vote's day: %q", lines[2])
	}
	if b, err := os.ReadFile(haps); err != nil || !strings.Contains(string(b), `"lemma":"vote"`) {
		t.Errorf("happenings file: %v %s", err, b)
	}
	if !strings.Contains(stderr.String(), "1 pairs with an article not in the database") {
		t.Errorf("stderr: %q", stderr.String())
	}
}

func TestSentenceDays(t *testing.T) {
	an, err := nlp.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2026, 3, 4, 15, 0, 0, 0, time.UTC) // a Wednesday
	pubDay := int32(pub.Unix() / 86400)
	for _, c := range []struct {
		text string
		want []int32
	}{
		{"The council voted on Tuesday to close the bridge.", []int32{-1}},
		{"The council voted yesterday and will meet again tomorrow.", []int32{-1, 1}},
		{"She spoke on March 2 and again last night.", []int32{-2, -1}},
		{"The vote is set for Thursday.", []int32{1}},
		{"The vote was held on Wednesday.", []int32{0}},
		{"Nothing here names a day.", nil},
	} {
		res := an.Analyze(nlp.Input{Paragraphs: []string{c.text}})
		var got []int32
		for _, s := range res.Sentences {
			for _, d := range sentenceDays(s.Tokens, pub) {
				got = append(got, d.day-pubDay)
			}
		}
		if len(got) != len(c.want) {
			t.Errorf("%q: days %v, want %v", c.text, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%q: days %v, want %v", c.text, got, c.want)
			}
		}
	}
}

func TestHappenings(t *testing.T) {
	an, err := nlp.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	r := &reader{acts: newActs()}
	pub := time.Date(2026, 3, 4, 15, 0, 0, 0, time.UTC)
	res := an.Analyze(nlp.Input{Title: "Governor Ada Brennick signs harbour bill",
		Paragraphs: []string{"Ada Brennick signed the harbour bill on Wednesday. The vote will come later, and the council may approve it."}})
	var got []string
	for _, h := range r.happenings(res, pub) {
		got = append(got, h.lemma)
		if h.lemma == "sign" && !h.title && (!h.hasDay || len(h.actor) == 0 || h.day != int32(pub.Unix()/86400)) {
			t.Errorf("the body's signing: %+v", h)
		}
	}
	if strings.Join(got, " ") != "sign sign" {
		t.Errorf("happenings %q, want the title's and the body's signing only (the vote is a noun, the approval a plan)", got)
	}
}
