package web_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/web"
)

func TestAccess(t *testing.T) {
	closed := newFixture(t, web.Config{Token: testToken})
	public := newFixture(t, web.Config{Token: testToken, PublicRead: true})
	for _, tc := range []struct {
		name               string
		f                  *fixture
		remote, host, auth string
		want               int
	}{
		{"loopback reads", closed, "127.0.0.1:5000", "127.0.0.1:8080", "", http.StatusOK},
		{"loopback IPv6 reads", closed, "[::1]:5000", "[::1]:8080", "", http.StatusOK},
		{"localhost name reads", closed, "127.0.0.1:5000", "localhost:8080", "", http.StatusOK},
		{"another machine is refused", closed, "192.0.2.7:5000", "news.example:8080", "", http.StatusUnauthorized},
		{"another machine with the token reads", closed, "192.0.2.7:5000", "news.example:8080", "Bearer " + testToken, http.StatusOK},
		{"another machine with a wrong token", closed, "192.0.2.7:5000", "news.example:8080", "Bearer nope", http.StatusUnauthorized},
		{"DNS rebinding is refused", closed, "127.0.0.1:5000", "evil.example:8080", "", http.StatusMisdirectedRequest},
		{"public reading", public, "192.0.2.7:5000", "news.example", "", http.StatusOK},
	} {
		for _, path := range []string{"/", "/api/v1/stories"} {
			req := httptest.NewRequest("GET", path, nil)
			req.RemoteAddr, req.Host = tc.remote, tc.host
			if tc.auth != "" {
				req.Header.Set("Authorization", tc.auth)
			}
			w := httptest.NewRecorder()
			tc.f.srv.Handler().ServeHTTP(w, req)
			if w.Code != tc.want {
				t.Errorf("%s: GET %s = %d, want %d: %.200s", tc.name, path, w.Code, tc.want, w.Body)
			}
			if strings.HasPrefix(path, "/api/") && !strings.HasPrefix(w.Header().Get("Content-Type"), "application/json") {
				t.Errorf("%s: GET %s answered %q", tc.name, path, w.Header().Get("Content-Type"))
			}
		}
	}
	// Public reading does not open writing.
	req := httptest.NewRequest("POST", "/api/v1/feeds", strings.NewReader(`{"url":"https://x.example/f"}`))
	req.RemoteAddr = "192.0.2.7:5000"
	w := httptest.NewRecorder()
	public.srv.Handler().ServeHTTP(w, req)
	if w.Code != http.StatusUnauthorized {
		t.Errorf("public POST without token = %d", w.Code)
	}
}
