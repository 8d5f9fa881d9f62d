package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/parallax-news/parallax/internal/queue/queuetest"
	"github.com/parallax-news/parallax/internal/samples"
)

// sampleDir writes the bundled (fictional) sample articles to a folder.
func sampleDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(dir, samples.FS()); err != nil {
		t.Fatal(err)
	}
	return dir
}

// storiesWithoutTimes is `stories --json --limit 0` without the times at
// which stories were updated (the runs happen at different times).
func storiesWithoutTimes(t *testing.T, db string) string {
	t.Helper()
	code, out, errs := run(t, db, "stories", "--json", "--limit", "0")
	if code != 0 {
		t.Fatalf("stories: %d %s", code, errs)
	}
	var list []map[string]any
	if err := json.Unmarshal([]byte(out), &list); err != nil {
		t.Fatal(err)
	}
	for _, s := range list {
		delete(s, "updated")
	}
	b, _ := json.MarshalIndent(list, "", " ")
	return string(b)
}

// TestAddThroughWorkers: add --nats --wait with a worker running gives
// the stories and copy relations of add then stories in one process.
func TestAddThroughWorkers(t *testing.T) {
	dir := sampleDir(t)
	one := filepath.Join(t.TempDir(), "one.db")
	if code, _, errs := run(t, one, "add", dir); code != 0 {
		t.Fatalf("add: %s", errs)
	}
	want := storiesWithoutTimes(t, one)
	_, wantCopies, _ := run(t, one, "copies", "--list")

	srv := queuetest.Start(t)
	db := filepath.Join(t.TempDir(), "w.db")
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	var werr bytes.Buffer
	wg.Go(func() {
		env := Env{Stdin: strings.NewReader(""), Stdout: &bytes.Buffer{}, Stderr: &werr,
			Getenv: func(k string) string { return map[string]string{"PARALLAX_DB": db, "PARALLAX_NATS": srv.URL()}[k] }}
		if code := Main(ctx, []string{"worker", "--stage", "store,copies,stories"}, env); code != 0 {
			t.Errorf("worker exited %d", code)
		}
	})
	stopped := false
	stop := func() {
		if !stopped {
			cancel()
			wg.Wait()
			stopped = true
		}
	}
	t.Cleanup(stop)
	code, out, errs := run(t, db, "add", "--nats", srv.URL(), "--wait", "--json", dir)
	if code != 0 {
		t.Fatalf("add --nats: %d %s", code, errs)
	}
	var sum queuedSummary
	if err := json.Unmarshal([]byte(out), &sum); err != nil {
		t.Fatal(err)
	}
	files, _ := fs.Glob(samples.FS(), "*")
	if sum.Queued < len(files) || !sum.Done || sum.Derive == 0 {
		t.Errorf("add --nats summary %+v, want at least %d queued and done", sum, len(files))
	}
	if got := storiesWithoutTimes(t, db); got != want {
		t.Errorf("through the workers:\n%s\nwant (one process):\n%s", got, want)
	}
	if _, got, _ := run(t, db, "copies", "--list"); got != wantCopies {
		t.Errorf("copies through the workers:\n%s\nwant:\n%s", got, wantCopies)
	}
	code, out, errs = run(t, db, "worker", "status", "--nats", srv.URL(), "--json")
	if code != 0 {
		t.Fatalf("worker status: %d %s", code, errs)
	}
	var st []struct {
		Stage                 string
		Pending, Dead         uint64
		InFlight, Redelivered int
	}
	if err := json.Unmarshal([]byte(out), &st); err != nil || len(st) != 4 {
		t.Fatalf("worker status --json: %v\n%s", err, out)
	}
	for _, s := range st {
		if s.Pending != 0 || s.InFlight != 0 || s.Dead != 0 {
			t.Errorf("status of %s: %+v, want an empty queue", s.Stage, s)
		}
	}
	stop()
	if !strings.Contains(werr.String(), "worker stopped") {
		t.Errorf("the worker's log does not say it stopped:\n%s", werr.String())
	}
}

func TestWorkerUsage(t *testing.T) {
	db := filepath.Join(t.TempDir(), "p.db")
	for _, args := range [][]string{
		{"worker"},           // no NATS server
		{"worker", "status"}, // no NATS server
		{"worker", "--nats", "nats://127.0.0.1:1", "--stage", "paint"},
		{"worker", "--nats", "nats://127.0.0.1:1", "--log-level", "loud"},
	} {
		if code, _, errs := run(t, db, args...); code != 2 {
			t.Errorf("%v: exit %d, want 2 (%s)", args, code, errs)
		}
	}
}
