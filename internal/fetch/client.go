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
	"net/netip"
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
	// dialer, when set (by tests, to reach in-memory servers), connects
	// instead of the network.
	dialer func(ctx context.Context, network, addr string) (net.Conn, error)
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
	if c.dialer != nil {
		return c.dialer(ctx, network, addr)
	}
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		host = addr
	}
	d := net.Dialer{Timeout: c.cfg.DialTimeout, KeepAlive: 30 * time.Second, Control: c.allow.control(host)}
	return d.DialContext(ctx, network, addr)
}

// checkRedirect vets each redirect target as Get vets the URL it is
// given, robots.txt included for page requests.
func (c *Client) checkRedirect(req *http.Request, via []*http.Request) error {
	if t, _ := req.Context().Value(trailKey{}).(*trail); t != nil {
		t.last = req.URL
	}
	if len(via) > c.cfg.MaxRedirects {
		return fmt.Errorf("stopped after %d redirects", c.cfg.MaxRedirects)
	}
	if err := c.checkTarget(req.URL); err != nil {
		return err
	}
	if robots, _ := req.Context().Value(robotsKey{}).(bool); robots {
		if err := c.robots.check(req.Context(), req.URL); err != nil {
			return err
		}
	}
	return nil
}

// Context keys: robotsKey marks a request whose redirects robots.txt must
// allow; heldHostKey names the host whose slot the request holds, so that
// a robots.txt fetched for a redirect to that host does not wait for it;
// trailKey holds the *trail of the request's redirects.
type (
	robotsKey   struct{}
	heldHostKey struct{}
	trailKey    struct{}
)

// trail remembers the last redirect target, to say which URL failed.
type trail struct{ last *url.URL }

// checkTarget applies CheckURL's rules to u, and refuses a literal address
// the allow-list does not permit before anything is sent (the dialer
// would refuse it too; this says so plainly, robots.txt included).
func (c *Client) checkTarget(u *url.URL) error {
	if err := checkParsed(u); err != nil {
		return err
	}
	host := u.Hostname()
	if ip, err := netip.ParseAddr(host); err == nil && !c.allow.permits(host, ip) {
		return &BlockedError{Host: host, Addr: ip.Unmap()}
	}
	return nil
}

// Get fetches one resource within the client's limits. A 304 answer is a
// Response with NotModified; other non-2xx answers are a *StatusError; a
// host that asked us to wait gives a *HoldError at once. Every error is
// an *Error naming req.URL once (password hidden) and saying why.
func (c *Client) Get(ctx context.Context, req Request) (*Response, error) {
	u, err := url.Parse(strings.TrimSpace(req.URL))
	if err != nil {
		_, err := CheckURL(req.URL)
		return nil, err
	}
	if err := c.checkTarget(u); err != nil {
		return nil, &Error{URL: u.Redacted(), Err: err}
	}
	if req.Robots {
		if err := c.robots.check(ctx, u); err != nil {
			return nil, &Error{URL: u.Redacted(), Err: err}
		}
	}
	resp, err := c.get(ctx, u, req)
	if err != nil {
		return nil, &Error{URL: u.Redacted(), Err: err}
	}
	return resp, nil
}

// get makes the request itself, without the robots.txt check.
// Its errors do not name u: Get does.
func (c *Client) get(ctx context.Context, u *url.URL, req Request) (*Response, error) {
	if u == nil {
		return nil, ErrBadURL
	}
	host := strings.ToLower(u.Host)
	if held, _ := ctx.Value(heldHostKey{}).(string); held != host {
		release, err := c.hosts.acquire(ctx, host)
		if err != nil {
			return nil, err
		}
		defer release()
		ctx = context.WithValue(ctx, heldHostKey{}, host)
	}
	if req.Robots {
		ctx = context.WithValue(ctx, robotsKey{}, true)
	}
	tr := &trail{}
	ctx = context.WithValue(ctx, trailKey{}, tr)
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	ctx, cancelTimeout := context.WithTimeout(ctx, c.cfg.Timeout)
	defer cancelTimeout()

	hr, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
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
		if resp != nil {
			resp.Body.Close()
		}
		return nil, transportError(err, tr)
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
		return nil, fmt.Errorf("reading the body: %w", err)
	}
	return out, nil
}

// transportError turns an error of http.Client.Do into a reason that does
// not repeat the URL asked for: the redirect target that failed, if any,
// then what happened to it, the plainest way it can be said.
func transportError(err error, tr *trail) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err // it names the URL again
	}
	var be *BlockedError
	var de *net.DNSError
	switch {
	case errors.As(err, &be):
		err = be
	case errors.As(err, &de) && de.IsNotFound:
		err = fmt.Errorf("%w: %s", ErrNoSuchHost, de.Name)
	case errors.As(err, &de):
		err = fmt.Errorf("looking up %s: %w", de.Name, de)
	}
	if tr.last != nil {
		return fmt.Errorf("redirected to %s: %w", tr.last.Redacted(), err)
	}
	return err
}
