package story

import (
	"testing"
	"time"
)

// TestCommentaryTime: an invented column on a harbour strike comes out
// on day 100, the reports of the strike vote on day 101. A report on day
// 102 is a day past the reports but two past the column: with
// CommentaryTime the column does not start the event's time, so the
// report keeps a time factor of 1; without it MaxPubSpan shuts the event
// (factor 0). An event of commentary alone still keeps its days, and a
// report three days past the reports is still held out.
func TestCommentaryTime(t *testing.T) {
	cfg := DefaultConfig()
	if !cfg.CommentaryTime {
		t.Fatalf("CommentaryTime is off by default")
	}
	c := New(cfg, nil)
	clock := time.Date(2031, 5, 14, 9, 0, 0, 0, time.UTC)
	mem := func(day int32, h Headline) *member {
		return &member{dated: true, pubDay: day, eday: day, pub: dayTime(day).Add(9 * time.Hour), headline: h}
	}
	report := func(day int32) *prepared {
		p := &prepared{pubDay: day, eday: day}
		p.doc.HasTime = true
		p.doc.Published = dayTime(day).Add(9 * time.Hour)
		return p
	}

	e := &event{}
	e.add(mem(100, Opinion), clock, 1)
	if f := c.timeFactor(report(101), e); f != 1 {
		t.Errorf("a report the day after a lone column: time factor %.2f, want 1", f)
	}
	if f := c.timeFactor(report(102), e); f != 0 {
		t.Errorf("a report two days after a lone column: time factor %.2f, want 0 (MaxPubSpan)", f)
	}
	e.add(mem(101, News), clock, 2)
	e.add(mem(101, News), clock, 3)
	if f := c.timeFactor(report(102), e); f != 1 {
		t.Errorf("a report a day after the reports, two after the column: time factor %.2f, want 1", f)
	}
	if f := c.timeFactor(report(103), e); f != 0 {
		t.Errorf("a report two days after the reports: time factor %.2f, want 0", f)
	}

	off := cfg
	off.CommentaryTime = false
	c.cfg = off
	if f := c.timeFactor(report(102), e); f != 0 {
		t.Errorf("CommentaryTime off: a report two days after the column: time factor %.2f, want 0", f)
	}
	c.cfg = cfg

	// Removing the reports (a split) gives the column its days back.
	e.members = e.members[:1]
	e.rebuild()
	if f := c.timeFactor(report(102), e); f != 0 {
		t.Errorf("after a rebuild to the column alone: time factor %.2f, want 0", f)
	}
}
