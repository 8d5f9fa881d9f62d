package story

import (
	"fmt"
	"testing"
)

// TestLateJoinNeed: a single straight report merges with an event of
// several reports that shares its participants on the score it would
// need to join it as an article, as if it had come after them;
// commentary, a report of other people, and two single reports keep to
// the merge threshold.
func TestLateJoinNeed(t *testing.T) {
	cfg := DefaultConfig()
	cfg.Threshold = 0.99 // every report starts an event of its own
	c := New(cfg, nil)
	// Three reports of the Velmora quake, one of a coach's firing.
	for _, d := range docsOf(append(fixtures[:3:3], fixtures[6])) {
		c.Add(d)
	}
	es := c.sortedEvents()
	velmora, late, coach := es[0], es[2], es[3]
	lone := es[1]
	if got, want := c.mergeNeed(lone, late), cfg.MergeThreshold; got != want {
		t.Errorf("two single reports: need %.2f, want %.2f", got, want)
	}
	c.merge(lone, velmora, 1)
	c.cfg.Threshold = 0.22
	for _, tc := range []struct {
		name     string
		one      *event
		headline Headline
		want     float64
	}{
		{"a straight report of the event", late, News, c.cfg.Threshold},
		{"a column on the event", late, Opinion, cfg.MergeThreshold},
		{"an explainer of the event", late, Explainer, cfg.MergeThreshold},
		{"a report naming none of its people", coach, News, cfg.MergeThreshold},
	} {
		tc.one.members[0].headline = tc.headline
		for _, pair := range [][2]*event{{tc.one, velmora}, {velmora, tc.one}} {
			if got := c.mergeNeed(pair[0], pair[1]); got != tc.want {
				t.Errorf("%s: need %.2f, want %.2f", tc.name, got, tc.want)
			}
		}
	}
	// An undated report that was not current news needs what it would
	// need to join: the undated margin more.
	late.members[0].headline = News
	late.members[0].dated, late.members[0].current = false, false
	if got, want := c.mergeNeed(late, velmora), c.cfg.Threshold+cfg.UndatedMargin; got != want {
		t.Errorf("an undated report of no time: need %.2f, want %.2f", got, want)
	}
	late.members[0].dated = true
	// The need is never above the merge threshold.
	c.cfg.Threshold = 0.6
	if got := c.mergeNeed(late, velmora); got != cfg.MergeThreshold {
		t.Errorf("with a join threshold above the merge threshold: need %.2f, want %.2f", got, cfg.MergeThreshold)
	}
}

// TestLateJoinNeedOfTwoReports: two straight reports merge with a larger
// event on the score they would need to join it; commentary among them,
// or an event no larger than theirs, keeps them to the merge threshold.
func TestLateJoinNeedOfTwoReports(t *testing.T) {
	cfg := DefaultConfig()
	cfg.Threshold = 1.01 // no report joins another, not even its copy
	c := New(cfg, nil)
	velmora := docsOf(fixtures[:3])
	for i := range 7 {
		d := velmora[i%3]
		d.ID, d.Outlet = fmt.Sprintf("velmora-%d", i), fmt.Sprintf("outlet%d.example", i)
		c.Add(d)
	}
	es := c.sortedEvents()
	three, two, other := es[0], es[3], es[5]
	c.merge(es[1], three, 1)
	c.merge(es[2], three, 1)
	c.merge(es[4], two, 1)
	c.merge(es[6], other, 1)
	c.cfg.Threshold = 0.22
	if got := c.mergeNeed(two, three); got != c.cfg.Threshold {
		t.Errorf("two reports and a larger event: need %.2f, want %.2f", got, c.cfg.Threshold)
	}
	if got := c.mergeNeed(two, other); got != cfg.MergeThreshold {
		t.Errorf("two events of two reports: need %.2f, want %.2f", got, cfg.MergeThreshold)
	}
	two.members[1].headline = Opinion
	if got := c.mergeNeed(three, two); got != cfg.MergeThreshold {
		t.Errorf("a report and a column, and a larger event: need %.2f, want %.2f", got, cfg.MergeThreshold)
	}
}
