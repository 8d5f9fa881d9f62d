package story

import (
	"math/rand/v2"
	"testing"
)

// TestBackfillLeavesWindow: articles older than the active window, added
// after newer ones (a backfill, as package stories adds what arrives
// after a resume, in published order), leave the window as the backfill
// moves past them: the window is read at the latest dated article's
// publication time (Clusterer.at), not at the latest publication time
// seen, which stands still during a backfill. The stream added in two
// halves, each in published order, left 597 events active (the events of
// the second half's old articles, up to Config.MaxActive) against 3 for
// one published order, and a state of 6.6 MB against 1.2 MB; now 16.
func TestBackfillLeavesWindow(t *testing.T) {
	docs := synthStream(7000, 3000) // in published order, over about 13 months
	first, second := halves(docs, 7001)
	whole := New(DefaultConfig(), nil)
	for _, d := range docs {
		whole.Add(d)
	}
	whole.Drain()

	halves := New(DefaultConfig(), nil)
	for _, d := range first {
		halves.Add(d)
	}
	halves.Drain()
	again := resumed(t, halves)
	for _, d := range second {
		again.Add(d)
	}
	again.Drain()
	late := 0
	for _, e := range again.events {
		if e.dated && e.last.Before(again.clock.Add(-again.cfg.Window)) {
			late++
		}
	}
	t.Logf("active events: one order %d, in halves %d (%d whose last article is older than the window); state %d vs %d bytes",
		whole.ActiveCount(), again.ActiveCount(), late, len(mustMarshal(t, whole)), len(mustMarshal(t, again)))
	if n := again.ActiveCount(); n > 8*max(whole.ActiveCount(), evictEvery) {
		t.Errorf("%d events active after the backfill (%d of them late), against %d for one published order",
			n, late, whole.ActiveCount())
	}
}

func mustMarshal(t *testing.T, c *Clusterer) []byte {
	t.Helper()
	b, err := c.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// resumed returns the clusterer resumed from c's saved state.
func resumed(t *testing.T, c *Clusterer) *Clusterer {
	t.Helper()
	r, err := Resume(mustMarshal(t, c), nil)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// halves deals docs at random (seeded) into two streams, each keeping
// docs' published order: a stream resumed after its first half arrives
// as the second half, a backfill of articles older than the newest seen.
func halves(docs []Doc, seed uint64) (first, second []Doc) {
	r := rand.New(rand.NewPCG(seed, seed))
	for _, d := range docs {
		if r.IntN(2) == 0 {
			first = append(first, d)
		} else {
			second = append(second, d)
		}
	}
	return first, second
}
