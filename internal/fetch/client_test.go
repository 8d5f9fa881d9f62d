package fetch

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"
)

// testClient allows loopback (by address) and has short limits.
func testClient(t *testing.T, cfg Config) *Client {
	t.Helper()
	if cfg.AllowHosts == nil {
		cfg.AllowHosts = []string{"127.0.0.1"}
	}
	cfg.HostDelay = -1
	c, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c
}

func get(c *Client, u string) (*Response, error) {
	return c.Get(context.Background(), Request{URL: u})
}

func TestRefusesLoopbackByDefault(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { hits.Add(1) }))
	defer srv.Close()
	c := testClient(t, Config{AllowHosts: []string{}})
	_, err := get(c, srv.URL)
	if !errors.Is(err, ErrBlockedAddress) {
		t.Fatalf("GET %s = %v, want ErrBlockedAddress", srv.URL, err)
	}
	if hits.Load() != 0 {
		t.Fatal("the server was reached")
	}
	if _, err := get(c, "file:///etc/passwd"); !errors.Is(err, ErrBadURL) {
		t.Fatalf("file URL: %v, want ErrBadURL", err)
	}
}

func TestRedirectToPrivateRefused(t *testing.T) {
	var hits atomic.Int32
	private := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { hits.Add(1) }))
	defer private.Close()
	// The public-facing server is reached by a name on the allow-list;
	// the address it redirects to is not on it.
	front := httptest.NewServer(http.RedirectHandler(private.URL+"/admin", http.StatusFound))
	defer front.Close()
	_, port, _ := net.SplitHostPort(strings.TrimPrefix(front.URL, "http://"))
	if addrs, err := net.LookupHost("localhost"); err != nil || len(addrs) == 0 {
		t.Skip("localhost does not resolve here")
	}
	c := testClient(t, Config{AllowHosts: []string{"localhost"}})
	_, err := get(c, "http://localhost:"+port+"/")
	if !errors.Is(err, ErrBlockedAddress) {
		t.Fatalf("redirect to %s: %v, want ErrBlockedAddress", private.URL, err)
	}
	if hits.Load() != 0 {
		t.Fatal("the private server was reached through a redirect")
	}
}

func TestUserAgentAndConditionalGet(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.Contains(r.UserAgent(), "Parallax") || !strings.Contains(r.UserAgent(), "https://") {
			t.Errorf("User-Agent = %q", r.UserAgent())
		}
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Last-Modified", "Wed, 04 Mar 2026 09:00:00 GMT")
		w.Header().Set("Cache-Control", "public, max-age=600")
		w.Write([]byte("hello"))
	}))
	defer srv.Close()
	c := testClient(t, Config{})
	r, err := get(c, srv.URL)
	if err != nil || string(r.Body) != "hello" || r.ETag != `"v1"` || r.MaxAge != 10*time.Minute {
		t.Fatalf("first GET = %+v, %v", r, err)
	}
	r, err = c.Get(context.Background(), Request{URL: srv.URL, ETag: r.ETag, LastModified: r.LastModified})
	if err != nil || !r.NotModified || r.ETag != `"v1"` || len(r.Body) != 0 {
		t.Fatalf("conditional GET = %+v, %v; want NotModified", r, err)
	}
}

func TestRetryAfterHoldsHost(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Header().Set("Retry-After", "120")
		w.WriteHeader(http.StatusTooManyRequests)
	}))
	defer srv.Close()
	c := testClient(t, Config{})
	_, err := get(c, srv.URL)
	var se *StatusError
	if !errors.As(err, &se) || se.Code != 429 || se.RetryAfter != 2*time.Minute {
		t.Fatalf("GET = %v, want 429 with Retry-After 2m", err)
	}
	_, err = get(c, srv.URL+"/other")
	var he *HoldError
	if !errors.As(err, &he) || hits.Load() != 1 {
		t.Fatalf("second GET = %v after %d hits; want a HoldError without a request", err, hits.Load())
	}
	if d := RetryAfter(err, time.Now()); d < time.Minute || d > 2*time.Minute {
		t.Fatalf("RetryAfter = %v", d)
	}
}

func TestRetryAfterParsing(t *testing.T) {
	now := time.Date(2026, 3, 4, 10, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		v    string
		want time.Duration
	}{
		{"", 0}, {"30", 30 * time.Second}, {"-5", 0}, {"soon", 0},
		{"Wed, 04 Mar 2026 10:05:00 GMT", 5 * time.Minute}, {"99999999999", maxRetryAfter},
	} {
		if got := retryAfter(tc.v, now); got != tc.want {
			t.Errorf("retryAfter(%q) = %v, want %v", tc.v, got, tc.want)
		}
	}
}

func TestGzipBombStaysWithinLimit(t *testing.T) {
	var bomb bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&bomb, gzip.BestCompression)
	zeros := make([]byte, 1<<20)
	for range 64 { // 64 MiB of zeros, about 64 KiB compressed
		zw.Write(zeros)
	}
	zw.Close()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(bomb.Bytes())
	}))
	defer srv.Close()
	c := testClient(t, Config{MaxDecoded: 4 << 20})
	_, err := get(c, srv.URL)
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("gzip bomb: %v, want ErrTooLarge", err)
	}
	// A small gzip body is decoded.
	small := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Encoding", "gzip")
		zw := gzip.NewWriter(w)
		zw.Write([]byte("<p>small</p>"))
		zw.Close()
	}))
	defer small.Close()
	if r, err := get(c, small.URL); err != nil || string(r.Body) != "<p>small</p>" {
		t.Fatalf("gzip body: %v, %v", r, err)
	}
}

func TestEndlessBodyStaysWithinLimit(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		chunk := bytes.Repeat([]byte("x"), 32<<10)
		for r.Context().Err() == nil {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	}))
	defer srv.Close()
	c := testClient(t, Config{MaxBody: 1 << 20})
	_, err := get(c, srv.URL)
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("endless body: %v, want ErrTooLarge", err)
	}
}

func TestStalledServerTimesOut(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		handler := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path == "/headers" {
				<-r.Context().Done() // never answers
				return
			}
			w.Write([]byte("a start, then nothing"))
			w.(http.Flusher).Flush()
			<-r.Context().Done()
		})
		c := newMemClient(t, Config{StallTimeout: 300 * time.Millisecond, HeaderTimeout: 300 * time.Millisecond}, handler)
		start := time.Now()
		if _, err := get(c, "http://gazette.example/body"); !errors.Is(err, ErrStalled) {
			t.Fatalf("stalled body: %v, want ErrStalled", err)
		}
		if d := time.Since(start); d != 300*time.Millisecond {
			t.Fatalf("a stalled body was given up after %v, want the stall timeout", d)
		}
		if _, err := get(c, "http://gazette.example/headers"); err == nil || !strings.Contains(err.Error(), "timeout") {
			t.Fatalf("stalled headers: %v, want a timeout", err)
		}
		// The whole-request timeout bounds a slow trickle too.
		c = newMemClient(t, Config{Timeout: 300 * time.Millisecond}, handler)
		if _, err := get(c, "http://gazette.example/body"); err == nil {
			t.Fatal("no error from a request over its total timeout")
		}
	})
}

func TestRobotsRespected(t *testing.T) {
	var robotsHits, pageHits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			robotsHits.Add(1)
			w.Write([]byte("User-agent: *\nDisallow: /private/\n"))
		default:
			pageHits.Add(1)
			w.Write([]byte("page"))
		}
	}))
	defer srv.Close()
	c := testClient(t, Config{})
	ctx := context.Background()
	if _, err := c.Get(ctx, Request{URL: srv.URL + "/private/x", Robots: true}); !errors.Is(err, ErrDisallowed) {
		t.Fatalf("disallowed page: %v, want ErrDisallowed", err)
	}
	if _, err := c.Get(ctx, Request{URL: srv.URL + "/news/1", Robots: true}); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Get(ctx, Request{URL: srv.URL + "/news/2", Robots: true}); err != nil {
		t.Fatal(err)
	}
	if robotsHits.Load() != 1 || pageHits.Load() != 2 {
		t.Fatalf("robots.txt fetched %d times, pages %d; want 1 and 2", robotsHits.Load(), pageHits.Load())
	}
}

func TestRobotsServerErrorDisallows(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.Error(w, "down", http.StatusInternalServerError)
			return
		}
		w.Write([]byte("page"))
	}))
	defer srv.Close()
	c := testClient(t, Config{})
	if _, err := c.Get(context.Background(), Request{URL: srv.URL + "/a", Robots: true}); !errors.Is(err, ErrDisallowed) {
		t.Fatalf("robots.txt 500: %v, want ErrDisallowed", err)
	}
	missing := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		w.Write([]byte("page"))
	}))
	defer missing.Close()
	if _, err := c.Get(context.Background(), Request{URL: missing.URL + "/a", Robots: true}); err != nil {
		t.Fatalf("robots.txt 404 should allow: %v", err)
	}
}

func TestPerHostLimit(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var cur, peak atomic.Int32
		release := make(chan struct{})
		c := newMemClient(t, Config{PerHost: 2}, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			n := cur.Add(1)
			for {
				p := peak.Load()
				if n <= p || peak.CompareAndSwap(p, n) {
					break
				}
			}
			<-release
			cur.Add(-1)
		}))
		done := make(chan struct{})
		for range 8 {
			go func() {
				get(c, "http://gazette.example/")
				done <- struct{}{}
			}()
		}
		synctest.Wait() // every request is either being served or waiting for a slot
		if n := cur.Load(); n != 2 {
			t.Fatalf("%d requests at once to one host, want the limit, 2", n)
		}
		close(release)
		for range 8 {
			<-done
		}
		if peak.Load() != 2 {
			t.Fatalf("%d requests at once to one host, limit 2", peak.Load())
		}
	})
}
