package story

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
)

// TestPrepareStops: a Prepared stopped, or whose context is cancelled,
// while its loads are under way returns from Stop and AddPrepared only
// when no load runs any more, and starts none after.
func TestPrepareStops(t *testing.T) {
	docs := synthStream(5, 2000)
	for _, how := range []string{"stop", "cancel", "stop unread"} {
		ctx, cancel := context.WithCancel(context.Background())
		c := New(DefaultConfig(), nil)
		var running, after, loads atomic.Int32
		var ended atomic.Bool
		started := make(chan struct{})
		var once atomic.Bool
		load := func(i int) (Doc, error) {
			running.Add(1)
			defer running.Add(-1)
			if ended.Load() {
				after.Add(1)
			}
			if loads.Add(1) == 300 && once.CompareAndSwap(false, true) {
				close(started)
			}
			return docs[i], nil
		}
		p := c.Prepare(ctx, len(docs), load, 2)
		var added int
		switch how {
		case "stop":
			<-started
			p.Stop()
		case "stop unread":
			p.Stop()
		case "cancel":
			err := c.AddPrepared(ctx, p, func(Decision) {
				if added++; added == 100 {
					cancel()
				}
			})
			if !errors.Is(err, context.Canceled) {
				t.Errorf("%s: error %v", how, err)
			}
		}
		ended.Store(true)
		if n := running.Load(); n != 0 {
			t.Errorf("%s: %d loads running after return", how, n)
		}
		p.Stop() // again: returns at once
		if n := after.Load(); n != 0 {
			t.Errorf("%s: %d loads started after return", how, n)
		}
		if n := loads.Load(); n >= int32(len(docs)) {
			t.Errorf("%s: all %d docs loaded", how, n)
		}
		cancel()
	}
}
