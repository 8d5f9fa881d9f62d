package stories

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/parallax-news/parallax/internal/story"
)

func TestTraceMerges(t *testing.T) {
	at := time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)
	ch := story.Changes{Repairs: []story.Repair{
		{Split: &story.Split{From: "s1", Into: "s2", Articles: []string{"c"}}},
		{Merge: &story.Merge{From: "s3", Into: "s1", Score: 0.4512, At: at, Seq: 50,
			FromArticles: []string{"d", "e"}, IntoArticles: []string{"a", "b"}}},
	}}
	var none Updater
	if err := none.traceMerges(ch); err != nil {
		t.Fatalf("no trace: %v", err)
	}
	var buf bytes.Buffer
	up := Updater{MergeTrace: &buf}
	if err := up.traceMerges(ch); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) != 1 {
		t.Fatalf("%d lines, want one per merge: %q", len(lines), buf.String())
	}
	var got mergeLine
	if err := json.Unmarshal([]byte(lines[0]), &got); err != nil {
		t.Fatal(err)
	}
	want := mergeLine{From: "s3", Into: "s1", Score: 0.4512, At: at, Seq: 50,
		FromArticles: []string{"d", "e"}, IntoArticles: []string{"a", "b"}}
	if got.From != want.From || got.Into != want.Into || got.Score != want.Score || !got.At.Equal(want.At) || got.Seq != want.Seq ||
		strings.Join(got.FromArticles, ",") != "d,e" || strings.Join(got.IntoArticles, ",") != "a,b" {
		t.Errorf("traced %+v, want %+v", got, want)
	}
}
