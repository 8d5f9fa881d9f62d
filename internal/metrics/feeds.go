package metrics

import (
	"context"
	"errors"
	"net"

	"github.com/parallax-news/parallax/internal/feed"
	"github.com/parallax-news/parallax/internal/fetch"
)

// Poll records one poll of one feed: its outcome and the articles its new
// items gave.
func (m *Metrics) Poll(r feed.Result) {
	if m == nil {
		return
	}
	m.polls.WithLabelValues(PollOutcome(r)).Inc()
	m.ArticlesIn(PathFeed, r.Stored, r.Unchanged, r.Failed)
}

// PollRound records one round of polling: whether the feeds could be
// listed, and how many were skipped as backed off.
func (m *Metrics) PollRound(r feed.Round) {
	if m == nil {
		return
	}
	outcome := "ok"
	if r.Err != nil {
		outcome = "error"
	}
	m.rounds.WithLabelValues(outcome).Inc()
	m.backedOff.Set(float64(len(r.BackedOff)))
}

// PollOutcome names the outcome of a poll, as the outcome label of
// parallax_feed_polls_total says it: ok, not_modified, robots (disallowed
// by robots.txt, or it could not be had), refused (a URL or an address no
// fetch may use), no_such_host, held (the host asked us to wait),
// http_4xx, http_5xx, too_large, timeout, or error (anything else: a feed
// that could not be parsed, its state not saved).
func PollOutcome(r feed.Result) string {
	err := r.Err
	var status *fetch.StatusError
	var hold *fetch.HoldError
	var netErr net.Error
	switch {
	case err == nil && r.NotModified:
		return "not_modified"
	case err == nil:
		return "ok"
	case errors.Is(err, fetch.ErrDisallowed):
		return "robots"
	case errors.Is(err, fetch.ErrBlockedAddress), errors.Is(err, fetch.ErrBadURL):
		return "refused"
	case errors.Is(err, fetch.ErrNoSuchHost):
		return "no_such_host"
	case errors.As(err, &hold):
		return "held"
	case errors.As(err, &status) && status.Code >= 500:
		return "http_5xx"
	case errors.As(err, &status):
		return "http_4xx"
	case errors.Is(err, fetch.ErrTooLarge):
		return "too_large"
	case errors.Is(err, fetch.ErrStalled), errors.Is(err, context.DeadlineExceeded),
		errors.As(err, &netErr) && netErr.Timeout():
		return "timeout"
	default:
		return "error"
	}
}
