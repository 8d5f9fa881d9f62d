package fetch

import (
	"container/list"
	"context"
	"errors"
	"fmt"
	"net"
	"net/url"
	"sync"
	"time"
)

// unreachableTTL is how long a robots.txt that failed with a server error
// (and so disallows everything) is cached before it is asked for again.
const unreachableTTL = 10 * time.Minute

// maxRobotsSites bounds the sites whose robots.txt is cached.
const maxRobotsSites = 1000

// robotsCache keeps the robots.txt of the sites used most recently,
// fetching it once per site at a time.
type robotsCache struct {
	c *Client
	// fetcher fetches one robots.txt: fetch, unless a test says otherwise.
	fetcher func(ctx context.Context, u *url.URL) (*Robots, time.Time, error)

	mu  sync.Mutex
	m   map[string]*list.Element // of *robotsEntry
	lru *list.List               // most recently used first
}

type robotsEntry struct {
	key     string
	ready   chan struct{}
	robots  *Robots
	err     error
	expires time.Time
}

func newRobotsCache(c *Client) *robotsCache {
	rc := &robotsCache{c: c, m: map[string]*list.Element{}, lru: list.New()}
	rc.fetcher = rc.fetch
	return rc
}

// check returns nil when robots.txt lets Parallax fetch u; else
// ErrDisallowed (a *RobotsUnavailableError when robots.txt could not be
// had), or why robots.txt could not be asked for: a host that does not
// resolve or is refused is said as such, not as a robots.txt verdict.
func (rc *robotsCache) check(ctx context.Context, u *url.URL) error {
	r, err := rc.get(ctx, u)
	if err != nil {
		if isHostError(err) || ctx.Err() != nil {
			return err
		}
		return fmt.Errorf("robots.txt: %w", err)
	}
	path := u.EscapedPath()
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	if r.Allowed(path) {
		return nil
	}
	if r.unavailable != nil {
		return r.unavailable
	}
	return ErrDisallowed
}

// isHostError reports an error about the host itself (it does not
// resolve, or its address is refused) rather than about robots.txt.
func isHostError(err error) bool {
	var de *net.DNSError
	return errors.Is(err, ErrBlockedAddress) || errors.Is(err, ErrNoSuchHost) || errors.Is(err, ErrBadURL) || errors.As(err, &de)
}

func (rc *robotsCache) get(ctx context.Context, u *url.URL) (*Robots, error) {
	key := siteKey(u)
	now := rc.c.cfg.Now()
	rc.mu.Lock()
	var e *robotsEntry
	if el := rc.m[key]; el != nil {
		e = el.Value.(*robotsEntry)
		if e.done() && !now.Before(e.expires) {
			rc.lru.Remove(el)
			delete(rc.m, key)
			e = nil
		} else {
			rc.lru.MoveToFront(el)
		}
	}
	if e == nil {
		e = &robotsEntry{key: key, ready: make(chan struct{})}
		rc.m[key] = rc.lru.PushFront(e)
		rc.evict(now)
		// The fetch is shared: one caller's cancellation must not become
		// the others' error, so it runs on its own, with its own timeout.
		fctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), rc.c.cfg.Timeout)
		go rc.run(fctx, cancel, e, robotsURL(u))
	}
	rc.mu.Unlock()
	select {
	case <-e.ready:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	return e.robots, e.err
}

// run fetches one site's robots.txt for e and wakes its waiters. A panic
// becomes e's error rather than the end of the process, and a failure is
// dropped from the cache at once, so that the next page asks again.
func (rc *robotsCache) run(ctx context.Context, cancel context.CancelFunc, e *robotsEntry, u *url.URL) {
	defer cancel()
	defer func() {
		if r := recover(); r != nil {
			e.robots, e.err = nil, fmt.Errorf("internal error while fetching %s (a bug; please report it): %v", u.Redacted(), r)
		}
		if e.err != nil {
			rc.forget(e)
		}
		close(e.ready)
	}()
	e.robots, e.expires, e.err = rc.fetcher(ctx, u)
}

// forget drops e from the cache if it is still there.
func (rc *robotsCache) forget(e *robotsEntry) {
	rc.mu.Lock()
	defer rc.mu.Unlock()
	if el := rc.m[e.key]; el != nil && el.Value.(*robotsEntry) == e {
		rc.lru.Remove(el)
		delete(rc.m, e.key)
	}
}

func (e *robotsEntry) done() bool {
	select {
	case <-e.ready:
		return true
	default:
		return false
	}
}

// evict drops expired entries, then the least recently used ones, while
// the cache is over its size; rc.mu is held.
func (rc *robotsCache) evict(now time.Time) {
	if rc.lru.Len() <= maxRobotsSites {
		return
	}
	for el := rc.lru.Back(); el != nil; {
		prev := el.Prev()
		if e := el.Value.(*robotsEntry); e.done() && now.After(e.expires) {
			rc.lru.Remove(el)
			delete(rc.m, e.key)
		}
		el = prev
	}
	for rc.lru.Len() > maxRobotsSites {
		el := rc.lru.Back()
		rc.lru.Remove(el)
		delete(rc.m, el.Value.(*robotsEntry).key)
	}
}

// fetch asks for a site's robots.txt (at u) and interprets the answer as
// RFC 9309 says: success gives its rules; a 4xx other than 429 means no
// rules; a server error, a 429 or no answer means nothing may be crawled
// for now (cached for unreachableTTL, with the reason). A host that does
// not resolve or is refused, and a cancelled request, are errors: they say
// nothing about robots.txt and are not cached; nor is a host's request to
// wait, which the host's own hold already enforces.
func (rc *robotsCache) fetch(ctx context.Context, u *url.URL) (*Robots, time.Time, error) {
	now := rc.c.cfg.Now()
	resp, err := rc.c.get(ctx, u, Request{Accept: "text/plain,*/*;q=0.5", MaxBody: maxRobotsSize, truncate: true})
	if err == nil {
		return ParseRobots(resp.Body, RobotsAgent), now.Add(rc.c.cfg.RobotsTTL), nil
	}
	var se *StatusError
	var he *HoldError
	switch {
	case errors.As(err, &se) && se.Code >= 400 && se.Code < 500 && se.Code != 429:
		return &Robots{}, now.Add(rc.c.cfg.RobotsTTL), nil
	case isHostError(err) || errors.As(err, &he) || ctx.Err() != nil:
		return nil, now, err
	default:
		until := now.Add(unreachableTTL)
		return &Robots{DisallowAll: true, unavailable: &RobotsUnavailableError{Reason: err.Error(), Until: until}}, until, nil
	}
}
