package web_test

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/metrics"
	"github.com/parallax-news/parallax/internal/web"
	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"
)

// scrape GETs /metrics and parses it.
func (f *fixture) scrape(t *testing.T) map[string]*dto.MetricFamily {
	t.Helper()
	code, h, b := f.do(t, "GET", "/metrics", "", nil)
	if code != http.StatusOK {
		t.Fatalf("GET /metrics = %d: %s", code, b)
	}
	if ct := h.Get("Content-Type"); !strings.HasPrefix(ct, "text/plain") {
		t.Fatalf("GET /metrics: Content-Type %q", ct)
	}
	p := expfmt.NewTextParser(model.UTF8Validation)
	fams, err := p.TextToMetricFamilies(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("parse /metrics: %v\n%s", err, b)
	}
	return fams
}

// value is the value of the sample of family name with the given labels
// (a counter's, a gauge's, or a histogram's count); 0 when there is none.
func value(fams map[string]*dto.MetricFamily, name string, labels ...string) float64 {
	fam := fams[name]
	if fam == nil {
		return 0
	}
next:
	for _, m := range fam.GetMetric() {
		for i := 0; i+1 < len(labels); i += 2 {
			found := false
			for _, l := range m.GetLabel() {
				if l.GetName() == labels[i] && l.GetValue() == labels[i+1] {
					found = true
				}
			}
			if !found {
				continue next
			}
		}
		switch {
		case m.Counter != nil:
			return m.Counter.GetValue()
		case m.Gauge != nil:
			return m.Gauge.GetValue()
		case m.Histogram != nil:
			return float64(m.Histogram.GetSampleCount())
		}
	}
	return 0
}

// TestMetricsMove scrapes /metrics after articles come in through the API,
// a refresh derives copies and stories, and a story page is read twice:
// each counter moved by what was done.
func TestMetricsMove(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t, web.Config{Token: testToken, Metrics: metrics.New()})
	before := f.scrape(t)
	// The fixture's refresh checked and grouped the sample articles.
	for _, stage := range []string{"copies", "stories"} {
		if n := value(before, "parallax_derive_runs_total", "stage", stage, "outcome", "ok"); n != 1 {
			t.Errorf("%s runs after the first refresh = %v, want 1", stage, n)
		}
		if n := value(before, "parallax_derive_articles_total", "stage", stage); n == 0 {
			t.Errorf("no article went through %s", stage)
		}
		if n := value(before, "parallax_derive_run_seconds", "stage", stage); n != 1 {
			t.Errorf("%s runs timed = %v, want 1", stage, n)
		}
	}

	body := "---\ntitle: Lighthouse keepers vote to strike\noutlet: Cove Courier\ndate: 2026-05-01\n---\n\n" +
		"Keepers of the three lighthouses on the cape voted on Monday to stop work for a day next month over pay.\n"
	code, _, b := f.do(t, "POST", "/api/v1/articles?name=strike.md", testToken, strings.NewReader(body))
	if code != http.StatusCreated {
		t.Fatalf("POST = %d: %s", code, b)
	}
	if code, _, b := f.do(t, "POST", "/api/v1/articles?name=strike.md", testToken, strings.NewReader(body)); code != http.StatusOK {
		t.Fatalf("POST again = %d: %s", code, b)
	}
	mid := f.scrape(t)
	if got := value(mid, "parallax_derive_pending_articles", "stage", "copies"); got != 1 {
		t.Errorf("articles waiting for copies before the refresh = %v, want 1", got)
	}
	if err := f.srv.Update(ctx); err != nil {
		t.Fatal(err)
	}
	var list []struct {
		ID string `json:"id"`
	}
	f.getJSON(t, "/api/v1/stories?limit=1", http.StatusOK, &list)
	if len(list) == 0 {
		t.Fatal("no story")
	}
	for range 2 {
		f.getJSON(t, "/api/v1/stories/"+list[0].ID, http.StatusOK, nil)
	}
	f.do(t, "GET", "/api/v1/no-such-thing", "", nil)
	after := f.scrape(t)

	for _, tc := range []struct {
		name   string
		labels []string
		want   float64 // how much it moved since before
	}{
		{"parallax_articles_in_total", []string{"path", "api", "outcome", "stored"}, 1},
		{"parallax_articles_in_total", []string{"path", "api", "outcome", "unchanged"}, 1},
		{"parallax_derive_runs_total", []string{"stage", "copies", "outcome", "ok"}, 1},
		{"parallax_derive_runs_total", []string{"stage", "stories", "outcome", "ok"}, 1},
		{"parallax_derive_articles_total", []string{"stage", "copies"}, 1},
		{"parallax_derive_articles_total", []string{"stage", "stories"}, 1},
		{"parallax_page_cache_requests_total", []string{"cache", "stories", "result", "miss"}, 1},
		{"parallax_page_cache_requests_total", []string{"cache", "stories", "result", "hit"}, 1},
		{"parallax_page_builds_total", []string{"cache", "stories", "outcome", "ok"}, 1},
		{"parallax_page_build_seconds", []string{"cache", "stories"}, 1},
		{"parallax_page_build_wait_seconds", nil, 1},
		{"parallax_http_requests_total", []string{"route", "POST /api/v1/articles", "code", "201"}, 1},
		{"parallax_http_requests_total", []string{"route", "POST /api/v1/articles", "code", "200"}, 1},
		{"parallax_http_requests_total", []string{"route", "GET /api/v1/stories/{id}", "code", "200"}, 2},
		{"parallax_http_requests_total", []string{"route", "/api/", "code", "404"}, 1},
		{"parallax_http_requests_total", []string{"route", "GET /metrics", "code", "200"}, 2}, // before's and mid's scrapes, each counted once answered
		{"parallax_http_request_duration_seconds", []string{"route", "GET /api/v1/stories/{id}"}, 2},
	} {
		if got := value(after, tc.name, tc.labels...) - value(before, tc.name, tc.labels...); got != tc.want {
			t.Errorf("%s%v moved by %v, want %v", tc.name, tc.labels, got, tc.want)
		}
	}
	for _, stage := range []string{"copies", "stories"} {
		if _, ok := after["parallax_derive_pending_articles"]; !ok {
			t.Fatal("no parallax_derive_pending_articles")
		}
		if got := value(after, "parallax_derive_pending_articles", "stage", stage); got != 0 {
			t.Errorf("articles waiting for %s after a refresh = %v", stage, got)
		}
	}
	if value(after, "go_goroutines") == 0 {
		t.Error("no Go runtime metrics")
	}
	var doc struct {
		Paths map[string]any `json:"paths"`
	}
	f.getJSON(t, "/api/v1/openapi.json", http.StatusOK, &doc)
	if doc.Paths["/metrics"] == nil {
		t.Error("openapi.json does not describe /metrics")
	}
}

// TestMetricsAccess: /metrics is read as the API is (open from loopback,
// from other machines with the token or when reading is public), and
// absent from a server without metrics.
func TestMetricsAccess(t *testing.T) {
	closed := newFixture(t, web.Config{Token: testToken, Metrics: metrics.New()})
	public := newFixture(t, web.Config{PublicRead: true, Metrics: metrics.New()})
	none := newFixture(t, web.Config{})
	for _, tc := range []struct {
		name         string
		f            *fixture
		remote, auth string
		want         int
	}{
		{"loopback", closed, "127.0.0.1:5000", "", http.StatusOK},
		{"another machine", closed, "192.0.2.7:5000", "", http.StatusUnauthorized},
		{"another machine with the token", closed, "192.0.2.7:5000", "Bearer " + testToken, http.StatusOK},
		{"public", public, "192.0.2.7:5000", "", http.StatusOK},
		{"no metrics", none, "127.0.0.1:5000", "", http.StatusNotFound},
	} {
		req := httptest.NewRequest("GET", "/metrics", nil)
		req.RemoteAddr, req.Host = tc.remote, "127.0.0.1:8080"
		if tc.auth != "" {
			req.Header.Set("Authorization", tc.auth)
		}
		w := httptest.NewRecorder()
		tc.f.srv.Handler().ServeHTTP(w, req)
		if w.Code != tc.want {
			t.Errorf("%s: GET /metrics = %d, want %d: %.200s", tc.name, w.Code, tc.want, w.Body)
		}
	}
	// A refused request counts under the route "none".
	req := httptest.NewRequest("GET", "/metrics", nil)
	req.RemoteAddr, req.Host = "127.0.0.1:5000", "127.0.0.1:8080"
	w := httptest.NewRecorder()
	closed.srv.Handler().ServeHTTP(w, req)
	if !strings.Contains(w.Body.String(), `parallax_http_requests_total{code="401",route="none"} 1`) {
		t.Errorf("the refused request is not counted:\n%s", w.Body)
	}
}
