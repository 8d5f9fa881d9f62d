package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/eval/eventeval/eventevaltest"
)

// sample judges pairs of the fixture database: the system joins the first
// two (one right, one wrong) and misses the third.
const sample = "stratum\tid_a\turl_a\tid_b\turl_b\tlabel\tstoryline\treason\tsplit\n" +
	"small\trec-1\t\trec-2\t\tsame-event\tyes\tboth on the bridge vote\tdev\n" +
	"small\trec-5\t\trec-6\t\tsame-topic\tyes\tstrike start vs its effects\ttest\n" +
	"lookalike\trec-3\t\t\thttps://coast.example/storm\tsame-event\tyes\ta made-up missed join\tdev\n"

func writeSample(t *testing.T) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "sample.tsv")
	if err := os.WriteFile(p, []byte(sample), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestScoreCommand(t *testing.T) {
	db, _ := eventevaltest.DB(t)
	sp := writeSample(t)
	var stdout, stderr bytes.Buffer
	if err := run(context.Background(), []string{"--db", db, "--sample", sp}, &stdout, &stderr); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"split: dev+test", "small", "0.50 1/2", "0.00 0/1"} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, stdout.String())
		}
	}
	stdout.Reset()
	if err := run(context.Background(), []string{"--db", db, "--sample", sp, "--json", "--split", "dev"}, &stdout, &stderr); err != nil {
		t.Fatal(err)
	}
	var rep struct {
		Split  string `json:"split"`
		Strata []struct {
			Stratum string `json:"stratum"`
			Pairs   int    `json:"pairs"`
			Event   struct {
				Recall *float64 `json:"recall"`
			} `json:"event"`
		} `json:"strata"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &rep); err != nil {
		t.Fatalf("%v:\n%s", err, stdout.String())
	}
	all := rep.Strata[len(rep.Strata)-1]
	if rep.Split != "dev" || all.Stratum != "all" || all.Pairs != 2 || all.Event.Recall == nil || *all.Event.Recall != 0.5 {
		t.Errorf("report %+v", rep)
	}
}

func TestScoreCommandErrors(t *testing.T) {
	db, _ := eventevaltest.DB(t)
	sp := writeSample(t)
	for name, args := range map[string][]string{
		"neither":   {"--sample", sp},
		"both":      {"--db", db, "--articles", sp, "--sample", sp},
		"bad split": {"--db", db, "--sample", sp, "--split", "train"},
		"no sample": {"--db", db, "--sample", filepath.Join(t.TempDir(), "absent.tsv")},
		"bad json":  {"--articles", sp, "--sample", sp},
	} {
		var stdout, stderr bytes.Buffer
		if err := run(context.Background(), args, &stdout, &stderr); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}
