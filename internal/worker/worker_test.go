package worker

import (
	"context"
	"errors"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/derive"
	"github.com/parallax-news/parallax/internal/fetch"
	"github.com/parallax-news/parallax/internal/metrics"
	"github.com/parallax-news/parallax/internal/queue"
	"github.com/parallax-news/parallax/internal/queue/queuetest"
	"github.com/parallax-news/parallax/internal/samples"
	"github.com/parallax-news/parallax/internal/store"
	"github.com/parallax-news/parallax/internal/store/sqlite"
)

// fixture is the bundled (fictional) sample articles with a copy of one by
// another outlet (an inserted lead, the rest taken).
func fixture(t *testing.T) []*article.Article {
	t.Helper()
	arts, err := samples.Articles(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	src := arts[0]
	cp := &article.Article{Outlet: "Copy Farm", URL: "https://farm.example/copied", Title: src.Title,
		Published: src.Published, Paragraphs: append([]string{"Experts revealed that the news below matters."}, src.Paragraphs...)}
	if _, err := cp.Finish(); err != nil {
		t.Fatal(err)
	}
	return append(arts, cp)
}

func openStore(t *testing.T, path string) store.Store {
	t.Helper()
	st, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// snapshot writes what a store holds: its articles, each story's articles
// and every copy relation.
func snapshot(t *testing.T, st store.Store) string {
	t.Helper()
	ctx := context.Background()
	arts, err := st.List(ctx, store.ListQuery{})
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, a := range arts {
		lines = append(lines, fmt.Sprintf("article %s rev %d", a.ID, a.Revision))
	}
	list, err := st.Stories(ctx, store.StoryQuery{})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range list {
		_, as, err := st.Story(ctx, s.ID)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, a := range as {
			ids = append(ids, a.Article)
		}
		lines = append(lines, fmt.Sprintf("story %s %q: %s", s.ID, s.Title, strings.Join(ids, " ")))
	}
	links, err := st.CopyLinks(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range links {
		lines = append(lines, fmt.Sprintf("copy %s > %s %s %.3f", l.Source, l.Copy, l.Kind, l.Share))
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

// single is what one process makes of the articles: store them all, then
// check copies and group into stories.
func single(t *testing.T, arts []*article.Article) string {
	t.Helper()
	st := openStore(t, filepath.Join(t.TempDir(), "single.db"))
	if _, err := st.Put(context.Background(), arts); err != nil {
		t.Fatal(err)
	}
	if _, err := derive.New(st, derive.Config{}).Update(context.Background()); err != nil {
		t.Fatal(err)
	}
	snap := snapshot(t, st)
	if !strings.Contains(snap, "copy ") || strings.Count(snap, "story ") < 3 {
		t.Fatalf("the single run found too little to compare:\n%s", snap)
	}
	return snap
}

func deadline(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(t.Context(), 90*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func dial(t *testing.T, srv *queuetest.Server, cfg queue.Config) *queue.Queue {
	t.Helper()
	q, err := queue.Connect(t.Context(), srv.URL(), t.Name(), cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { q.Close() })
	if err := q.Setup(t.Context()); err != nil {
		t.Fatal(err)
	}
	return q
}

// quick are queue settings for tests: quick retries and redeliveries.
var quick = queue.Config{AckWait: 2 * time.Second, Backoff: 5 * time.Millisecond}

// start runs a worker until the test ends.
func start(t *testing.T, cfg Config) *Worker {
	t.Helper()
	w, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Go(func() { _ = w.Run(ctx) })
	t.Cleanup(func() { cancel(); wg.Wait() })
	return w
}

// publish queues the articles one a message, in order, then a derive
// request after them, and returns the marks that a wait for all of it
// passes.
func publish(t *testing.T, ctx context.Context, q *queue.Queue, arts []*article.Article) []queue.Mark {
	t.Helper()
	var last uint64
	for i, a := range arts {
		var err error
		last, err = q.PublishArticles(ctx, queue.Articles{Articles: []*article.Article{a}, Inputs: []string{fmt.Sprint("fixture:", i)}}, fmt.Sprint(t.Name(), i))
		if err != nil {
			t.Fatal(err)
		}
	}
	return derived(t, ctx, q, queue.Mark{Stream: queue.StreamArticles, Seq: last})
}

// derived asks for copies and stories after the marks and returns the
// marks of all that work.
func derived(t *testing.T, ctx context.Context, q *queue.Queue, after ...queue.Mark) []queue.Mark {
	t.Helper()
	seq, err := q.PublishDerive(ctx, after...)
	if err != nil {
		t.Fatal(err)
	}
	return append(after, queue.Mark{Stream: queue.StreamDerive, Seq: seq}, queue.Mark{Stream: queue.StreamDerive})
}

func waitFor(t *testing.T, ctx context.Context, q *queue.Queue, marks []queue.Mark) {
	t.Helper()
	if err := q.Wait(ctx, marks, nil); err != nil {
		t.Fatal(err)
	}
}

var storeStages = []queue.Stage{queue.StageStore, queue.StageCopies, queue.StageStories}

func TestMatchesSingleProcess(t *testing.T) {
	arts := fixture(t)
	want := single(t, arts)
	ctx := deadline(t)
	srv := queuetest.Start(t)
	q := dial(t, srv, quick)
	st := openStore(t, filepath.Join(t.TempDir(), "w.db"))
	m := metrics.New()
	start(t, Config{Store: st, Queue: q, Stages: storeStages, Metrics: m})
	waitFor(t, ctx, q, publish(t, ctx, q, arts))
	if got := snapshot(t, st); got != want {
		t.Errorf("workers made\n%s\nwant (one process)\n%s", got, want)
	}
	if n := counter(t, m, "parallax_worker_items_total", map[string]string{"stage": "store", "outcome": "ok"}); int(n) != len(arts) {
		t.Errorf("store items ok = %v, want %d", n, len(arts))
	}
}

// counter reads one series of a counter in m: the one whose labels
// include all of want (0 when there is none).
func counter(t *testing.T, m *metrics.Metrics, name string, want map[string]string) float64 {
	t.Helper()
	mfs, err := m.Gatherer().Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
		for _, s := range mf.GetMetric() {
			n := 0
			for _, l := range s.GetLabel() {
				if v, ok := want[l.GetName()]; ok && v == l.GetValue() {
					n++
				}
			}
			if n == len(want) {
				return s.GetCounter().GetValue()
			}
		}
	}
	return 0
}

// TestRedeliveryIsHarmless does every item's work twice: the first
// delivery of each does the work and then fails (as a worker that died
// before its ack would), so each comes again and is done again. The
// outcome is that of doing it once.
func TestRedeliveryIsHarmless(t *testing.T) {
	arts := fixture(t)
	want := single(t, arts)
	ctx := deadline(t)
	srv := queuetest.Start(t)
	q := dial(t, srv, quick)
	st := openStore(t, filepath.Join(t.TempDir(), "w.db"))
	w, err := New(Config{Store: st, Queue: q, Stages: storeStages})
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	again := map[queue.Stage]int{}
	runCtx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	for _, s := range storeStages {
		h, _ := w.handler(s)
		wg.Go(func() {
			q.Consume(runCtx, s, 1, func(ctx context.Context, it queue.Item) error {
				if err := h(ctx, it); err != nil || it.Deliveries > 1 {
					return err
				}
				mu.Lock()
				again[s]++
				mu.Unlock()
				return errors.New("lost the ack")
			}, nil)
		})
	}
	t.Cleanup(func() { cancel(); wg.Wait() })
	waitFor(t, ctx, q, publish(t, ctx, q, arts))
	if got := snapshot(t, st); got != want {
		t.Errorf("workers made\n%s\nwant (one process)\n%s", got, want)
	}
	mu.Lock()
	defer mu.Unlock()
	for _, s := range storeStages {
		if again[s] == 0 {
			t.Errorf("no %s item was redelivered", s)
		}
	}
}

func TestPoisonArticlesGoToDeadLetters(t *testing.T) {
	arts := fixture(t)
	ctx := deadline(t)
	srv := queuetest.Start(t)
	q := dial(t, srv, queue.Config{MaxDeliver: 2, Backoff: time.Millisecond})
	st := openStore(t, filepath.Join(t.TempDir(), "w.db"))
	start(t, Config{Store: st, Queue: q, Stages: storeStages})
	// An article without identity cannot be stored, however often tried.
	bad := &article.Article{Title: "No identity", Paragraphs: []string{"Text."}}
	if _, err := q.PublishArticles(ctx, queue.Articles{Articles: []*article.Article{bad}, Inputs: []string{"bad"}}, "bad"); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, q, publish(t, ctx, q, arts))
	sts, err := q.Status(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range sts {
		if want := map[queue.Stage]uint64{queue.StageStore: 1}[s.Stage]; s.Dead != want {
			t.Errorf("%s: %d dead letters, want %d", s.Stage, s.Dead, want)
		}
	}
	if n, err := st.Count(ctx, store.ListQuery{}); err != nil || n != len(arts) {
		t.Errorf("stored %d articles (%v), want %d: the good ones", n, err, len(arts))
	}
}

// page serves an article as a web page.
func page(a *article.Article) string {
	var b strings.Builder
	fmt.Fprintf(&b, "<!doctype html><html><head><title>%s</title><meta property=\"og:site_name\" content=%q>", html.EscapeString(a.Title), a.Outlet)
	if !a.Published.IsZero() {
		fmt.Fprintf(&b, "<meta property=\"article:published_time\" content=%q>", a.Published.String())
	}
	fmt.Fprintf(&b, "</head><body><article><h1>%s</h1>", html.EscapeString(a.Title))
	for _, p := range a.Paragraphs {
		fmt.Fprintf(&b, "<p>%s</p>", html.EscapeString(p))
	}
	b.WriteString("</article></body></html>")
	return b.String()
}

// TestTwoWorkersShareFetching: two workers, one page at a time each, and
// a site that answers only once two pages are asked for at once: both
// workers must be fetching.
func TestTwoWorkersShareFetching(t *testing.T) {
	arts := fixture(t)
	ctx := deadline(t)
	both := make(chan struct{})
	var once sync.Once
	arrived := make(chan struct{}, len(arts))
	go func() {
		<-arrived
		<-arrived
		once.Do(func() { close(both) })
	}()
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var i int
		if _, err := fmt.Sscanf(r.URL.Path, "/a/%d", &i); err != nil || i >= len(arts) {
			http.NotFound(w, r)
			return
		}
		arrived <- struct{}{}
		select {
		case <-both:
		case <-r.Context().Done():
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page(arts[i]))
	}))
	t.Cleanup(site.Close)
	client := func() *fetch.Client {
		c, err := fetch.New(fetch.Config{AllowHosts: []string{"127.0.0.1"}, HostDelay: -1})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { c.Close() })
		return c
	}
	srv := queuetest.Start(t)
	path := filepath.Join(t.TempDir(), "w.db")
	st := openStore(t, path)
	var ms []*metrics.Metrics
	for i := range 2 {
		m := metrics.New()
		ms = append(ms, m)
		stages := []queue.Stage{queue.StageFetch}
		if i == 0 {
			stages = append(stages, storeStages...)
		}
		start(t, Config{Store: openStore(t, path), Queue: dial(t, srv, quick), Stages: stages, Fetchers: 1, Client: client(), Metrics: m})
	}
	q := dial(t, srv, quick)
	var last uint64
	for i := range arts {
		var err error
		if last, err = q.PublishFetch(ctx, fmt.Sprintf("%s/a/%d", site.URL, i)); err != nil {
			t.Fatal(err)
		}
	}
	waitFor(t, ctx, q, derived(t, ctx, q, queue.Mark{Stream: queue.StreamFetch, Seq: last}, queue.Mark{Stream: queue.StreamArticles}))
	for i, m := range ms {
		if n := counter(t, m, "parallax_worker_items_total", map[string]string{"stage": "fetch", "outcome": "ok"}); n == 0 {
			t.Errorf("worker %d fetched nothing", i)
		}
	}
	if n, err := st.Count(ctx, store.ListQuery{}); err != nil || n != len(arts) {
		t.Errorf("stored %d articles (%v), want %d", n, err, len(arts))
	}
	if s, err := st.Stories(ctx, store.StoryQuery{}); err != nil || len(s) < 3 {
		t.Errorf("%d stories (%v), want at least 3", len(s), err)
	}
}

// TestClustererFailover: the clusterer died holding both the stories
// request (taken, never acknowledged) and the stories lease (never
// renewed). Another worker takes the request once its ack wait is over
// and the lease once it expired, and makes the stories one process
// would.
func TestClustererFailover(t *testing.T) {
	arts := fixture(t)
	want := single(t, arts)
	ctx := deadline(t)
	srv := queuetest.Start(t)
	cfg := quick
	cfg.AckWait = 500 * time.Millisecond
	q := dial(t, srv, cfg)
	path := filepath.Join(t.TempDir(), "w.db")
	st := openStore(t, path)
	// Storing and copy detection run; the clusterer is yet to come.
	start(t, Config{Store: st, Queue: q, Stages: []queue.Stage{queue.StageStore, queue.StageCopies}})
	marks := publish(t, ctx, q, arts)
	waitFor(t, ctx, q, marks[:2])
	// The dead clusterer: it took the stories request and the lease.
	c, err := q.JetStream().Consumer(ctx, queue.StreamDerive, string(queue.StageStories))
	if err != nil {
		t.Fatal(err)
	}
	b, err := c.Fetch(1)
	if err != nil {
		t.Fatal(err)
	}
	for range b.Messages() {
	}
	dead, err := st.AcquireLease(ctx, store.LeaseStories, "dead clusterer", time.Second)
	if err != nil {
		t.Fatal(err)
	}
	start(t, Config{Store: openStore(t, path), Queue: dial(t, srv, cfg), Stages: []queue.Stage{queue.StageStories}, LeaseTTL: time.Second})
	waitFor(t, ctx, q, marks[2:])
	if got := snapshot(t, st); got != want {
		t.Errorf("after failover\n%s\nwant (one process)\n%s", got, want)
	}
	ls, err := st.Leases(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range ls {
		if l.Name == store.LeaseStories && l.Token <= dead.Token {
			t.Errorf("the stories lease was not taken over: %+v", l)
		}
	}
}

// TestNATSRestartMidRun stops the NATS server with work queued and more
// to publish, and starts it again: the workers and the publisher ride it
// out, and the outcome is that of one process.
func TestNATSRestartMidRun(t *testing.T) {
	arts := fixture(t)
	want := single(t, arts)
	ctx := deadline(t)
	srv := queuetest.Start(t)
	q := dial(t, srv, quick)
	st := openStore(t, filepath.Join(t.TempDir(), "w.db"))
	half := len(arts) / 2
	for i, a := range arts[:half] {
		if _, err := q.PublishArticles(ctx, queue.Articles{Articles: []*article.Article{a}, Inputs: []string{fmt.Sprint(i)}}, fmt.Sprint("a", i)); err != nil {
			t.Fatal(err)
		}
	}
	start(t, Config{Store: st, Queue: dial(t, srv, quick), Stages: storeStages})
	srv.Stop()
	published := make(chan []queue.Mark, 1)
	go func() {
		var last uint64
		for i, a := range arts[half:] {
			var err error
			if last, err = q.PublishArticles(ctx, queue.Articles{Articles: []*article.Article{a}, Inputs: []string{fmt.Sprint(half + i)}}, fmt.Sprint("a", half+i)); err != nil {
				t.Error(err)
				published <- nil
				return
			}
		}
		seq, err := q.PublishDerive(ctx, queue.Mark{Stream: queue.StreamArticles, Seq: last})
		if err != nil {
			t.Error(err)
		}
		published <- []queue.Mark{{Stream: queue.StreamArticles, Seq: last}, {Stream: queue.StreamDerive, Seq: seq}, {Stream: queue.StreamDerive}}
	}()
	srv.Start()
	marks := <-published
	if marks == nil {
		t.FailNow()
	}
	waitFor(t, ctx, q, marks)
	if got := snapshot(t, st); got != want {
		t.Errorf("after the restart\n%s\nwant (one process)\n%s", got, want)
	}
}
