package web_test

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/web"
)

func TestWrongMethods(t *testing.T) {
	f := newFixture(t, web.Config{Token: testToken})
	for _, tc := range []struct {
		method, path, allow string
	}{
		{"POST", "/", "GET, HEAD, OPTIONS"},
		{"DELETE", "/stories/s0000", "GET, HEAD, OPTIONS"},
		{"PUT", "/articles/abcd", "GET, HEAD, OPTIONS"},
		{"POST", "/search?q=x", "GET, HEAD, OPTIONS"},
		{"POST", "/static/app.css", "GET, HEAD, OPTIONS"},
		{"PATCH", "/favicon.ico", "GET, HEAD, OPTIONS"},
		{"POST", "/api/v1/stories", "GET, HEAD, OPTIONS"},
		{"DELETE", "/api/v1/stories/s0000", "GET, HEAD, OPTIONS"},
		{"PUT", "/api/v1/articles", "GET, HEAD, POST, OPTIONS"},
		{"DELETE", "/api/v1/articles/abcd", "GET, HEAD, OPTIONS"},
		{"GET", "/api/v1/feeds/3", "DELETE, OPTIONS"},
		{"PUT", "/api/v1/feeds", "GET, HEAD, POST, OPTIONS"},
		{"POST", "/api/v1/openapi.json", "GET, HEAD, OPTIONS"},
	} {
		code, h, b := f.do(t, tc.method, tc.path, testToken, nil)
		if code != http.StatusMethodNotAllowed || h.Get("Allow") != tc.allow {
			t.Errorf("%s %s = %d, Allow %q; want 405 and %q", tc.method, tc.path, code, h.Get("Allow"), tc.allow)
		}
		if strings.HasPrefix(tc.path, "/api/") {
			var e apiError
			if err := json.Unmarshal(b, &e); err != nil || e.Error.Status != http.StatusMethodNotAllowed || !strings.Contains(e.Error.Message, tc.method) {
				t.Errorf("%s %s: body %s, want a JSON error naming the method", tc.method, tc.path, b)
			}
		} else if !strings.Contains(h.Get("Content-Type"), "text/html") {
			t.Errorf("%s %s: Content-Type %q, want an HTML error page", tc.method, tc.path, h.Get("Content-Type"))
		}
	}
	code, h, _ := f.do(t, "OPTIONS", "/api/v1/articles", "", nil)
	if code != http.StatusNoContent || h.Get("Allow") != "GET, HEAD, POST, OPTIONS" {
		t.Errorf("OPTIONS /api/v1/articles = %d, Allow %q", code, h.Get("Allow"))
	}
	// Right methods still work, HEAD included.
	for _, p := range []string{"/", "/static/app.css", "/api/v1/stories", "/favicon.ico"} {
		if code, _, _ := f.do(t, "HEAD", p, "", nil); code != http.StatusOK {
			t.Errorf("HEAD %s = %d, want 200", p, code)
		}
	}
	// Unknown paths are still 404, whatever the method.
	for _, p := range []string{"/nope", "/api/v1/nope", "/stories/"} {
		if code, _, _ := f.do(t, "POST", p, testToken, nil); code != http.StatusNotFound {
			t.Errorf("POST %s = %d, want 404", p, code)
		}
	}
}

func TestStaticListsNoDirectory(t *testing.T) {
	f := newFixture(t, web.Config{})
	for _, p := range []string{"/static/", "/static", "/static/.", "/static/nope.css", "/static/../static/", "/static/app.css/"} {
		code, _, b := f.do(t, "GET", p, "", nil)
		if code != http.StatusNotFound || strings.Contains(string(b), `<a href="app.js">`) {
			t.Errorf("GET %s = %d, want 404 without a listing:\n%.300s", p, code, b)
		}
	}
	code, h, b := f.do(t, "GET", "/static/app.css", "", nil)
	if code != http.StatusOK || !strings.HasPrefix(h.Get("Content-Type"), "text/css") || len(b) == 0 {
		t.Errorf("GET /static/app.css = %d %q", code, h.Get("Content-Type"))
	}
}
