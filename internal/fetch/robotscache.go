package fetch

import (
	"context"
	"errors"
	"net/url"
	"strings"
	"sync"
	"time"
)

// unreachableTTL is how long a robots.txt that failed with a server error
// (and so disallows everything) is cached before it is asked for again.
const unreachableTTL = 10 * time.Minute

// robotsCache keeps each site's robots.txt, fetching it once per site at a
// time.
type robotsCache struct {
	c  *Client
	mu sync.Mutex
	m  map[string]*robotsEntry
}

type robotsEntry struct {
	ready   chan struct{}
	robots  *Robots
	err     error
	expires time.Time
}

func newRobotsCache(c *Client) *robotsCache {
	return &robotsCache{c: c, m: map[string]*robotsEntry{}}
}

// allowed reports whether robots.txt lets Parallax fetch u.
func (rc *robotsCache) allowed(ctx context.Context, u *url.URL) (bool, error) {
	r, err := rc.get(ctx, u)
	if err != nil {
		return false, err
	}
	path := u.EscapedPath()
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	return r.Allowed(path), nil
}

func (rc *robotsCache) get(ctx context.Context, u *url.URL) (*Robots, error) {
	key := strings.ToLower(u.Scheme + "://" + u.Host)
	now := rc.c.cfg.Now()
	rc.mu.Lock()
	e := rc.m[key]
	if e != nil {
		select {
		case <-e.ready:
			if now.After(e.expires) {
				e = nil
			}
		default: // being fetched: wait for it below
		}
	}
	if e == nil {
		e = &robotsEntry{ready: make(chan struct{})}
		rc.m[key] = e
		rc.mu.Unlock()
		e.robots, e.expires, e.err = rc.fetch(ctx, key)
		close(e.ready)
	} else {
		rc.mu.Unlock()
	}
	select {
	case <-e.ready:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	return e.robots, e.err
}

// fetch asks for a site's robots.txt and interprets the answer as RFC 9309
// says: success gives its rules; a 4xx other than 429 means no rules; a
// server error, a 429 or no answer means nothing may be crawled for now.
// A refused address or a cancelled request is an error and is not cached
// for long.
func (rc *robotsCache) fetch(ctx context.Context, site string) (*Robots, time.Time, error) {
	now := rc.c.cfg.Now()
	u, _ := url.Parse(site + "/robots.txt")
	resp, err := rc.c.get(ctx, u, Request{Accept: "text/plain,*/*;q=0.5"})
	if err == nil {
		return ParseRobots(resp.Body, RobotsAgent), now.Add(rc.c.cfg.RobotsTTL), nil
	}
	var se *StatusError
	switch {
	case errors.As(err, &se) && se.Code >= 400 && se.Code < 500 && se.Code != 429:
		return &Robots{}, now.Add(rc.c.cfg.RobotsTTL), nil
	case errors.Is(err, ErrBlockedAddress) || ctx.Err() != nil:
		return nil, now, err
	default:
		return &Robots{DisallowAll: true}, now.Add(unreachableTTL), nil
	}
}
