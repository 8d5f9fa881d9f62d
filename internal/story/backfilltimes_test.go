package story

import (
	"testing"
	"time"
)

// TestBackfillTimes: during a backfill (older articles added after newer
// ones, here the second half of a stream resumed after the first), the
// time an undated article is judged current against and the time merges
// and splits are recorded at is the latest dated article's publication
// (windowAt), where the backfill has got to, not the latest publication
// seen, which stands still at the first half's end. Before, an undated
// article added at that end counted as current news beside the
// backfill's old events, and every repair of the backfill was dated at
// that end.
func TestBackfillTimes(t *testing.T) {
	docs := synthStream(7087, 3000) // in published order, over about 13 months
	first, second := halves(docs, 7088)
	c := New(DefaultConfig(), nil)
	for _, d := range first {
		c.Add(d)
	}
	c.Drain()
	c = resumed(t, c)
	checked := 0
	check := func(what, id string, at, reached time.Time) {
		checked++
		if at.After(reached) {
			t.Errorf("%s %s dated %s, after the backfill's latest article (%s)", what, id, at.Format(time.DateOnly), reached.Format(time.DateOnly))
		}
	}
	for start := 0; start < len(second); start += 250 {
		var reached time.Time // the latest publication of the chunk
		for _, d := range second[start:min(start+250, len(second))] {
			c.Add(d)
			if d.HasTime && d.Published.After(reached) {
				reached = d.Published
			}
		}
		ch := c.Drain()
		for _, rp := range ch.Repairs {
			if m := rp.Merge; m != nil {
				check("merge", m.From, m.At, reached)
			}
			if s := rp.Split; s != nil {
				check("split", s.From, s.At, reached)
			}
		}
		for _, m := range ch.StorylineMerges {
			check("storyline merge", m.From, m.At, reached)
		}
		if start == 0 {
			// Early in the backfill: the latest publication seen is the
			// first half's end, months ahead.
			if gap := c.clock.Sub(reached).Hours() / 24; gap <= c.cfg.UndatedSpan {
				t.Fatalf("the backfill's first chunk ends %.0f days before the clock: no backfill", gap)
			}
			if c.currentUndated(Doc{ID: "undated-at-clock", Added: c.clock}) {
				t.Error("an undated article added at the first half's end counts as current during the backfill")
			}
			if !c.currentUndated(Doc{ID: "undated-at-backfill", Added: reached}) {
				t.Error("an undated article added where the backfill has got to does not count as current")
			}
		}
	}
	if checked == 0 {
		t.Fatal("the backfill made no merge or split")
	}
	t.Logf("%d merges and splits of the backfill checked", checked)
}
