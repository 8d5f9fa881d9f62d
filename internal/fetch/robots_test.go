package fetch

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"
)

func TestRobots(t *testing.T) {
	const txt = `# comment
User-agent: *
Disallow: /private
Allow: /private/open
Disallow: /*.pdf$
Disallow: /search?q=

User-agent: OtherBot
Disallow: /

Sitemap: https://example.org/sitemap.xml
`
	r := ParseRobots([]byte(txt), RobotsAgent)
	for _, tc := range []struct {
		path string
		want bool
	}{
		{"/", true}, {"/news/a", true}, {"/private", false}, {"/private/x", false},
		{"/private/open/x", true}, {"/files/a.pdf", false}, {"/files/a.pdf?x=1", true},
		{"/search?q=x", false}, {"/search", true}, {"/robots.txt", true},
	} {
		if got := r.Allowed(tc.path); got != tc.want {
			t.Errorf("Allowed(%q) = %v, want %v", tc.path, got, tc.want)
		}
	}
}

func TestRobotsOwnGroup(t *testing.T) {
	const txt = "User-agent: *\nDisallow: /\n\nUser-agent: googlebot\nUser-agent: PARALLAX\nDisallow: /drafts/\nAllow: /drafts/public\n"
	r := ParseRobots([]byte(txt), RobotsAgent)
	if !r.Allowed("/news") || r.Allowed("/drafts/x") || !r.Allowed("/drafts/public/1") {
		t.Error("Parallax's own group was not applied instead of *")
	}
	// A group naming Parallax with no rules allows everything.
	r = ParseRobots([]byte("User-agent: *\nDisallow: /\nUser-agent: parallax\n"), RobotsAgent)
	if !r.Allowed("/x") {
		t.Error("an empty group for parallax should shadow *")
	}
	// Equal-length allow and disallow: allow wins.
	r = ParseRobots([]byte("User-agent: *\nDisallow: /page\nAllow: /page\n"), RobotsAgent)
	if !r.Allowed("/page") {
		t.Error("allow should win a tie")
	}
	// Non-ASCII paths compare percent-encoded.
	r = ParseRobots([]byte("User-agent: *\nDisallow: /café\n"), RobotsAgent)
	if r.Allowed("/caf%c3%a9/menu") {
		t.Error("percent-encoded path not matched against a UTF-8 rule")
	}
	if !(&Robots{}).Allowed("/anything") || (&Robots{DisallowAll: true}).Allowed("/x") {
		t.Error("empty or unreachable robots.txt misread")
	}
}

func TestRobotsMatch(t *testing.T) {
	for _, tc := range []struct {
		pat, path string
		want      bool
	}{
		{"/a", "/abc", true}, {"/a$", "/a", true}, {"/a$", "/ab", false}, {"/*/b", "/x/y/b", true},
		{"/*b$", "/xb", true}, {"/*b$", "/xbc", false}, {"*", "/", true}, {"/a*c*e", "/abcde", true}, {"/a*c*e", "/abde", false},
	} {
		if got := robotsMatch(tc.pat, tc.path); got != tc.want {
			t.Errorf("robotsMatch(%q, %q) = %v, want %v", tc.pat, tc.path, got, tc.want)
		}
	}
}

func TestRobotsParsingDetails(t *testing.T) {
	// Bare CR line ends, a versioned user-agent, escapes of unreserved
	// characters.
	txt := "User-agent: *\rDisallow: /\r\rUser-agent: Parallax/1.0 (+https://parallax.example)\rDisallow: /%7Euser/\rDisallow: /a%2fb\r"
	r := ParseRobots([]byte(txt), RobotsAgent)
	for _, tc := range []struct {
		path string
		want bool
	}{
		{"/news", true}, {"/~user/x", false}, {"/%7euser/x", false}, {"/a%2Fb", false}, {"/a/b", true},
	} {
		if got := r.Allowed(tc.path); got != tc.want {
			t.Errorf("Allowed(%q) = %v, want %v", tc.path, got, tc.want)
		}
	}
	var b strings.Builder
	b.WriteString("User-agent: *\n")
	for i := range 5000 {
		fmt.Fprintf(&b, "Disallow: /r%d\n", i)
	}
	if n := len(ParseRobots([]byte(b.String()), RobotsAgent).rules); n > maxRobotsRules {
		t.Fatalf("%d rules kept", n)
	}
}

func TestRobotsLargeFileAndRedirects(t *testing.T) {
	var robotsHits atomic.Int32
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		robotsHits.Add(1)
		w.Write([]byte("User-agent: *\nDisallow: /private/\n"))
		w.Write(bytes.Repeat([]byte("# padding\n"), 100<<10)) // 1 MiB
	})
	mux.HandleFunc("/private/", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("secret")) })
	mux.HandleFunc("/open", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/private/x", http.StatusFound) })
	mux.HandleFunc("/fine", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ok")) })
	srv := httptest.NewServer(mux)
	defer srv.Close()
	c := testClient(t, Config{PerHost: 1})
	ctx := context.Background()
	if _, err := c.Get(ctx, Request{URL: srv.URL + "/fine", Robots: true}); err != nil {
		t.Fatalf("allowed page after a 1 MiB robots.txt: %v", err)
	}
	if _, err := c.Get(ctx, Request{URL: srv.URL + "/private/y", Robots: true}); !errors.Is(err, ErrDisallowed) {
		t.Fatalf("disallowed page: %v", err)
	}
	if _, err := c.Get(ctx, Request{URL: srv.URL + "/open", Robots: true}); !errors.Is(err, ErrDisallowed) {
		t.Fatalf("redirect to a disallowed page: %v, want ErrDisallowed", err)
	}
	if _, err := c.Get(ctx, Request{URL: srv.URL + "/open"}); err != nil {
		t.Fatalf("redirect without robots: %v", err)
	}
}

func TestRobotsFetchOutlivesCancelledCaller(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		release := make(chan struct{})
		var robotsHits atomic.Int32
		c := newMemClient(t, Config{}, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path == "/robots.txt" {
				robotsHits.Add(1)
				<-release
				w.Write([]byte("User-agent: *\nDisallow: /private/\n"))
				return
			}
			w.Write([]byte("ok"))
		}))
		ctx, cancel := context.WithCancel(context.Background())
		first := make(chan error, 1)
		go func() {
			_, err := c.Get(ctx, Request{URL: "http://gazette.example/a", Robots: true})
			first <- err
		}()
		synctest.Wait() // the first caller has started the fetch and waits for it
		second := make(chan error, 1)
		go func() {
			_, err := c.Get(context.Background(), Request{URL: "http://gazette.example/b", Robots: true})
			second <- err
		}()
		synctest.Wait() // the second caller waits for the same fetch
		if n := robotsHits.Load(); n != 1 {
			t.Fatalf("robots.txt asked for %d times while one fetch was under way", n)
		}
		cancel()
		if err := <-first; !errors.Is(err, context.Canceled) {
			t.Fatalf("cancelled caller: %v", err)
		}
		close(release)
		if err := <-second; err != nil {
			t.Fatalf("the other caller got %v", err)
		}
		if n := robotsHits.Load(); n != 1 {
			t.Fatalf("robots.txt asked for %d times, want 1", n)
		}
	})
}

func TestRobotsCacheBounded(t *testing.T) {
	c := testClient(t, Config{})
	rc := c.robots
	now := c.cfg.Now()
	for i := range maxRobotsSites + 50 {
		e := &robotsEntry{key: fmt.Sprint(i), ready: make(chan struct{}), robots: &Robots{}, expires: now.Add(time.Hour)}
		close(e.ready)
		rc.mu.Lock()
		rc.m[e.key] = rc.lru.PushFront(e)
		rc.evict(now)
		rc.mu.Unlock()
	}
	if len(rc.m) > maxRobotsSites || rc.lru.Len() != len(rc.m) {
		t.Fatalf("%d sites cached", len(rc.m))
	}
}
