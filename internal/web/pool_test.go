package web

import (
	"sync"
	"testing"
	"testing/synctest"
	"time"
)

// TestBuildPoolOrder: waiting builds go smallest expected end first; one
// that has waited longer than a newcomer's cost goes before it.
func TestBuildPoolOrder(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		p := newBuildPool(1)
		hold := p.acquire(0) // the only slot is taken
		var mu sync.Mutex
		var order []string
		var wg sync.WaitGroup
		start := func(name string, cost time.Duration) {
			wg.Go(func() {
				release := p.acquire(cost)
				mu.Lock()
				order = append(order, name)
				mu.Unlock()
				release()
			})
			synctest.Wait() // queued before the next one arrives
		}
		start("big", 900*time.Millisecond)
		start("small", 30*time.Millisecond)
		start("medium", 200*time.Millisecond)
		start("small2", 30*time.Millisecond) // same cost: arrival order
		time.Sleep(2 * time.Second)          // big has now waited longer than a newcomer's cost
		start("late", 50*time.Millisecond)
		hold()
		wg.Wait()
		want := []string{"small", "small2", "medium", "big", "late"}
		if len(order) != len(want) {
			t.Fatalf("order %v, want %v", order, want)
		}
		for i := range want {
			if order[i] != want[i] {
				t.Fatalf("order %v, want %v", order, want)
			}
		}
	})
}

// TestBuildPoolSlots: no more holders than slots, and a slot given back
// with nobody waiting is free again.
func TestBuildPoolSlots(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		p := newBuildPool(2)
		r1, r2 := p.acquire(0), p.acquire(0)
		got := make(chan struct{})
		go func() { p.acquire(0)(); close(got) }()
		synctest.Wait()
		select {
		case <-got:
			t.Fatal("a third build got a slot of two")
		default:
		}
		r1()
		<-got
		r2()
		if p.free != 2 || len(p.wait) != 0 {
			t.Errorf("after all released: %d free, %d waiting; want 2, 0", p.free, len(p.wait))
		}
	})
}
