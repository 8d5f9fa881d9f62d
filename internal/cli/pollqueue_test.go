package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/parallax-news/parallax/internal/queue"
	"github.com/parallax-news/parallax/internal/queue/queuetest"
)

// articleKeys lists a database's articles as id, format and outlet.
func articleKeys(t *testing.T, db string) string {
	t.Helper()
	code, out, errs := run(t, db, "articles", "--all", "--json")
	if code != 0 {
		t.Fatalf("articles: %d %s", code, errs)
	}
	var list []struct {
		ID, Outlet string
		Source     struct{ Format string }
	}
	if err := json.Unmarshal([]byte(out), &list); err != nil {
		t.Fatal(err)
	}
	var keys []string
	for _, a := range list {
		keys = append(keys, a.ID+" "+a.Source.Format+" "+a.Outlet)
	}
	sort.Strings(keys)
	return strings.Join(keys, "\n")
}

// TestPollThroughWorkers: feeds poll --nats --wait queues the new items
// for a worker, which stores what a poll in one process stores; a second
// poll queues nothing.
func TestPollThroughWorkers(t *testing.T) {
	site := newsSite(t)
	feedURL := site.URL + "/feed.xml"
	one := filepath.Join(t.TempDir(), "one.db")
	run(t, one, "feeds", "add", feedURL)
	if code, _, errs := run(t, one, "feeds", "poll", "--all", "--allow-host", "127.0.0.1"); code != 0 {
		t.Fatalf("feeds poll: %d %s", code, errs)
	}
	want, wantStories := articleKeys(t, one), storiesWithoutTimes(t, one)
	if strings.Count(want, "\n") != 1 {
		t.Fatalf("the poll in one process stored:\n%s\nwant 2 articles", want)
	}

	srv := queuetest.Start(t)
	db := filepath.Join(t.TempDir(), "w.db")
	run(t, db, "feeds", "add", feedURL)
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	var werr bytes.Buffer
	wg.Go(func() {
		env := Env{Stdin: strings.NewReader(""), Stdout: &bytes.Buffer{}, Stderr: &werr,
			Getenv: func(k string) string { return map[string]string{"PARALLAX_DB": db, "PARALLAX_NATS": srv.URL()}[k] }}
		if code := Main(ctx, []string{"worker", "--allow-host", "127.0.0.1"}, env); code != 0 {
			t.Errorf("worker exited %d", code)
		}
	})
	t.Cleanup(func() { cancel(); wg.Wait() })
	code, out, errs := run(t, db, "feeds", "poll", "--all", "--nats", srv.URL(), "--wait", "--json", "--allow-host", "127.0.0.1")
	var sum watchSummary
	if code != 0 || json.Unmarshal([]byte(out), &sum) != nil {
		t.Fatalf("feeds poll --nats: %d %s %s", code, out, errs)
	}
	if sum.Queued != 2 || sum.Stored != 0 || !sum.Done || sum.DeriveSeq == 0 || len(sum.Feeds) != 1 || sum.Feeds[0].Queued != 2 {
		t.Errorf("feeds poll --nats summary %+v, want 2 queued and done", sum)
	}
	if !strings.Contains(errs, "2 new, 2 queued for the workers") {
		t.Errorf("feeds poll --nats says %q", errs)
	}
	if got := articleKeys(t, db); got != want {
		t.Errorf("through the workers:\n%s\nwant (one process):\n%s", got, want)
	}
	if got := storiesWithoutTimes(t, db); got != wantStories {
		t.Errorf("stories through the workers:\n%s\nwant:\n%s", got, wantStories)
	}
	code, out, _ = run(t, db, "feeds", "poll", "--all", "--nats", srv.URL(), "--allow-host", "127.0.0.1")
	if code != 0 || !strings.Contains(out, "0 new items") || strings.Contains(out, "queued") {
		t.Errorf("second poll: %d %q, want nothing new", code, out)
	}
	if code, _, errs := run(t, db, "watch", "--nats", srv.URL(), "--wait"); code != 2 || !strings.Contains(errs, "--once") {
		t.Errorf("watch --wait without --once: %d %q, want a usage error", code, errs)
	}
}

// TestServeThroughWorkers runs serve --nats --watch beside a worker: the
// feed's items are queued by serve's poller, a POSTed article is queued
// as a job (202) that says done once the worker grouped it, and the
// stories then hold all three.
func TestServeThroughWorkers(t *testing.T) {
	site := newsSite(t)
	srv := queuetest.Start(t)
	db := filepath.Join(t.TempDir(), "p.db")
	if code, _, errs := run(t, db, "feeds", "add", site.URL+"/feed.xml"); code != 0 {
		t.Fatal(errs)
	}
	const token = "a-long-enough-token-for-tests"
	getenv := func(k string) string {
		return map[string]string{"PARALLAX_TOKEN": token, "PARALLAX_DB": db, "PARALLAX_NATS": srv.URL()}[k]
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	wctx, stop := context.WithCancel(ctx)
	var wg sync.WaitGroup
	wg.Go(func() {
		env := Env{Stdin: strings.NewReader(""), Stdout: &bytes.Buffer{}, Stderr: &bytes.Buffer{}, Getenv: getenv}
		if code := Main(wctx, []string{"worker", "--allow-host", "127.0.0.1"}, env); code != 0 {
			t.Errorf("worker exited %d", code)
		}
	})
	t.Cleanup(func() { stop(); wg.Wait() })
	addr, log := servingLog(t, getenv, "serve", "--addr", "127.0.0.1:0", "--watch", "--allow-host", "127.0.0.1", "--host-delay", "0s")
	for !strings.Contains(log.String(), "queued=2") {
		select {
		case <-log.changed:
		case <-ctx.Done():
			t.Fatalf("serve queued no items:\n%s", log.String())
		}
	}
	q, err := queue.Connect(ctx, srv.URL(), t.Name(), queue.Config{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	// The items were queued before the line that says so: once the fetch
	// and articles queues are through, they are stored.
	if err := q.Wait(ctx, []queue.Mark{{Stream: queue.StreamFetch}, {Stream: queue.StreamArticles}}, nil); err != nil {
		t.Fatal(err)
	}
	req, _ := http.NewRequest("POST", addr+"api/v1/articles?name=quay.md", strings.NewReader(
		"---\ntitle: Quay works approved by the council\noutlet: Harbour Gazette\ndate: 2026-03-04\n---\n\n"+
			"The council approved the quay works on Tuesday evening after a long debate about costs and timing; the works go ahead in the spring.\n"))
	req.Header.Set("Authorization", "Bearer "+token)
	c := http.Client{Timeout: 10 * time.Second}
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var res struct{ Job, Status string }
	err = json.NewDecoder(resp.Body).Decode(&res)
	resp.Body.Close()
	if err != nil || resp.StatusCode != http.StatusAccepted || resp.Header.Get("Location") != res.Status {
		t.Fatalf("POST article = %d %+v %v, want 202 with a job", resp.StatusCode, res, err)
	}
	job, err := queue.ParseJob(res.Job)
	if err != nil {
		t.Fatal(err)
	}
	// Its copies come after every article queued before it: the feed's.
	if err := q.Wait(ctx, []queue.Mark{{Stream: queue.StreamDerive, Seq: job.Stories, Subject: queue.SubjectStories}}, nil); err != nil {
		t.Fatal(err)
	}
	get := func(path string, v any) {
		t.Helper()
		resp, err := c.Get(addr + strings.TrimPrefix(path, "/"))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
			t.Fatal(err)
		}
	}
	var st queue.JobState
	if get(res.Status, &st); st.State != queue.JobDone {
		t.Errorf("job %+v, want done", st)
	}
	var stories []struct {
		Articles int `json:"articles"`
	}
	get("api/v1/stories?limit=100", &stories)
	total := 0
	for _, s := range stories {
		total += s.Articles
	}
	if total != 3 {
		t.Errorf("the stories hold %d articles, want 3 (2 from the feed, 1 posted)", total)
	}
}
