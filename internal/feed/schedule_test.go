package feed

import (
	"testing"
	"time"
)

func TestAdapt(t *testing.T) {
	s := DefaultSchedule()
	base := time.Date(2026, 3, 4, 12, 0, 0, 0, time.UTC)
	hourly := []time.Time{base, base.Add(-time.Hour), base.Add(-2 * time.Hour), {}}
	if got := s.Adapt(time.Hour, hourly, true); got != 30*time.Minute {
		t.Errorf("hourly feed: %v, want 30m", got)
	}
	busy := []time.Time{base, base.Add(-time.Minute), base.Add(-2 * time.Minute)}
	if got := s.Adapt(time.Hour, busy, true); got != s.Min {
		t.Errorf("busy feed: %v, want the minimum", got)
	}
	rare := []time.Time{base, base.Add(-30 * 24 * time.Hour)}
	if got := s.Adapt(time.Hour, rare, false); got != s.Max {
		t.Errorf("rare feed: %v, want the maximum", got)
	}
	if got := s.Adapt(time.Hour, nil, false); got != 90*time.Minute {
		t.Errorf("undated, nothing new: %v, want 1h30m", got)
	}
	if got := s.Adapt(time.Hour, nil, true); got != 30*time.Minute {
		t.Errorf("undated, new items: %v, want 30m", got)
	}
	if got := s.Adapt(0, nil, false); got != 45*time.Minute {
		t.Errorf("first poll: %v, want 45m", got)
	}
}

func TestBackoffAndNext(t *testing.T) {
	s := DefaultSchedule()
	if got := s.Backoff(10*time.Minute, 1); got != 20*time.Minute {
		t.Errorf("backoff 1: %v", got)
	}
	if got := s.Backoff(10*time.Minute, 3); got != 80*time.Minute {
		t.Errorf("backoff 3: %v", got)
	}
	if got := s.Backoff(10*time.Minute, 60); got != s.Max {
		t.Errorf("backoff 60: %v, want the maximum", got)
	}
	now := time.Date(2026, 3, 4, 12, 0, 0, 0, time.UTC)
	if got := s.Next(now, 10*time.Minute, time.Hour, 0); !got.Equal(now.Add(time.Hour)) {
		t.Errorf("max-age not honoured: %v", got)
	}
	if got := s.Next(now, 10*time.Minute, 0, 2*time.Hour); !got.Equal(now.Add(2 * time.Hour)) {
		t.Errorf("ttl not honoured: %v", got)
	}
	if got := s.Next(now, 10*time.Minute, 0, 7*24*time.Hour); !got.Equal(now.Add(s.Max)) {
		t.Errorf("ttl beyond the maximum: %v", got)
	}
}
