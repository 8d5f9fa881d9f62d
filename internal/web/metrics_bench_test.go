package web_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/metrics"
	"github.com/parallax-news/parallax/internal/samples"
	"github.com/parallax-news/parallax/internal/store/sqlite"
	"github.com/parallax-news/parallax/internal/web"
)

// benchServer is a server over the sample articles, grouped into
// stories, with metrics or without.
func benchServer(b *testing.B, m *metrics.Metrics) http.Handler {
	b.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	arts, err := samples.Articles(ctx)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := st.Put(ctx, arts); err != nil {
		b.Fatal(err)
	}
	srv, err := web.New(web.Config{Store: st, Token: testToken, Metrics: m})
	if err != nil {
		b.Fatal(err)
	}
	if err := srv.Update(ctx); err != nil {
		b.Fatal(err)
	}
	return srv.Handler()
}

func serve(b *testing.B, h http.Handler, req *http.Request, want int) {
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	if w.Code != want {
		b.Fatalf("%s %s = %d: %.200s", req.Method, req.URL, w.Code, w.Body)
	}
}

// BenchmarkMetricsCost times the hot paths with metrics and without: a
// story's JSON once built (a cache hit), and a POST of an article already
// stored.
func BenchmarkMetricsCost(b *testing.B) {
	for _, on := range []bool{false, true} {
		name := "off"
		var m *metrics.Metrics
		if on {
			name, m = "on", metrics.New()
		}
		h := benchServer(b, m)
		get := func(path string) *http.Request {
			req := httptest.NewRequest("GET", path, nil)
			req.RemoteAddr, req.Host = "127.0.0.1:5000", "127.0.0.1:8080"
			return req
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, get("/api/v1/stories?limit=1"))
		var list []struct {
			ID string `json:"id"`
		}
		if err := json.Unmarshal(w.Body.Bytes(), &list); err != nil || len(list) == 0 {
			b.Fatalf("stories: %v %s", err, w.Body)
		}
		id := list[0].ID
		serve(b, h, get("/api/v1/stories/"+id), http.StatusOK) // build it
		b.Run("story/"+name, func(b *testing.B) {
			for b.Loop() {
				serve(b, h, get("/api/v1/stories/"+id), http.StatusOK)
			}
		})
		const doc = "---\ntitle: Ferry timetable changes for the winter\noutlet: Cove Courier\ndate: 2026-05-02\n---\n\n" +
			"The ferry company said on Friday that winter crossings will leave an hour later from the first of November.\n"
		post := func() *http.Request {
			req := httptest.NewRequest("POST", "/api/v1/articles?name=ferry.md", strings.NewReader(doc))
			req.RemoteAddr, req.Host = "127.0.0.1:5000", "127.0.0.1:8080"
			req.Header.Set("Authorization", "Bearer "+testToken)
			return req
		}
		serve(b, h, post(), http.StatusCreated)
		b.Run("post/"+name, func(b *testing.B) {
			for b.Loop() {
				serve(b, h, post(), http.StatusOK)
			}
		})
	}
}
