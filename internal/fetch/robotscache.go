package fetch

import (
	"container/list"
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

// maxRobotsSites bounds the sites whose robots.txt is cached.
const maxRobotsSites = 1000

// robotsCache keeps the robots.txt of the sites used most recently,
// fetching it once per site at a time.
type robotsCache struct {
	c   *Client
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
	return &robotsCache{c: c, m: map[string]*list.Element{}, lru: list.New()}
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
	var e *robotsEntry
	if el := rc.m[key]; el != nil {
		e = el.Value.(*robotsEntry)
		if e.done() && now.After(e.expires) {
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
		go func() {
			defer cancel()
			e.robots, e.expires, e.err = rc.fetch(fctx, key)
			close(e.ready)
		}()
	}
	rc.mu.Unlock()
	select {
	case <-e.ready:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	return e.robots, e.err
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

// fetch asks for a site's robots.txt and interprets the answer as RFC 9309
// says: success gives its rules; a 4xx other than 429 means no rules; a
// server error, a 429 or no answer means nothing may be crawled for now.
// A refused address or a cancelled request is an error and is not cached
// for long.
func (rc *robotsCache) fetch(ctx context.Context, site string) (*Robots, time.Time, error) {
	now := rc.c.cfg.Now()
	u, _ := url.Parse(site + "/robots.txt")
	resp, err := rc.c.get(ctx, u, Request{Accept: "text/plain,*/*;q=0.5", MaxBody: maxRobotsSize, truncate: true})
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
