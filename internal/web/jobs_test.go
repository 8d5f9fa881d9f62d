package web_test

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/parallax-news/parallax/internal/article"
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

// failingJobs is a work queue that refuses everything, or every article.
type failingJobs struct{ tooLarge bool }

func (f failingJobs) SubmitArticles(_ context.Context, arts []*article.Article, _ []string) (queue.Job, map[int]error, error) {
	if !f.tooLarge {
		return queue.Job{}, nil, errors.New("no NATS server is reachable")
	}
	skipped := map[int]error{}
	for i := range arts {
		skipped[i] = queue.ErrTooLarge
	}
	return queue.Job{}, skipped, nil
}

func (failingJobs) JobState(context.Context, queue.Job) (queue.JobState, error) {
	return queue.JobState{}, errors.New("no NATS server is reachable")
}

// TestQueueRefusals: a queue that is away gets a 503 the client may retry;
// articles too large for it a 400 that names them.
func TestQueueRefusals(t *testing.T) {
	body := "Quay lights restored\n\nThe quay lights of Valmora were restored on Friday after a week of darkness."
	for _, tc := range []struct {
		name string
		jobs failingJobs
		want int
		says string
	}{
		{"queue away", failingJobs{}, http.StatusServiceUnavailable, "try again later"},
		{"too large", failingJobs{tooLarge: true}, http.StatusBadRequest, "too large"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := newFixture(t, web.Config{Token: testToken, Jobs: tc.jobs, NoDerive: true})
			code, _, b := f.do(t, "POST", "/api/v1/articles", testToken, strings.NewReader(body), "Content-Type", "text/plain")
			if code != tc.want || !strings.Contains(string(b), tc.says) {
				t.Errorf("POST = %d %s, want %d saying %q", code, b, tc.want, tc.says)
			}
		})
	}
	f := newFixture(t, web.Config{Token: testToken, Jobs: failingJobs{}, NoDerive: true})
	if code, _, b := f.do(t, "GET", "/api/v1/jobs/1-2-3", "", nil); code != http.StatusServiceUnavailable {
		t.Errorf("GET a job with the queue away = %d %s, want 503", code, b)
	}
}
