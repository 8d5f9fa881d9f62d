package web_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parallax-news/parallax/internal/cli"
	"github.com/parallax-news/parallax/internal/samples"
	"github.com/parallax-news/parallax/internal/store"
	"github.com/parallax-news/parallax/internal/store/sqlite"
	"github.com/parallax-news/parallax/internal/web"
)

const testToken = "test-token-0123456789abcdef"

// fixture is a running server over an SQLite file holding the sample
// articles, grouped into stories.
type fixture struct {
	db  string
	srv *web.Server
	ts  *httptest.Server
}

func newFixture(t *testing.T, cfg web.Config) *fixture {
	t.Helper()
	return newFixtureWith(t, cfg, nil)
}

// newFixtureWith is newFixture with the store seen through wrap.
func newFixtureWith(t *testing.T, cfg web.Config, wrap func(store.Store) store.Store) *fixture {
	t.Helper()
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "web.db")
	st, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	arts, err := samples.Articles(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.Put(ctx, arts); err != nil {
		t.Fatal(err)
	}
	cfg.Store = st
	if wrap != nil {
		cfg.Store = wrap(st)
	}
	srv, err := web.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := srv.Update(ctx); err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	t.Cleanup(ts.Close)
	return &fixture{db: db, srv: srv, ts: ts}
}

// do sends a request and returns the status, headers and body.
func (f *fixture) do(t *testing.T, method, path, token string, body io.Reader, header ...string) (int, http.Header, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, f.ts.URL+path, body)
	if err != nil {
		t.Fatal(err)
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := f.ts.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, resp.Header, b
}

// getJSON GETs path, wants status want and decodes the body into v.
func (f *fixture) getJSON(t *testing.T, path string, want int, v any) {
	t.Helper()
	code, h, b := f.do(t, "GET", path, "", nil)
	if code != want {
		t.Fatalf("GET %s = %d, want %d: %s", path, code, want, b)
	}
	if ct := h.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Fatalf("GET %s: Content-Type %q", path, ct)
	}
	if v != nil {
		if err := json.Unmarshal(b, v); err != nil {
			t.Fatalf("GET %s: %v\n%s", path, err, b)
		}
	}
}

// runCLI runs the command line in-process on the fixture's database and
// returns its standard output.
func (f *fixture) runCLI(t *testing.T, args ...string) []byte {
	t.Helper()
	var out, errb bytes.Buffer
	env := cli.Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb,
		Getenv: func(string) string { return "" }}
	if code := cli.Main(context.Background(), append([]string{"--db", f.db}, args...), env); code != 0 {
		t.Fatalf("parallax %s: exit %d: %s", strings.Join(args, " "), code, errb.String())
	}
	return out.Bytes()
}

// apiError is the body of an API error.
type apiError struct {
	Error struct {
		Status  int    `json:"status"`
		Message string `json:"message"`
	} `json:"error"`
}

func mustTime(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

func urlPathEscape(s string) string { return url.PathEscape(s) }
