package web

import (
	"container/heap"
	"context"
	"sync"
	"time"

	"github.com/parallax-news/parallax/internal/view"
)

// buildPool bounds how many costly pages (story and outlet pages) are
// built at once, and chooses which waiting build goes next: the one whose
// expected end is earliest, that is the one that has waited longest once
// its expected cost is added to its arrival. When a crowd asks for many
// new pages at once, small pages are built first (most readers get their
// page soon, rather than every reader waiting behind the largest
// stories), and a large page still goes as soon as it has waited about as
// long as it takes to build, so none waits for ever.
//
// Bounding the builds keeps a crowd from running a build each at once,
// which divides the cores among them all (so that none finishes in time)
// and holds every build's memory at once.
type buildPool struct {
	mu   sync.Mutex
	free int
	wait waiters
	seq  uint64
	now  func() time.Time
}

// newBuildPool returns a pool of n slots (at least 1).
func newBuildPool(n int) *buildPool {
	return &buildPool{free: max(1, n), now: time.Now}
}

// acquire waits for a slot for a build expected to take about cost, and
// returns the function that gives the slot back.
func (p *buildPool) acquire(cost time.Duration) (release func()) {
	p.mu.Lock()
	if p.free > 0 && len(p.wait) == 0 {
		p.free--
		p.mu.Unlock()
		return p.release
	}
	w := &waiter{due: p.now().Add(cost), seq: p.seq, ready: make(chan struct{})}
	p.seq++
	heap.Push(&p.wait, w)
	p.mu.Unlock()
	<-w.ready
	return p.release
}

// release gives a slot back: to the waiter due first, if any.
func (p *buildPool) release() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.wait) > 0 {
		close(heap.Pop(&p.wait).(*waiter).ready)
		return
	}
	p.free++
}

// waiter is a build waiting for a slot.
type waiter struct {
	due   time.Time
	seq   uint64 // arrival order, to break ties
	ready chan struct{}
}

// waiters is a heap of waiters, the one due first on top.
type waiters []*waiter

func (w waiters) Len() int { return len(w) }
func (w waiters) Less(i, j int) bool {
	if !w[i].due.Equal(w[j].due) {
		return w[i].due.Before(w[j].due)
	}
	return w[i].seq < w[j].seq
}
func (w waiters) Swap(i, j int) { w[i], w[j] = w[j], w[i] }
func (w *waiters) Push(x any)   { *w = append(*w, x.(*waiter)) }
func (w *waiters) Pop() any {
	old := *w
	x := old[len(old)-1]
	old[len(old)-1] = nil
	*w = old[:len(old)-1]
	return x
}

// About what building a page costs on one core, to order the waiting
// builds: a story page costs a base and a share per compared article
// (measured on the ABP corpus: some 45 ms for a story of a few articles,
// 230 ms for one of 20 to 60); an outlet page reads up to 20 stories.
const (
	storyBaseCost    = 20 * time.Millisecond
	storyArticleCost = 10 * time.Millisecond
	outletCost       = 500 * time.Millisecond
)

// storyCost estimates the cost of building story id's page from its number
// of articles (the most view.CompareAtMost are compared).
func (s *Server) storyCost(ctx context.Context, id string) time.Duration {
	_, as, err := s.st.Story(ctx, id)
	if err != nil {
		return storyBaseCost // the build will fail fast
	}
	return storyBaseCost + time.Duration(min(len(as), view.CompareAtMost))*storyArticleCost
}
