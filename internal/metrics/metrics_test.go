package metrics_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/parallax-news/parallax/internal/feed"
	"github.com/parallax-news/parallax/internal/fetch"
	"github.com/parallax-news/parallax/internal/metrics"
	"github.com/parallax-news/parallax/internal/store"
	"github.com/prometheus/client_golang/prometheus/testutil"
)

func TestPollOutcome(t *testing.T) {
	wrap := func(err error) error { return &fetch.Error{URL: "https://news.example/feed", Err: err} }
	for _, tc := range []struct {
		res  feed.Result
		want string
	}{
		{feed.Result{Stored: 2}, "ok"},
		{feed.Result{NotModified: true}, "not_modified"},
		{feed.Result{Err: wrap(fetch.ErrDisallowed)}, "robots"},
		{feed.Result{Err: wrap(&fetch.RobotsUnavailableError{Reason: "HTTP status 503"})}, "robots"},
		{feed.Result{Err: wrap(&fetch.BlockedError{Host: "intranet.example"})}, "refused"},
		{feed.Result{Err: wrap(fetch.ErrBadURL)}, "refused"},
		{feed.Result{Err: wrap(fetch.ErrNoSuchHost)}, "no_such_host"},
		{feed.Result{Err: wrap(&fetch.HoldError{Host: "news.example", Until: time.Now()})}, "held"},
		{feed.Result{Err: wrap(&fetch.StatusError{Code: 404})}, "http_4xx"},
		{feed.Result{Err: wrap(&fetch.StatusError{Code: 503})}, "http_5xx"},
		{feed.Result{Err: wrap(fetch.ErrTooLarge)}, "too_large"},
		{feed.Result{Err: wrap(fetch.ErrStalled)}, "timeout"},
		{feed.Result{Err: wrap(context.DeadlineExceeded)}, "timeout"},
		{feed.Result{Err: fmt.Errorf("parse feed: %w", errors.New("not XML"))}, "error"},
	} {
		if got := metrics.PollOutcome(tc.res); got != tc.want {
			t.Errorf("PollOutcome(%v) = %q, want %q", tc.res.Err, got, tc.want)
		}
	}
}

// TestNil: a nil *Metrics records nothing and fails at nothing.
func TestNil(t *testing.T) {
	var m *metrics.Metrics
	m.ArticlesIn(metrics.PathAPI, 1, 2, 3)
	m.StageRun("copies", 3, time.Second, nil)
	if err := m.CountPending([]string{"copies"}, nil); err != nil {
		t.Error(err)
	}
	m.Poll(feed.Result{})
	m.PollRound(feed.Round{})
	c := m.Cache("stories")
	c.Hit()
	c.Miss()
	c.Shared()
	c.Built(time.Second, nil)
	c.Waited(time.Second)
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {})
	if got := m.HTTP(h); fmt.Sprint(got) != fmt.Sprint(h) {
		t.Error("HTTP of nil Metrics wraps the handler")
	}
	if m.Gatherer() != nil {
		t.Error("nil Metrics have a registry")
	}
}

func TestRecords(t *testing.T) {
	m := metrics.New()
	m.ArticlesIn(metrics.PathFeed, 2, 1, 0)
	m.StageRun("stories", 5, time.Second, nil)
	m.StageRun("stories", 0, 0, &store.LeaseHeldError{Name: store.LeaseStories, Holder: "other"})
	m.StageRun("stories", 1, time.Second, errors.New("disk full"))
	m.Poll(feed.Result{Err: &fetch.StatusError{Code: 500}})
	m.PollRound(feed.Round{BackedOff: []store.Feed{{ID: 1}, {ID: 2}}})
	m.Cache("lists").Hit()
	for _, tc := range []struct{ name, want string }{
		{"parallax_articles_in_total", `parallax_articles_in_total{outcome="stored",path="feed"} 2`},
		{"parallax_derive_runs_total", `parallax_derive_runs_total{outcome="lease_held",stage="stories"} 1`},
		{"parallax_derive_runs_total", `parallax_derive_runs_total{outcome="error",stage="stories"} 1`},
		{"parallax_derive_articles_total", `parallax_derive_articles_total{stage="stories"} 6`},
		{"parallax_derive_run_seconds", `parallax_derive_run_seconds_count{stage="stories"} 2`},
		{"parallax_feed_polls_total", `parallax_feed_polls_total{outcome="http_5xx"} 1`},
		{"parallax_feeds_backed_off", `parallax_feeds_backed_off 2`},
		{"parallax_page_cache_requests_total", `parallax_page_cache_requests_total{cache="lists",result="hit"} 1`},
	} {
		w := httptest.NewRecorder()
		m.Handler().ServeHTTP(w, httptest.NewRequest("GET", "/metrics", nil))
		if !strings.Contains(w.Body.String(), tc.want+"\n") {
			t.Errorf("%s: no %q in\n%s", tc.name, tc.want, grep(w.Body.String(), tc.name))
		}
	}
	if n, err := testutil.GatherAndCount(m.Gatherer(), "parallax_http_requests_total"); err != nil || n != 0 {
		t.Errorf("HTTP requests before any = %d, %v", n, err)
	}
}

// TestCountPending: the waiting articles are counted at each scrape; a
// count that fails leaves the rest of the scrape served.
func TestCountPending(t *testing.T) {
	m := metrics.New()
	waiting := 3
	count := func(ctx context.Context, stage string) (int, error) {
		if stage == "stories" {
			return 0, errors.New("database is locked")
		}
		return waiting, nil
	}
	if err := m.CountPending([]string{"copies", "stories"}, count); err != nil {
		t.Fatal(err)
	}
	if err := m.CountPending([]string{"copies"}, count); err == nil {
		t.Error("the gauge was added twice")
	}
	m.ArticlesIn(metrics.PathAPI, 1, 0, 0)
	for _, want := range []int{3, 5} {
		waiting = want
		w := httptest.NewRecorder()
		m.Handler().ServeHTTP(w, httptest.NewRequest("GET", "/metrics", nil))
		body := w.Body.String()
		if w.Code != http.StatusOK || !strings.Contains(body, fmt.Sprintf("parallax_derive_pending_articles{stage=\"copies\"} %d\n", want)) ||
			!strings.Contains(body, `parallax_articles_in_total{outcome="stored",path="api"} 1`) {
			t.Errorf("scrape = %d:\n%s", w.Code, grep(body, "parallax_"))
		}
		if strings.Contains(body, `stage="stories"`) {
			t.Errorf("a failed count is served:\n%s", grep(body, "parallax_derive"))
		}
	}
}

func TestHTTP(t *testing.T) {
	m := metrics.New()
	mux := http.NewServeMux()
	mux.HandleFunc("GET /things/{id}", func(w http.ResponseWriter, r *http.Request) {
		if r.PathValue("id") == "none" {
			http.NotFound(w, r)
			return
		}
		w.Write([]byte("a thing"))
	})
	refuse := func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.Header.Get("X-Refuse") != "" {
				w.WriteHeader(http.StatusForbidden)
				return
			}
			next.ServeHTTP(w, r)
		})
	}
	h := m.HTTP(refuse(mux))
	for _, path := range []string{"/things/1", "/things/2", "/things/none", "/elsewhere"} {
		h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", path, nil))
	}
	req := httptest.NewRequest("GET", "/things/1", nil)
	req.Header.Set("X-Refuse", "yes")
	h.ServeHTTP(httptest.NewRecorder(), req)
	w := httptest.NewRecorder()
	m.Handler().ServeHTTP(w, httptest.NewRequest("GET", "/metrics", nil))
	for _, want := range []string{
		`parallax_http_requests_total{code="200",route="GET /things/{id}"} 2`,
		`parallax_http_requests_total{code="404",route="GET /things/{id}"} 1`,
		`parallax_http_requests_total{code="404",route="none"} 1`,
		`parallax_http_requests_total{code="403",route="none"} 1`,
		`parallax_http_request_duration_seconds_count{route="GET /things/{id}"} 3`,
	} {
		if !strings.Contains(w.Body.String(), want+"\n") {
			t.Errorf("no %q in\n%s", want, grep(w.Body.String(), "parallax_http"))
		}
	}
}

// grep returns the lines of s that start with prefix.
func grep(s, prefix string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.HasPrefix(l, prefix) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// BenchmarkHTTP times the HTTP middleware alone around a handler that
// does nothing: its cost per request, with metrics and without.
func BenchmarkHTTP(b *testing.B) {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /things/{id}", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) })
	for _, tc := range []struct {
		name string
		m    *metrics.Metrics
	}{{"off", nil}, {"on", metrics.New()}} {
		h := tc.m.HTTP(mux)
		req := httptest.NewRequest("GET", "/things/1", nil)
		b.Run(tc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				h.ServeHTTP(httptest.NewRecorder(), req)
			}
		})
	}
}
