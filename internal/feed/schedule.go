package feed

import (
	"slices"
	"time"
)

// Schedule bounds and adapts polling intervals.
type Schedule struct {
	// Min and Max bound every interval (and every backoff, except that a
	// server's Retry-After is always honoured in full).
	Min, Max time.Duration
	// Initial is the interval of a feed not yet polled.
	Initial time.Duration
}

// DefaultSchedule polls between every 5 minutes and once a day, starting
// at every 30 minutes.
func DefaultSchedule() Schedule {
	return Schedule{Min: 5 * time.Minute, Max: 24 * time.Hour, Initial: 30 * time.Minute}
}

func (s Schedule) clamp(d time.Duration) time.Duration {
	return min(max(d, s.Min), s.Max)
}

// recentItems is how many of a feed's newest dated items set its pace.
const recentItems = 10

// Adapt returns the next interval for a feed. With at least two dated
// items it polls twice per average gap between its newest items (so a feed
// that publishes hourly is asked every 30 minutes); otherwise it halves the
// interval when new items appeared and lengthens it by half when none did.
func (s Schedule) Adapt(old time.Duration, published []time.Time, hadNew bool) time.Duration {
	if old <= 0 {
		old = s.Initial
	}
	var dated []time.Time
	for _, t := range published {
		if !t.IsZero() {
			dated = append(dated, t)
		}
	}
	slices.SortFunc(dated, func(a, b time.Time) int { return b.Compare(a) })
	dated = dated[:min(len(dated), recentItems)]
	if len(dated) >= 2 {
		span := dated[0].Sub(dated[len(dated)-1])
		if span > 0 {
			return s.clamp(span / time.Duration(len(dated)-1) / 2)
		}
	}
	if hadNew {
		return s.clamp(old / 2)
	}
	return s.clamp(old + old/2)
}

// Backoff returns the wait after the n-th consecutive failure (n ≥ 1):
// the interval doubled for each failure, within the bounds.
func (s Schedule) Backoff(interval time.Duration, n int) time.Duration {
	if interval <= 0 {
		interval = s.Initial
	}
	d := s.clamp(interval)
	for i := 0; i < n && d < s.Max; i++ {
		d *= 2
	}
	return s.clamp(d)
}

// Next returns when to poll again after a successful poll at now: after the
// interval, but not before the server's Cache-Control max-age or the feed's
// ttl have run out (both honoured up to Max).
func (s Schedule) Next(now time.Time, interval, maxAge, ttl time.Duration) time.Time {
	wait := max(interval, min(max(maxAge, ttl), s.Max))
	return now.Add(wait)
}
