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

func TestVoiceCommand(t *testing.T) {
	db, arts := eventevaltest.DB(t)
	p := filepath.Join(t.TempDir(), "voice.tsv")
	labels := "# notes\nstratum\tid\tlabel\treason\n" +
		"N\t" + arts[0].ID + "\tnews\ta vote\n" +
		"N\t" + arts[2].ID + "\tcommentary\tlabelled so to count a miss\n"
	if err := os.WriteFile(p, []byte(labels), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if err := run(context.Background(), []string{"--db", db, "--labels", p}, &stdout, &stderr); err != nil {
		t.Fatal(err, stderr.String())
	}
	out := stdout.String()
	for _, want := range []string{"N\t" + arts[0].ID + "\tnews\t-\tfalse", "styled/all news 0/1, analysis 0/0, commentary 0/1",
		"commentary: precision 0/0, recall 0/1"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	stdout.Reset()
	if err := run(context.Background(), []string{"--db", db, "--styled"}, &stdout, &stderr); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(stdout.String(), "# styled 0 of 6 titled articles without a kind") {
		t.Errorf("--styled output:\n%s", stdout.String())
	}
	if err := os.WriteFile(p, []byte("N\tx\topinion\tno such label\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := run(context.Background(), []string{"--db", db, "--labels", p}, &stdout, &stderr); err == nil {
		t.Error("no error for an unknown label")
	}
	if err := run(context.Background(), nil, &stdout, &stderr); err == nil {
		t.Error("no error without --db")
	}
}
