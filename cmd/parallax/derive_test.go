package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/parallax-news/parallax/internal/samples"
)

// sampleHalves writes the bundled sample articles as two JSON Lines files,
// the first half and the rest.
func sampleHalves(t *testing.T, dir string) (string, string) {
	t.Helper()
	arts, err := samples.Articles(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for i, part := range [][]int{{0, len(arts) / 2}, {len(arts) / 2, len(arts)}} {
		var b strings.Builder
		for _, a := range arts[part[0]:part[1]] {
			line, err := json.Marshal(a)
			if err != nil {
				t.Fatal(err)
			}
			b.Write(line)
			b.WriteByte('\n')
		}
		p := filepath.Join(dir, fmt.Sprintf("half%d.jsonl", i))
		if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	return paths[0], paths[1]
}

// storiesOf runs stories --json and writes each story's id, outlets and
// article count, one a line; it fails the test on an error or a warning
// (a lease that stayed held past the wait), not on a note that it waited.
func storiesOf(t *testing.T, db string) string {
	t.Helper()
	code, out, errs := parallax(t, db, "", "stories", "--json", "--limit", "100")
	if code != 0 {
		t.Errorf("stories: exit %d, stderr %q", code, errs)
		return ""
	}
	for _, line := range strings.Split(strings.TrimSpace(errs), "\n") {
		if line != "" && !strings.HasPrefix(line, "parallax: waiting: ") {
			t.Errorf("stories: stderr %q, want at most that it waited for a lease", line)
		}
	}
	var list []struct {
		ID       string   `json:"id"`
		Outlets  []string `json:"outlets"`
		Articles int      `json:"articles"`
	}
	if err := json.Unmarshal([]byte(out), &list); err != nil {
		t.Errorf("stories --json: %v", err)
		return ""
	}
	var lines []string
	for _, s := range list {
		lines = append(lines, fmt.Sprintf("%s %d %s", s.ID, s.Articles, strings.Join(s.Outlets, "+")))
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

func add(t *testing.T, db, file string) {
	t.Helper()
	if code, _, errs := parallax(t, db, "", "add", file); code != 0 {
		t.Fatalf("add %s: exit %d: %s", file, code, errs)
	}
}

// TestServeAndStoriesOverOneDatabase: serve and several stories commands
// working on one database at once (what could lose the clusterer's state
// before leases) make the stories that one stories command alone makes.
func TestServeAndStoriesOverOneDatabase(t *testing.T) {
	dir := t.TempDir()
	first, second := sampleHalves(t, dir)
	ref := filepath.Join(dir, "alone.db")
	add(t, ref, first)
	storiesOf(t, ref)
	add(t, ref, second)
	want := storiesOf(t, ref)
	if strings.Count(want, "\n") < 3 {
		t.Fatalf("one stories command alone made too few stories to compare:\n%s", want)
	}

	db := filepath.Join(dir, "shared.db")
	add(t, db, first)
	startServer(t, "--db", db, "serve", "--addr", "127.0.0.1:0")
	together := func() {
		var wg sync.WaitGroup
		for range 2 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				storiesOf(t, db)
			}()
		}
		wg.Wait()
	}
	together()
	add(t, db, second)
	together()
	if got := storiesOf(t, db); got != want {
		t.Errorf("serve and two stories commands at once made\n%s\nwant, as one stories command alone\n%s", got, want)
	}
}
