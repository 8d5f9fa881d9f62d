package story

import (
	"fmt"
	"testing"
)

// TestRepairBeforeLeaving: events that changed since the last repair pass
// are repaired before they leave the active window, so that a clock that
// jumps past an event's window does not leave its reports in pieces; the
// event made of them still leaves, with the time of its last article.
func TestRepairBeforeLeaving(t *testing.T) {
	cfg := DefaultConfig()
	cfg.Threshold = 0.99     // every report starts an event ...
	cfg.MergeThreshold = 0.1 // ... that a repair would merge
	cfg.RepairEvery = 0      // no periodic pass: only the one before leaving
	quake := docsOf(fixtures[:3])
	docs := append([]Doc(nil), quake...)
	for i := range 2 * evictEvery {
		docs = append(docs, filler(fmt.Sprintf("ferry-%d", i), "2031-05-01")) // weeks later
	}
	c, tr, decs := run(t, cfg, docs)
	if got := sizes(tr, ids(quake)); len(got) != 1 {
		t.Errorf("the Velmora reports left as %d events %v, want one", len(got), got)
	}
	if tr.Event("ferry-0") == tr.Event(quake[0].ID) {
		t.Error("a report of weeks later was merged into the Velmora event")
	}
	if _, active := c.Story(decs[0].Story); active {
		t.Error("the Velmora event is still active weeks after its last report")
	}

	// With no repair before leaving, the same stream leaves them apart:
	// the test shows the repair at work, not the merge threshold.
	cfg.MergeThreshold = 2
	_, tr, _ = run(t, cfg, docs)
	if got := sizes(tr, ids(quake)); len(got) != 3 {
		t.Fatalf("with no merge possible the reports form %d events, want 3", len(got))
	}
}
