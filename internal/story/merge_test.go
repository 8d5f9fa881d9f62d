package story

import "testing"

func TestMergeNeedOfUndatedArchives(t *testing.T) {
	cfg := DefaultConfig()
	c := New(cfg, nil)
	c.clock = day("2031-03-05") // a dated stream
	dated := &event{dated: true, members: []*member{{dated: true}}}
	current := &event{members: []*member{{current: true}}}
	archive := &event{members: []*member{{}}}
	for _, tc := range []struct {
		name string
		a, b *event
		want float64
	}{
		{"two dated events", dated, dated, cfg.MergeThreshold},
		{"two current undated events", current, current, cfg.MergeThreshold},
		{"an archive and a dated event", archive, dated, cfg.MergeThreshold},
		{"two archives", archive, archive, cfg.MergeThreshold + cfg.UndatedMargin},
		{"an archive and a current undated event", current, archive, cfg.MergeThreshold + cfg.UndatedMargin},
	} {
		if got := c.mergeNeed(tc.a, tc.b); got != tc.want {
			t.Errorf("%s: merge needs %.2f, want %.2f", tc.name, got, tc.want)
		}
	}
	// In a stream with no date at all content is all there is.
	if got := New(cfg, nil).mergeNeed(archive, archive); got != cfg.MergeThreshold {
		t.Errorf("two archives in an undated stream: merge needs %.2f, want %.2f", got, cfg.MergeThreshold)
	}
}
