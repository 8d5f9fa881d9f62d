package web_test

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/parallax-news/parallax/internal/queue"
	"github.com/parallax-news/parallax/internal/queue/queuetest"
	"github.com/parallax-news/parallax/internal/store/sqlite"
	"github.com/parallax-news/parallax/internal/web"
	"github.com/parallax-news/parallax/internal/worker"
)

// queued is the answer to a POST on a server with a queue.
type queued struct {
	Queued   int    `json:"queued"`
	Job      string `json:"job"`
	Status   string `json:"status"`
	Articles []struct {
		ID, Title, URL string
	} `json:"articles"`
	Errors []string `json:"errors"`
}

// TestPostQueuesForWorkers: a server with a queue answers a POST of
// articles with 202 and a job; the job says queued until a worker runs,
// then done, and the article is then stored and in a story.
func TestPostQueuesForWorkers(t *testing.T) {
	ctx, cancel := context.WithTimeout(t.Context(), 60*time.Second)
	defer cancel()
	srv := queuetest.Start(t)
	q, err := queue.Connect(ctx, srv.URL(), t.Name(), queue.Config{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { q.Close() })
	if err := q.Setup(ctx); err != nil {
		t.Fatal(err)
	}
	f := newFixture(t, web.Config{Token: testToken, Jobs: q, NoDerive: true})
	before := f.articleCount(t)

	body := "Quay lights restored\n\nThe quay lights of Valmora were restored on Friday after a week of darkness, the port authority said."
	code, h, b := f.do(t, "POST", "/api/v1/articles?outlet=Valmora+Post", testToken, strings.NewReader(body), "Content-Type", "text/plain")
	if code != http.StatusAccepted {
		t.Fatalf("POST = %d %s, want 202", code, b)
	}
	var res queued
	if err := json.Unmarshal(b, &res); err != nil {
		t.Fatal(err)
	}
	if res.Queued != 1 || len(res.Articles) != 1 || res.Status != "/api/v1/jobs/"+res.Job || h.Get("Location") != res.Status {
		t.Fatalf("answer %+v, Location %q", res, h.Get("Location"))
	}
	var st queue.JobState
	f.getJSON(t, res.Status, http.StatusOK, &st)
	if st.State != queue.JobQueued {
		t.Errorf("before any worker: %+v, want queued", st)
	}
	if code, _, _ := f.do(t, "GET", res.Articles[0].URL, "", nil); code != http.StatusNotFound {
		t.Errorf("GET %s before a worker = %d, want 404", res.Articles[0].URL, code)
	}
	if n := f.articleCount(t); n != before {
		t.Errorf("the server stored the article itself: %d articles, want %d", n, before)
	}

	wst, err := sqlite.Open(ctx, f.db)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { wst.Close() })
	w, err := worker.New(worker.Config{Store: wst, Queue: q, Stages: []queue.Stage{queue.StageStore, queue.StageCopies, queue.StageStories}})
	if err != nil {
		t.Fatal(err)
	}
	wctx, stop := context.WithCancel(ctx)
	var wg sync.WaitGroup
	wg.Go(func() { _ = w.Run(wctx) })
	t.Cleanup(func() { stop(); wg.Wait() })
	job, err := queue.ParseJob(res.Job)
	if err != nil {
		t.Fatal(err)
	}
	if err := q.Wait(ctx, []queue.Mark{{Stream: queue.StreamDerive, Seq: job.Stories, Subject: queue.SubjectStories}}, nil); err != nil {
		t.Fatal(err)
	}
	f.getJSON(t, res.Status, http.StatusOK, &st)
	if st.State != queue.JobDone {
		t.Errorf("after the worker: %+v, want done", st)
	}
	var art struct {
		ID    string `json:"id"`
		Story string `json:"story"`
	}
	f.getJSON(t, res.Articles[0].URL, http.StatusOK, &art)
	if art.ID != res.Articles[0].ID || art.Story == "" {
		t.Errorf("the article once done: %+v, want it in a story", art)
	}
	for path, want := range map[string]int{
		"/api/v1/jobs/1-2":         http.StatusBadRequest,
		"/api/v1/jobs/900-901-902": http.StatusNotFound,
	} {
		if code, _, b := f.do(t, "GET", path, "", nil); code != want {
			t.Errorf("GET %s = %d %s, want %d", path, code, b, want)
		}
	}
}

// TestJobsWithoutQueue: a server that stores posted articles itself has
// no jobs, and says so.
func TestJobsWithoutQueue(t *testing.T) {
	f := newFixture(t, web.Config{Token: testToken})
	code, _, b := f.do(t, "GET", "/api/v1/jobs/1-2-3", "", nil)
	if code != http.StatusNotFound || !strings.Contains(string(b), "stored at once") {
		t.Errorf("GET a job = %d %s, want 404 saying articles are stored at once", code, b)
	}
}
