package worker

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sync/atomic"
	"testing"

	"github.com/parallax-news/parallax/internal/feed"
	"github.com/parallax-news/parallax/internal/fetch"
	"github.com/parallax-news/parallax/internal/queue"
	"github.com/parallax-news/parallax/internal/queue/queuetest"
	"github.com/parallax-news/parallax/internal/store"
)

// TestJobMatchesSingleProcess: articles submitted as one job (serve's
// POST with a queue), with the stories request queued beside the copies
// request, make what one process makes of them; the job says done once
// its stories request is.
func TestJobMatchesSingleProcess(t *testing.T) {
	arts := fixture(t)
	want := single(t, arts)
	ctx := deadline(t)
	srv := queuetest.Start(t)
	q := dial(t, srv, quick)
	inputs := make([]string, len(arts))
	for i := range arts {
		inputs[i] = fmt.Sprint("api:", i)
	}
	job, skipped, err := q.SubmitArticles(ctx, arts, inputs)
	if err != nil || len(skipped) != 0 {
		t.Fatal(err, skipped)
	}
	st := openStore(t, filepath.Join(t.TempDir(), "w.db"))
	// The clusterer first: its request waits for the copies request.
	start(t, Config{Store: st, Queue: q, Stages: []queue.Stage{queue.StageStories}})
	start(t, Config{Store: st, Queue: dial(t, srv, quick), Stages: []queue.Stage{queue.StageStore, queue.StageCopies}})
	waitFor(t, ctx, q, []queue.Mark{{Stream: queue.StreamDerive, Seq: job.Stories, Subject: queue.SubjectStories}})
	if s, err := q.JobState(ctx, job); err != nil || s.State != queue.JobDone {
		t.Errorf("job state %+v, %v; want done", s, err)
	}
	if got := snapshot(t, st); got != want {
		t.Errorf("the job made\n%s\nwant (one process)\n%s", got, want)
	}
}

// TestFeedItemsThroughWorkers: feed items queued for the fetch stage are
// read as the poller reads them: a page that is there is used; a page that
// keeps failing with a 503 is tried MaxDeliver times, then the feed's own
// content stands in; a 404 gives the feed's content at once.
func TestFeedItemsThroughWorkers(t *testing.T) {
	arts := fixture(t)
	var busy atomic.Int32
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/a/0":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, page(arts[0]))
		case "/busy":
			busy.Add(1)
			http.Error(w, "busy", http.StatusServiceUnavailable)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(site.Close)
	c, err := fetch.New(fetch.Config{AllowHosts: []string{"127.0.0.1"}, HostDelay: -1})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	ctx := deadline(t)
	srv := queuetest.Start(t)
	cfg := quick
	cfg.MaxDeliver = 3
	q := dial(t, srv, cfg)
	st := openStore(t, filepath.Join(t.TempDir(), "w.db"))
	start(t, Config{Store: st, Queue: q, Stages: append([]queue.Stage{queue.StageFetch}, storeStages...), Client: c})
	text := "<p>The harbour board of Port Elms closed the old ferry pier for six weeks of repairs on Monday.</p>"
	iq := &queue.ItemQueue{Q: q}
	for _, j := range []feed.ItemJob{
		{FeedID: 1, Key: "page", URL: site.URL + "/a/0", FeedTitle: "Harbour Gazette", Title: "From the feed"},
		{FeedID: 1, Key: "busy", URL: site.URL + "/busy", FeedTitle: "Harbour Gazette", Title: "Pier closes", Content: text},
		{FeedID: 1, Key: "gone", URL: site.URL + "/gone", FeedTitle: "Harbour Gazette", Title: "Pier reopens", Summary: text + "<p>It reopens in May.</p>"},
	} {
		if err := iq.QueueItem(ctx, j); err != nil {
			t.Fatal(err)
		}
	}
	waitFor(t, ctx, q, derived(t, ctx, q, queue.Mark{Stream: queue.StreamFetch, Seq: iq.Last()}, queue.Mark{Stream: queue.StreamArticles}))
	list, err := st.List(ctx, store.ListQuery{})
	if err != nil {
		t.Fatal(err)
	}
	formats := map[string]string{}
	for _, a := range list {
		formats[a.Title] = a.Source.Format + " " + a.Outlet
	}
	wantFormats := map[string]string{arts[0].Title: "html " + arts[0].Outlet, "Pier closes": "feed Harbour Gazette", "Pier reopens": "feed Harbour Gazette"}
	if fmt.Sprint(formats) != fmt.Sprint(wantFormats) {
		t.Errorf("stored %v, want %v", formats, wantFormats)
	}
	if n := busy.Load(); n != 3 {
		t.Errorf("the busy page was asked for %d times, want 3 (MaxDeliver)", n)
	}
	if s, err := q.Status(ctx); err == nil {
		for _, x := range s {
			if x.Dead != 0 {
				t.Errorf("%s: %d dead letters, want none", x.Stage, x.Dead)
			}
		}
	}
}
