package fetch

import (
	"errors"
	"fmt"
	"net/netip"
	"strings"
	"time"
)

// Errors returned (wrapped) by Client.Get.
var (
	// ErrTooLarge: the body, or its decompressed form, is over the limit.
	ErrTooLarge = errors.New("response body over the size limit")
	// ErrStalled: the body delivered nothing for longer than StallTimeout.
	ErrStalled = errors.New("response body stalled")
	// ErrDisallowed: robots.txt disallows the URL for Parallax (or could
	// not be had, which RFC 9309 says to read as disallowing everything).
	ErrDisallowed = errors.New("disallowed by robots.txt")
	// ErrBadURL: not an absolute http or https URL, or one whose host no
	// fetch may use (see CheckURL).
	ErrBadURL = errors.New("not an absolute http or https URL")
	// ErrNoSuchHost: the host name does not resolve.
	ErrNoSuchHost = errors.New("no such host")
	// ErrBlockedAddress: a connection would reach a loopback, private,
	// link-local or otherwise non-public address that the allow-list does
	// not name. The error is a *BlockedError.
	ErrBlockedAddress = errors.New("address is not public")
)

// Error is the failure of one request, or the refusal of one URL: the
// URL (password hidden) and the reason. Every error of Client.Get and
// CheckURL is one, so the URL is named once; Reason gives the rest.
type Error struct {
	URL string
	Err error
}

func (e *Error) Error() string { return e.URL + ": " + e.Err.Error() }

// Unwrap returns the reason.
func (e *Error) Unwrap() error { return e.Err }

// Reason returns err's message without the URL an *Error puts first, for
// callers that name the URL themselves.
func Reason(err error) string {
	msg := err.Error()
	var e *Error
	if errors.As(err, &e) {
		if rest, ok := strings.CutPrefix(msg, e.URL+": "); ok {
			return rest
		}
	}
	return msg
}

// badURL is a reason for refusing a URL before any request; it is
// ErrBadURL to errors.Is.
type badURL string

func (e badURL) Error() string        { return string(e) }
func (e badURL) Is(target error) bool { return target == ErrBadURL }

// BlockedError is a connection refused because its address is not public
// and the allow-list does not name it (ErrBlockedAddress to errors.Is).
type BlockedError struct {
	// Host is the host name or address the URL gave.
	Host string
	// Addr is the address it resolved to (invalid when it could not be
	// read).
	Addr netip.Addr
}

func (e *BlockedError) Error() string {
	switch {
	case !e.Addr.IsValid():
		return fmt.Sprintf("refused: the address of %s cannot be checked", e.Host)
	case strings.Trim(e.Host, "[]") == e.Addr.String():
		return fmt.Sprintf("refused: %s is not a public address (use --allow-host %s to permit it)", e.Addr, e.Addr)
	default:
		return fmt.Sprintf("refused: %s resolves to %s, which is not a public address (use --allow-host %s to permit it)", e.Host, e.Addr, e.Host)
	}
}

// Is makes a BlockedError ErrBlockedAddress to errors.Is.
func (e *BlockedError) Is(target error) bool { return target == ErrBlockedAddress }

// RobotsUnavailableError is a page refused because its site's robots.txt
// could not be had (a server error, a 429, no answer): RFC 9309 says to
// crawl nothing of the site then. It is ErrDisallowed to errors.Is.
type RobotsUnavailableError struct {
	// Reason says why robots.txt could not be had.
	Reason string
	// Until is when robots.txt will be asked for again.
	Until time.Time
}

func (e *RobotsUnavailableError) Error() string {
	return fmt.Sprintf("disallowed: robots.txt could not be fetched (%s), so the site counts as closed to crawlers until %s",
		e.Reason, e.Until.UTC().Format("2006-01-02 15:04:05 UTC"))
}

// Is makes a RobotsUnavailableError ErrDisallowed to errors.Is.
func (e *RobotsUnavailableError) Is(target error) bool { return target == ErrDisallowed }

// StatusError is an HTTP response that is neither success nor 304.
type StatusError struct {
	// URL is the URL asked for (password hidden).
	URL  string
	Code int
	// RetryAfter is the wait the server asked for (429 and 503), zero if
	// none was given.
	RetryAfter time.Duration
}

func (e *StatusError) Error() string {
	msg := fmt.Sprintf("HTTP status %d", e.Code)
	if e.RetryAfter > 0 {
		msg += fmt.Sprintf(" (retry after %s)", e.RetryAfter.Round(time.Second))
	}
	return msg
}

// HoldError is returned without any request being made while a host has
// asked Parallax to wait (after a 429 or 503 with Retry-After).
type HoldError struct {
	Host  string
	Until time.Time
}

func (e *HoldError) Error() string {
	return fmt.Sprintf("%s asked us to wait until %s", e.Host, e.Until.UTC().Format(time.RFC3339))
}

// RetryAfter returns how long err says to wait before asking again: the
// Retry-After of a *StatusError, the rest of a *HoldError's hold, else 0.
func RetryAfter(err error, now time.Time) time.Duration {
	var se *StatusError
	if errors.As(err, &se) {
		return se.RetryAfter
	}
	var he *HoldError
	if errors.As(err, &he) {
		return max(he.Until.Sub(now), 0)
	}
	return 0
}
