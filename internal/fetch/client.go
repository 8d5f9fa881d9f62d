// Package fetch is Parallax's HTTP client for the open web: safe (it never
// connects to loopback, private, link-local or other non-public addresses
// unless they are allow-listed, checked on the socket's address at connect
// time so that redirects and DNS rebinding cannot get round it), bounded
// (size limits on bodies and on decompressed data, timeouts on every phase)
// and polite (a User-Agent naming Parallax, few requests per host at a time
// and spaced out, robots.txt for article pages, conditional GET, 429 and
// 503 with Retry-After honoured).
package fetch

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// Client fetches web resources. It is safe for concurrent use.
type Client struct {
	cfg    Config
	allow  allowList
	http   *http.Client
	hosts  *hosts
	robots *robotsCache
}

// Request asks for one resource.
type Request struct {
	// URL is an absolute http or https URL.
	URL string
	// ETag and LastModified, from an earlier response, make the request
	// conditional: an unchanged resource comes back as NotModified.
	ETag, LastModified string
	// Accept is the Accept header; empty sends a default for pages and feeds.
	Accept string
	// Robots asks for robots.txt to be checked first (for article pages),
	// and again for every redirect target.
	Robots bool
	// MaxBody, when positive, lowers the client's limit on the bytes read
	// from the network (and on the decoded body) for this request.
	MaxBody int64
	// truncate cuts a body over MaxBody (decoded) instead of failing.
	truncate bool
}

// Response is a fetched resource.
type Response struct {
	// URL is the final URL, after redirects.
	URL string
	// Status is the HTTP status code.
	Status int
	// NotModified is true for a 304 answer to a conditional request; Body
	// is then empty.
	NotModified bool
	// Body is the decoded body.
	Body []byte
	// ContentType is the Content-Type header.
	ContentType string
	// ETag and LastModified are the validators for the next conditional
	// request.
	ETag, LastModified string
	// MaxAge is Cache-Control's max-age (or s-maxage), zero when absent.
	MaxAge time.Duration
}

// New returns a client with cfg's limits (zero fields take defaults).
func New(cfg Config) (*Client, error) {
	cfg = cfg.withDefaults()
	al, err := parseAllowList(cfg.AllowHosts)
	if err != nil {
		return nil, err
	}
	c := &Client{cfg: cfg, allow: al, hosts: newHosts(cfg.PerHost, cfg.HostDelay, cfg.Now)}
	tr := &http.Transport{
		Proxy:                  nil, // a proxy would dial for us, unchecked
		DialContext:            c.dial,
		TLSHandshakeTimeout:    cfg.TLSTimeout,
		ResponseHeaderTimeout:  cfg.HeaderTimeout,
		ExpectContinueTimeout:  time.Second,
		MaxIdleConns:           64,
		MaxIdleConnsPerHost:    cfg.PerHost,
		MaxConnsPerHost:        cfg.PerHost + 2, // robots.txt and redirects
		IdleConnTimeout:        90 * time.Second,
		MaxResponseHeaderBytes: 64 << 10,
		DisableCompression:     true, // we decode ourselves, within limits
		ForceAttemptHTTP2:      true,
	}
	c.http = &http.Client{Transport: tr, CheckRedirect: c.checkRedirect}
	c.robots = newRobotsCache(c)
	return c, nil
}

// Close releases idle connections.
func (c *Client) Close() { c.http.CloseIdleConnections() }

// dial connects with the address check in the dialer's Control hook.
func (c *Client) dial(ctx context.Context, network, addr string) (net.Conn, error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		host = addr
	}
	d := net.Dialer{Timeout: c.cfg.DialTimeout, KeepAlive: 30 * time.Second, Control: c.allow.control(host)}
	return d.DialContext(ctx, network, addr)
}

func (c *Client) checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) > c.cfg.MaxRedirects {
		return fmt.Errorf("more than %d redirects", c.cfg.MaxRedirects)
	}
	if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
		return fmt.Errorf("redirect to %s: %w", req.URL.Redacted(), ErrBadURL)
	}
	if robots, _ := req.Context().Value(robotsKey{}).(bool); robots {
		ok, err := c.robots.allowed(req.Context(), req.URL)
		if err != nil {
			return fmt.Errorf("redirect to %s: robots.txt: %w", req.URL.Redacted(), err)
		}
		if !ok {
			return fmt.Errorf("redirect to %s: %w", req.URL.Redacted(), ErrDisallowed)
		}
	}
	return nil
}

// Context keys: robotsKey marks a request whose redirects robots.txt must
// allow; heldHostKey names the host whose slot the request holds, so that
// a robots.txt fetched for a redirect to that host does not wait for it.
type (
	robotsKey   struct{}
	heldHostKey struct{}
)

// parseURL accepts absolute http and https URLs.
func parseURL(raw string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", raw, err)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("%s: %w", raw, ErrBadURL)
	}
	return u, nil
}

// Get fetches one resource within the client's limits. A 304 answer is a
// Response with NotModified; other non-2xx answers are a *StatusError; a
// host that asked us to wait gives a *HoldError at once.
func (c *Client) Get(ctx context.Context, req Request) (*Response, error) {
	u, err := parseURL(req.URL)
	if err != nil {
		return nil, err
	}
	if req.Robots {
		ok, err := c.robots.allowed(ctx, u)
		if err != nil {
			return nil, fmt.Errorf("%s: robots.txt: %w", u.Redacted(), err)
		}
		if !ok {
			return nil, fmt.Errorf("%s: %w", u.Redacted(), ErrDisallowed)
		}
	}
	return c.get(ctx, u, req)
}

// get makes the request itself, without the robots.txt check.
func (c *Client) get(ctx context.Context, u *url.URL, req Request) (*Response, error) {
	host := strings.ToLower(u.Host)
	if held, _ := ctx.Value(heldHostKey{}).(string); held != host {
		release, err := c.hosts.acquire(ctx, host)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", u.Redacted(), err)
		}
		defer release()
		ctx = context.WithValue(ctx, heldHostKey{}, host)
	}
	if req.Robots {
		ctx = context.WithValue(ctx, robotsKey{}, true)
	}
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	ctx, cancelTimeout := context.WithTimeout(ctx, c.cfg.Timeout)
	defer cancelTimeout()

	hr, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", u.Redacted(), err)
	}
	hr.Header.Set("User-Agent", c.cfg.UserAgent)
	hr.Header.Set("Accept-Encoding", "gzip")
	accept := req.Accept
	if accept == "" {
		accept = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,*/*;q=0.5"
	}
	hr.Header.Set("Accept", accept)
	if req.ETag != "" {
		hr.Header.Set("If-None-Match", req.ETag)
	}
	if req.LastModified != "" {
		hr.Header.Set("If-Modified-Since", req.LastModified)
	}
	resp, err := c.http.Do(hr)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err // it names the URL again
		}
		return nil, fmt.Errorf("GET %s: %w", u.Redacted(), err)
	}
	defer resp.Body.Close()
	out := &Response{URL: resp.Request.URL.String(), Status: resp.StatusCode,
		ContentType: resp.Header.Get("Content-Type"), ETag: resp.Header.Get("ETag"),
		LastModified: resp.Header.Get("Last-Modified"), MaxAge: maxAge(resp.Header)}
	switch {
	case resp.StatusCode == http.StatusNotModified:
		out.NotModified = true
		if out.ETag == "" {
			out.ETag = req.ETag
		}
		if out.LastModified == "" {
			out.LastModified = req.LastModified
		}
		return out, nil
	case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusServiceUnavailable:
		wait := retryAfter(resp.Header.Get("Retry-After"), c.cfg.Now())
		if wait > 0 {
			c.hosts.hold(host, c.cfg.Now().Add(wait))
		}
		return nil, &StatusError{URL: u.Redacted(), Code: resp.StatusCode, RetryAfter: wait}
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		return nil, &StatusError{URL: u.Redacted(), Code: resp.StatusCode}
	}
	maxBody, maxDecoded := c.cfg.MaxBody, c.cfg.MaxDecoded
	switch {
	case req.MaxBody > 0 && req.truncate:
		maxDecoded = min(maxDecoded, req.MaxBody)
	case req.MaxBody > 0:
		maxBody, maxDecoded = min(maxBody, req.MaxBody), min(maxDecoded, req.MaxBody)
	}
	out.Body, err = readBody(ctx, resp, cancel, maxBody, maxDecoded, req.truncate, c.cfg.StallTimeout)
	if err != nil {
		return nil, fmt.Errorf("GET %s: body: %w", u.Redacted(), err)
	}
	return out, nil
}
