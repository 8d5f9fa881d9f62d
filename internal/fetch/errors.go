package fetch

import (
	"errors"
	"fmt"
	"time"
)

// Errors returned (wrapped) by Client.Get.
var (
	// ErrTooLarge: the body, or its decompressed form, is over the limit.
	ErrTooLarge = errors.New("response body over the size limit")
	// ErrStalled: the body delivered nothing for longer than StallTimeout.
	ErrStalled = errors.New("response body stalled")
	// ErrDisallowed: robots.txt disallows the URL for Parallax.
	ErrDisallowed = errors.New("disallowed by robots.txt")
	// ErrBadURL: not an absolute http or https URL.
	ErrBadURL = errors.New("not an absolute http or https URL")
)

// StatusError is an HTTP response that is neither success nor 304.
type StatusError struct {
	URL  string
	Code int
	// RetryAfter is the wait the server asked for (429 and 503), zero if
	// none was given.
	RetryAfter time.Duration
}

func (e *StatusError) Error() string {
	msg := fmt.Sprintf("%s: HTTP status %d", e.URL, e.Code)
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
