package fetch

import (
	"bytes"
	"compress/gzip"
	"compress/zlib"
	"context"
	"errors"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"
)

// FuzzCheckURL: CheckURL never panics; what it accepts is an http(s) URL
// with a host, no zone or escape in it, that prints as a URL it accepts
// again with the same host and port; robots.txt's URL for it is on the
// same site (scheme, host, port), at /robots.txt, with no user, query or
// fragment, and is accepted too; what it refuses is ErrBadURL, an *Error
// that names the URL without its password.
func FuzzCheckURL(f *testing.F) {
	for _, s := range []string{
		"https://gazette.example/news/1?a=b#c", "HTTP://Gazette.Example:8080/a", "http://[::1%25lo]:9/a",
		"http://[fe80::1%25eth0]/", "http://127.1/", "http://0x7f000001/", "http://2130706433/", "http://0177.0.0.1/",
		"http://[::ffff:127.0.0.1]/", "http://[2606:4700::1111]:443/x", "https://user:hunter2@gazette.example/",
		"http://bücher.example/", "http://xn--bcher-kva.example/", "http://a..b/", "http://gazette.example:99999/",
		"http://gazette.example:/", "http://%41.example/", "http://[v1.fe]/", "//gazette.example/a", "not a url",
		"http://gazette.example./", "http://1.2.3.4./", "http://0.0.0.0/", "http://[::]/", "http://[::1%25%32%35]/",
		"https://gazette.example/robots.txt?x", "http:gazette.example", "http:///a",
	} {
		f.Add(s)
	}
	c, err := New(Config{AllowHosts: []string{"127.0.0.1"}})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		u, err := CheckURL(raw)
		c.checkTarget(u) // never panics, whatever u is
		if err != nil {
			var e *Error
			if u != nil || !errors.Is(err, ErrBadURL) || !errors.As(err, &e) {
				t.Fatalf("CheckURL(%q) = %v, %v; want nil and an *Error that is ErrBadURL", raw, u, err)
			}
			if p, perr := url.Parse(strings.TrimSpace(raw)); perr == nil {
				if pw, ok := p.User.Password(); ok && len(pw) >= 4 && strings.Count(raw, pw) == 1 && strings.Contains(err.Error(), pw) {
					t.Fatalf("CheckURL(%q): %q shows the password", raw, err)
				}
			}
			return
		}
		if (u.Scheme != "http" && u.Scheme != "https") || u.Hostname() == "" || strings.Contains(u.Hostname(), "%") {
			t.Fatalf("CheckURL(%q) accepted scheme %q host %q", raw, u.Scheme, u.Hostname())
		}
		again, err := CheckURL(u.String())
		if err != nil || again.Hostname() != u.Hostname() || again.Port() != u.Port() {
			t.Fatalf("CheckURL(%q) = %q, which is read again as %v, %v", raw, u, again, err)
		}
		r := robotsURL(u)
		if r.Scheme != strings.ToLower(u.Scheme) || r.Hostname() != u.Hostname() || r.Port() != u.Port() ||
			r.Path != "/robots.txt" || r.User != nil || r.RawQuery != "" || r.Fragment != "" || siteKey(r) != siteKey(u) {
			t.Fatalf("robotsURL(%q) = %q: not /robots.txt on the same site", u, r)
		}
		rr, err := CheckURL(r.String())
		if err != nil || rr.Hostname() != u.Hostname() || rr.Port() != u.Port() || rr.EscapedPath() != "/robots.txt" {
			t.Fatalf("robots.txt URL %q of %q is read again as %v, %v", r, raw, rr, err)
		}
	})
}

// FuzzParseRobots: ParseRobots never panics and keeps at most
// maxRobotsRules rules; /robots.txt is always allowed; a path and its
// normalised form get the same answer, and normalising twice changes
// nothing; the agent is matched without regard to case; without rules
// everything is allowed; a literal rule matches itself.
func FuzzParseRobots(f *testing.F) {
	for _, s := range []string{
		"User-agent: *\nDisallow: /private\nAllow: /private/open\nDisallow: /*.pdf$\n",
		"User-agent: *\rDisallow: /\r\rUser-agent: Parallax/1.0\rDisallow: /%7Euser/\r",
		"\xef\xbb\xbfUser-agent: parallax\nUser-agent: other\nDisallow: /a*b*c$\n# note\nSitemap: https://gazette.example/s.xml\n",
		"Disallow: /outside-any-group\nUser-agent:\n", "User-agent: *\nDisallow: /café\nAllow: /caf%C3%A9/menu\n", "",
	} {
		for _, path := range []string{"/", "/private/x", "/robots.txt", "/robots%2Etxt", "/caf%c3%a9/menu?x=1", "", "/a/b/c"} {
			f.Add([]byte(s), path)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte, path string) {
		r := ParseRobots(data, RobotsAgent)
		if len(r.rules) > maxRobotsRules {
			t.Fatalf("%d rules kept", len(r.rules))
		}
		if !r.Allowed("/robots.txt") {
			t.Fatal("/robots.txt disallowed")
		}
		n := normalizeRobotsPath(path)
		if nn := normalizeRobotsPath(n); nn != n {
			t.Fatalf("normalizeRobotsPath(%q) = %q, then %q", path, n, nn)
		}
		if r.Allowed(path) != r.Allowed(n) {
			t.Fatalf("Allowed(%q) = %v but Allowed(%q) = %v", path, r.Allowed(path), n, r.Allowed(n))
		}
		if upper := ParseRobots(data, "PARALLAX/2.0 (+https://parallax.example)"); !slices.Equal(upper.rules, r.rules) {
			t.Fatal("the agent's case or version changed the rules")
		}
		if len(r.rules) == 0 && !r.Allowed(path) {
			t.Fatalf("no rules, yet %q is disallowed", path)
		}
		if lit := strings.Trim(n, "*$"); lit != "" && !strings.ContainsAny(lit, "*$") {
			if !robotsMatch(lit, lit) || !robotsMatch(lit+"$", lit) || !robotsMatch(lit, lit+"/more") || robotsMatch(lit+"$", lit+"/more") {
				t.Fatalf("the literal rule %q does not match as it should", lit)
			}
		}
	})
}

// FuzzReadBody: the body decoder never panics and never returns more than
// its limit; an identity body within the limits comes back as it is, one
// over the wire limit is refused; a gzip or deflate body within the limit
// decodes to what was compressed, and one over it is cut at the limit
// (truncate) or refused (ErrTooLarge); an unknown encoding is refused.
func FuzzReadBody(f *testing.F) {
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte("<p>A gzip body.</p>"))
	zw.Close()
	for _, enc := range []string{"", "identity", "gzip", "x-gzip", "deflate", " GZIP ", "br"} {
		f.Add([]byte("<p>Plain text.</p>"), enc, uint16(64), false)
		f.Add(gz.Bytes(), enc, uint16(8), true)
		f.Add([]byte{0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0xff}, enc, uint16(1000), false)
	}
	const maxWire = 1 << 12
	read := func(data []byte, enc string, limit int64, truncate bool) ([]byte, error) {
		resp := &http.Response{Body: io.NopCloser(bytes.NewReader(data)), Header: http.Header{}}
		if enc != "" {
			resp.Header.Set("Content-Encoding", enc)
		}
		ctx, cancel := context.WithCancelCause(context.Background())
		defer cancel(nil)
		return readBody(ctx, resp, cancel, maxWire, limit, truncate, time.Minute)
	}
	f.Fuzz(func(t *testing.T, data []byte, enc string, limit16 uint16, truncate bool) {
		limit := int64(limit16)
		b, err := read(data, enc, limit, truncate)
		if err == nil && int64(len(b)) > limit {
			t.Fatalf("%d bytes returned over a limit of %d", len(b), limit)
		}
		kind := strings.ToLower(strings.TrimSpace(enc))
		switch kind {
		case "", "identity":
			switch {
			case len(data) > maxWire:
				if !errors.Is(err, ErrTooLarge) {
					t.Fatalf("%d bytes over the wire limit: %v", len(data), err)
				}
			case int64(len(data)) <= limit:
				if err != nil || !bytes.Equal(b, data) {
					t.Fatalf("identity body came back as %q, %v", b, err)
				}
			}
		case "gzip", "x-gzip", "deflate":
		default:
			if err == nil || !strings.Contains(err.Error(), "unsupported Content-Encoding") {
				t.Fatalf("encoding %q: %v", enc, err)
			}
		}
		for _, enc := range []string{"gzip", "deflate"} {
			var z bytes.Buffer
			var w io.WriteCloser
			if enc == "deflate" {
				w, _ = zlib.NewWriterLevel(&z, zlib.BestSpeed)
			} else {
				w, _ = gzip.NewWriterLevel(&z, gzip.BestSpeed)
			}
			w.Write(data)
			w.Close()
			if z.Len() > maxWire {
				continue
			}
			b, err := read(z.Bytes(), enc, limit, truncate)
			switch {
			case int64(len(data)) <= limit:
				if err != nil || !bytes.Equal(b, data) {
					t.Fatalf("%s round trip of %d bytes: %d bytes, %v", enc, len(data), len(b), err)
				}
			case truncate:
				if err != nil || !bytes.Equal(b, data[:limit]) {
					t.Fatalf("%s body over the limit, truncated: %d bytes, %v", enc, len(b), err)
				}
			default:
				if !errors.Is(err, ErrTooLarge) {
					t.Fatalf("%s body over the limit: %v, want ErrTooLarge", enc, err)
				}
			}
		}
	})
}
