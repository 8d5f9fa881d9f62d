package cli

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parallax-news/parallax/internal/samples"
	"github.com/parallax-news/parallax/internal/store"
	"github.com/parallax-news/parallax/internal/store/sqlite"
)

// heldStories stores the sample articles, unclustered, in a new database
// and takes its stories lease as another process (a server) would.
func heldStories(t *testing.T) (db string, st store.Store, held store.Lease) {
	t.Helper()
	ctx := context.Background()
	db = filepath.Join(t.TempDir(), "p.db")
	st, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	arts, err := samples.Articles(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.Put(ctx, arts); err != nil {
		t.Fatal(err)
	}
	held, err = st.AcquireLease(ctx, store.LeaseStories, "serve pid 7 on newsroom", time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	return db, st, held
}

func storyCount(t *testing.T, out string) int {
	t.Helper()
	var list []store.Story
	if err := json.Unmarshal([]byte(out), &list); err != nil {
		t.Fatalf("stories --json: %v in %q", err, out)
	}
	return len(list)
}

// TestStoriesLeaseHeld: while another process holds the stories lease,
// `stories` does not cluster: it checks copies (that lease is free), says
// who holds the stories lease, and shows what is stored.
func TestStoriesLeaseHeld(t *testing.T) {
	db, st, held := heldStories(t)
	code, out, errs := runEnv(t, Env{LeaseWait: -1}, db, "stories", "--json")
	if code != 0 {
		t.Fatalf("stories: exit %d: %s", code, errs)
	}
	if n := storyCount(t, out); n != 0 {
		t.Errorf("stories with the lease held elsewhere made %d stories, want none", n)
	}
	if !strings.Contains(errs, "warning: the stories lease is held by serve pid 7 on newsroom") {
		t.Errorf("stderr = %q, want a warning naming the holder", errs)
	}
	ctx := context.Background()
	if n, err := st.CountUnchecked(ctx); err != nil || n != 0 {
		t.Errorf("%d articles unchecked for copies (%v), want none", n, err)
	}
	if err := st.ReleaseLease(ctx, held); err != nil {
		t.Fatal(err)
	}
	code, out, errs = runEnv(t, Env{LeaseWait: -1}, db, "stories", "--json")
	if code != 0 || storyCount(t, out) != 4 || errs != "" {
		t.Errorf("stories after release: exit %d, %d stories, stderr %q; want 4 stories", code, storyCount(t, out), errs)
	}
}

// TestStoriesWaitsForLease: a second `stories` waits for the holder of the
// lease, says so, and clusters once the lease is given up.
func TestStoriesWaitsForLease(t *testing.T) {
	db, st, held := heldStories(t)
	errR, errW := io.Pipe()
	var out bytes.Buffer
	done := make(chan int)
	go func() {
		env := Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: errW, LeaseWait: time.Hour,
			Getenv: func(k string) string {
				if k == "PARALLAX_DB" {
					return db
				}
				return ""
			}}
		code := Main(context.Background(), []string{"stories", "--json"}, env)
		errW.Close()
		done <- code
	}()
	lines := bufio.NewScanner(errR)
	if !lines.Scan() || !strings.Contains(lines.Text(), "waiting: the stories lease is held by serve pid 7 on newsroom") {
		t.Fatalf("stderr first line = %q, want that it waits for the holder", lines.Text())
	}
	if err := st.ReleaseLease(context.Background(), held); err != nil {
		t.Fatal(err)
	}
	var rest []string
	for lines.Scan() {
		rest = append(rest, lines.Text())
	}
	if code := <-done; code != 0 || len(rest) != 0 {
		t.Fatalf("stories: exit %d, then stderr %q", code, rest)
	}
	if n := storyCount(t, out.String()); n != 4 {
		t.Errorf("stories after waiting made %d stories, want 4", n)
	}
}
