package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/parallax-news/parallax/internal/queue"
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

// TestAddWaitReportsDeadLetters: when the workers give up on the copies
// request (here a stand-in for the copies stage fails it for good), add
// --nats --wait does not say it is done: it names the dead letter and
// fails. (Before, it said done, and no story was made.)
func TestAddWaitReportsDeadLetters(t *testing.T) {
	dir := sampleDir(t)
	srv := queuetest.Start(t)
	db := filepath.Join(t.TempDir(), "w.db")
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	t.Cleanup(func() { cancel(); wg.Wait() })
	wg.Go(func() {
		env := Env{Stdin: strings.NewReader(""), Stdout: &bytes.Buffer{}, Stderr: &bytes.Buffer{},
			Getenv: func(k string) string { return map[string]string{"PARALLAX_DB": db, "PARALLAX_NATS": srv.URL()}[k] }}
		if code := Main(ctx, []string{"worker", "--stage", "store"}, env); code != 0 {
			t.Errorf("worker exited %d", code)
		}
	})
	q, err := queue.Connect(ctx, srv.URL(), t.Name(), queue.Config{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { q.Close() })
	if err := q.Setup(ctx); err != nil {
		t.Fatal(err)
	}
	wg.Go(func() {
		q.Consume(ctx, queue.StageCopies, 1, func(context.Context, queue.Item) error {
			return queue.Permanent(errors.New("the copy index is broken"))
		}, nil)
	})
	code, out, errs := run(t, db, "add", "--nats", srv.URL(), "--wait", "--json", dir)
	if code == 0 {
		t.Errorf("add --nats --wait: exit 0 with its copies request dead-lettered")
	}
	var sum queuedSummary
	if err := json.Unmarshal([]byte(out), &sum); err != nil {
		t.Fatalf("%v: %s %s", err, out, errs)
	}
	if sum.Done || len(sum.Dead) != 1 || sum.Dead[0].Stage != queue.StageCopies || sum.Dead[0].Seq != sum.Derive ||
		!strings.Contains(sum.Dead[0].Error, "copy index is broken") {
		t.Errorf("add --nats --wait --json: %s; want not done, and the copies request %d dead-lettered", out, sum.Derive)
	}
	if !strings.Contains(errs, "gave up on copies item") {
		t.Errorf("stderr %q does not name the dead letter", errs)
	}
}

func TestWorkerUsage(t *testing.T) {
	db := filepath.Join(t.TempDir(), "p.db")
	for _, args := range [][]string{
		{"worker"},           // no NATS server
		{"worker", "status"}, // no NATS server
		{"worker", "--nats", "nats://127.0.0.1:1", "--stage", "paint"},
		{"worker", "--nats", "nats://127.0.0.1:1", "--log-level", "loud"},
		{"worker", "--nats", "nats://127.0.0.1:1", "--stage", "copyshard"},                                      // no --shard
		{"worker", "--nats", "nats://127.0.0.1:1", "--stage", "copyshard", "--shard", "0/2"},                    // no --shard-db
		{"worker", "--nats", "nats://127.0.0.1:1", "--stage", "copyshard", "--shard", "2/2", "--shard-db", "x"}, // no such shard
		{"worker", "--nats", "nats://127.0.0.1:1", "--stage", "copies", "--shard", "0/2"},                       // --shard without copyshard
		{"worker", "--nats", "nats://127.0.0.1:1", "--shards", "-1"},
		{"copies", "--shards", "2"}, // no NATS server
	} {
		if code, _, errs := run(t, db, args...); code != 2 {
			t.Errorf("%v: exit %d, want 2 (%s)", args, code, errs)
		}
	}
}

// TestAddThroughShardedWorkers: the copies stage over two shards, each
// served by its own worker process (here: goroutine running Main), gives
// the copy relations of one process; the database then refuses to be
// checked without its shards.
func TestAddThroughShardedWorkers(t *testing.T) {
	dir := sampleDir(t)
	one := filepath.Join(t.TempDir(), "one.db")
	if code, _, errs := run(t, one, "add", dir); code != 0 {
		t.Fatalf("add: %s", errs)
	}
	_, wantCopies, _ := run(t, one, "copies", "--list")
	srv := queuetest.Start(t)
	tmp := t.TempDir()
	db := filepath.Join(tmp, "w.db")
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	for _, args := range [][]string{
		{"worker", "--stage", "store,copies,stories", "--shards", "2"},
		{"worker", "--stage", "copyshard", "--shard", "0/2", "--shard-db", filepath.Join(tmp, "s0.db")},
		{"worker", "--stage", "copyshard", "--shard", "1/2", "--shard-db", "sqlite:" + filepath.Join(tmp, "s1.db")},
	} {
		wg.Go(func() {
			var werr bytes.Buffer
			env := Env{Stdin: strings.NewReader(""), Stdout: &bytes.Buffer{}, Stderr: &werr,
				Getenv: func(k string) string { return map[string]string{"PARALLAX_DB": db, "PARALLAX_NATS": srv.URL()}[k] }}
			if code := Main(ctx, args, env); code != 0 {
				t.Errorf("%v exited %d: %s", args, code, werr.String())
			}
		})
	}
	t.Cleanup(func() { cancel(); wg.Wait() })
	if code, _, errs := run(t, db, "add", "--nats", srv.URL(), "--wait", dir); code != 0 {
		t.Fatalf("add --nats: %d %s", code, errs)
	}
	if _, got, _ := run(t, db, "copies", "--list"); got != wantCopies {
		t.Errorf("copies over shards:\n%s\nwant:\n%s", got, wantCopies)
	}
	// One more article: checking it without the shards is refused.
	extra := filepath.Join(t.TempDir(), "extra.md")
	if err := os.WriteFile(extra, []byte("---\ntitle: \"A fictional extra\"\ndate: 2026-05-08T10:00:00Z\noutlet: \"Test Desk\"\nurl: \"https://test.example/extra\"\n---\n\nA paragraph of fictional text for the test, long enough to be an article.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, errs := run(t, db, "add", extra); code != 0 {
		t.Fatalf("add of the extra article: %d %s", code, errs)
	}
	if code, _, errs := run(t, db, "copies"); code == 0 || !strings.Contains(errs, "copy index is on 2 shards") {
		t.Errorf("copies without the shards: exit %d, %s", code, errs)
	}
}
