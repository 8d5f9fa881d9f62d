package fetch

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// TestZoneURLRefused is the regression test of a crash: robots.txt's URL
// was built by pasting the host (its zone no longer escaped) into a
// string, the parse error was ignored and the nil URL dereferenced in the
// goroutine that fetches robots.txt, which took the process down.
func TestZoneURLRefused(t *testing.T) {
	c := testClient(t, Config{AllowHosts: []string{"::1", "fe80::/10"}})
	for _, raw := range []string{"http://[::1%25lo]:9/a", "http://[fe80::1%25eth0]/a", "https://[::1%25%32%35]/"} {
		for _, robots := range []bool{true, false} {
			_, err := c.Get(context.Background(), Request{URL: raw, Robots: robots})
			if !errors.Is(err, ErrBadURL) || !strings.Contains(err.Error(), "zone") {
				t.Errorf("Get(%q, robots %v) = %v, want a refused zone", raw, robots, err)
			}
			if n := strings.Count(err.Error(), "://"); n != 1 {
				t.Errorf("Get(%q): %q names %d URLs, want the one asked for", raw, err, n)
			}
		}
	}
}

// TestRedirectToZoneURLRefused: the same URL reached through a redirect,
// from a page (robots.txt checked at each redirect) or not.
func TestRedirectToZoneURLRefused(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Location", "http://[::1%25lo]:9/a")
		w.WriteHeader(http.StatusFound)
	}))
	defer srv.Close()
	c := testClient(t, Config{AllowHosts: []string{"127.0.0.1", "::1"}})
	for _, robots := range []bool{true, false} {
		_, err := c.Get(context.Background(), Request{URL: srv.URL + "/start", Robots: robots})
		if !errors.Is(err, ErrBadURL) || !strings.Contains(err.Error(), "redirected to http://[::1%25lo]:9/a: refused") {
			t.Errorf("redirect to a zone (robots %v) = %v", robots, err)
		}
	}
}

// TestRobotsFetchPanicIsAnError: whatever goes wrong in the goroutine that
// fetches robots.txt, its waiters get an error, and the process lives.
func TestRobotsFetchPanicIsAnError(t *testing.T) {
	c := testClient(t, Config{})
	c.robots.fetcher = func(context.Context, *url.URL) (*Robots, time.Time, error) { panic("robots.txt went wrong") }
	_, err := c.Get(context.Background(), Request{URL: "http://127.0.0.1:9/a", Robots: true})
	if err == nil || !strings.Contains(err.Error(), "internal error") || !strings.Contains(err.Error(), "robots.txt went wrong") {
		t.Fatalf("Get = %v, want the panic as an error", err)
	}
	if n := len(c.robots.m); n != 0 {
		t.Fatalf("%d failed robots.txt fetches cached", n)
	}
}

// TestUnresolvableHostIsNotARobotsVerdict: a host that does not resolve,
// or that is written as no host should be, is said as such, not as
// "disallowed by robots.txt", and nothing is cached for it.
func TestUnresolvableHostIsNotARobotsVerdict(t *testing.T) {
	c := testClient(t, Config{})
	ctx := context.Background()
	for _, tc := range []struct {
		raw  string
		want func(error) bool
		says string
	}{
		{"http://no-such-host.invalid/a", isDNSError, "no-such-host.invalid"},
		{"http://localhost./a", func(err error) bool { return isDNSError(err) || errors.Is(err, ErrBlockedAddress) }, "localhost."},
		{"http://127.1/a", func(err error) bool { return errors.Is(err, ErrBadURL) }, "127.0.0.1"},
		{"http://0x7f000001/a", func(err error) bool { return errors.Is(err, ErrBadURL) }, "127.0.0.1"},
	} {
		for range 2 { // the second time is not served from a cache
			_, err := c.Get(ctx, Request{URL: tc.raw, Robots: true})
			if err == nil || !tc.want(err) || errors.Is(err, ErrDisallowed) || !strings.Contains(Reason(err), tc.says) {
				t.Errorf("Get(%q) = %v, want it said what happened", tc.raw, err)
			}
			if strings.Contains(err.Error(), "robots.txt") {
				t.Errorf("Get(%q) = %v, which blames robots.txt", tc.raw, err)
			}
		}
	}
	if n := len(c.robots.m); n != 0 {
		t.Errorf("%d robots.txt verdicts cached for hosts that could not be asked", n)
	}
}

func isDNSError(err error) bool {
	var de *net.DNSError
	return errors.Is(err, ErrNoSuchHost) || errors.As(err, &de)
}

// TestRefusedAddressIsNotARobotsVerdict: a name that resolves to an
// address the allow-list does not permit is refused, plainly, and not
// cached as a robots.txt verdict.
func TestRefusedAddressIsNotARobotsVerdict(t *testing.T) {
	if addrs, err := net.LookupHost("localhost"); err != nil || len(addrs) == 0 {
		t.Skip("localhost does not resolve here")
	}
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { hits.Add(1) }))
	defer srv.Close()
	_, port, _ := net.SplitHostPort(strings.TrimPrefix(srv.URL, "http://"))
	c := testClient(t, Config{AllowHosts: []string{}})
	_, err := c.Get(context.Background(), Request{URL: "http://localhost:" + port + "/a", Robots: true})
	var be *BlockedError
	if !errors.As(err, &be) || errors.Is(err, ErrDisallowed) || !strings.Contains(err.Error(), "refused: localhost resolves to") ||
		strings.Contains(err.Error(), "robots.txt") {
		t.Fatalf("Get = %v, want the address refused", err)
	}
	if hits.Load() != 0 || len(c.robots.m) != 0 {
		t.Fatalf("%d requests reached the server, %d verdicts cached", hits.Load(), len(c.robots.m))
	}
	// A literal address is refused before anything is asked.
	_, err = c.Get(context.Background(), Request{URL: srv.URL + "/a", Robots: true})
	if !errors.As(err, &be) || err.Error() != srv.URL+"/a: refused: 127.0.0.1 is not a public address (use --allow-host 127.0.0.1 to permit it)" {
		t.Fatalf("Get = %q", err)
	}
}

// TestRobotsUnavailableSaysWhy: a robots.txt that cannot be had disallows
// the site for a while (RFC 9309), and the error says why.
func TestRobotsUnavailableSaysWhy(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "down", http.StatusServiceUnavailable)
	}))
	defer srv.Close()
	c := testClient(t, Config{})
	_, err := c.Get(context.Background(), Request{URL: srv.URL + "/a", Robots: true})
	var ue *RobotsUnavailableError
	if !errors.Is(err, ErrDisallowed) || !errors.As(err, &ue) || !strings.Contains(err.Error(), "robots.txt could not be fetched (HTTP status 503)") {
		t.Fatalf("Get = %v", err)
	}
}
