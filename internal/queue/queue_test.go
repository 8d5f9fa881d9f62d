package queue_test

import (
	"context"
	"errors"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"github.com/parallax-news/parallax/internal/queue"
	"github.com/parallax-news/parallax/internal/queue/queuetest"
)

// connect starts a server and returns a set-up Queue on it with quick
// retries.
func connect(t *testing.T, cfg queue.Config) (*queue.Queue, *queuetest.Server) {
	t.Helper()
	srv := queuetest.Start(t)
	return dial(t, srv, cfg), srv
}

func dial(t *testing.T, srv *queuetest.Server, cfg queue.Config) *queue.Queue {
	t.Helper()
	ctx := t.Context()
	q, err := queue.Connect(ctx, srv.URL(), t.Name(), cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { q.Close() })
	if err := q.Setup(ctx); err != nil {
		t.Fatal(err)
	}
	return q
}

// deadline is a context that ends the test's waits if they never end.
func deadline(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(t.Context(), 60*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// consume runs Consume until the test ends.
func consume(t *testing.T, q *queue.Queue, stage queue.Stage, n int, h queue.Handler, obs queue.Observer) {
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Go(func() { q.Consume(ctx, stage, n, h, obs) })
	t.Cleanup(func() { cancel(); wg.Wait() })
}

// settled is an Observer that sends each outcome on a channel.
func settled() (queue.Observer, <-chan string) {
	ch := make(chan string, 100)
	return func(_ queue.Stage, outcome string, _ time.Duration, _ queue.Item, _ error) { ch <- outcome }, ch
}

func next(t *testing.T, ctx context.Context, ch <-chan string) string {
	t.Helper()
	select {
	case s := <-ch:
		return s
	case <-ctx.Done():
		t.Fatal("no outcome before the deadline")
		return ""
	}
}

func TestDeadLetters(t *testing.T) {
	for _, tc := range []struct {
		name      string
		err       error
		wantTries int
		outcomes  []string
	}{
		{"keeps failing", errors.New("the site is down"), 3, []string{queue.OutcomeRetry, queue.OutcomeRetry, queue.OutcomeDead}},
		{"cannot be mended", queue.Permanent(errors.New("not JSON")), 1, []string{queue.OutcomeDead}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := deadline(t)
			q, _ := connect(t, queue.Config{MaxDeliver: 3, Backoff: time.Millisecond})
			seq, err := q.PublishFetch(ctx, "https://poison.example/")
			if err != nil {
				t.Fatal(err)
			}
			var tries atomic.Int32
			obs, outcomes := settled()
			consume(t, q, queue.StageFetch, 1, func(ctx context.Context, it queue.Item) error {
				tries.Add(1)
				if it.Seq != seq {
					t.Errorf("got seq %d, want %d", it.Seq, seq)
				}
				return tc.err
			}, obs)
			for _, want := range tc.outcomes {
				if got := next(t, ctx, outcomes); got != want {
					t.Fatalf("outcome %q, want %q", got, want)
				}
			}
			// Taken off its queue: a wait for it ends.
			if err := q.Wait(ctx, []queue.Mark{{Stream: queue.StreamFetch, Seq: seq}}, nil); err != nil {
				t.Fatal(err)
			}
			if got := int(tries.Load()); got != tc.wantTries {
				t.Errorf("tried %d times, want %d", got, tc.wantTries)
			}
			st, err := q.Status(ctx)
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range st {
				want := uint64(0)
				if s.Stage == queue.StageFetch {
					want = 1
				}
				if s.Dead != want || s.Pending != 0 || s.InFlight != 0 {
					t.Errorf("status of %s = %+v, want %d dead and nothing queued", s.Stage, s, want)
				}
			}
			dead := deadLetter(t, ctx, q)
			if dead.Header.Get(queue.HeaderStage) != "fetch" || dead.Header.Get(queue.HeaderError) == "" ||
				string(dead.Data) != `{"url":"https://poison.example/"}` {
				t.Errorf("dead letter = %v %s", dead.Header, dead.Data)
			}
		})
	}
}

// deadLetter reads the first dead letter.
func deadLetter(t *testing.T, ctx context.Context, q *queue.Queue) *jetstream.RawStreamMsg {
	t.Helper()
	js := q.JetStream()
	s, err := js.Stream(ctx, queue.StreamDead)
	if err != nil {
		t.Fatal(err)
	}
	m, err := s.GetMsg(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestWorkerDiesMidItem: an item taken by a worker that never settles it
// (it died) goes to another worker after AckWait; one whose every worker
// dies goes to the dead letters after MaxDeliver deliveries.
func TestWorkerDiesMidItem(t *testing.T) {
	ctx := deadline(t)
	q, _ := connect(t, queue.Config{MaxDeliver: 2, AckWait: 300 * time.Millisecond, Backoff: time.Millisecond})
	if _, err := q.PublishFetch(ctx, "https://a.example/"); err != nil {
		t.Fatal(err)
	}
	// The dying worker: takes the item and never answers.
	takeAndDrop(t, ctx, q)
	obs, outcomes := settled()
	var deliveries atomic.Uint64
	consume(t, q, queue.StageFetch, 1, func(ctx context.Context, it queue.Item) error {
		deliveries.Store(it.Deliveries)
		return nil
	}, obs)
	if got := next(t, ctx, outcomes); got != queue.OutcomeOK {
		t.Fatalf("outcome %q", got)
	}
	if got := deliveries.Load(); got != 2 {
		t.Errorf("the survivor got delivery %d, want 2", got)
	}
}

func takeAndDrop(t *testing.T, ctx context.Context, q *queue.Queue) {
	t.Helper()
	c, err := q.JetStream().Consumer(ctx, queue.StreamFetch, string(queue.StageFetch))
	if err != nil {
		t.Fatal(err)
	}
	b, err := c.Fetch(1, jetstream.FetchMaxWait(10*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for range b.Messages() {
		n++
	}
	if n != 1 {
		t.Fatalf("took %d items, want 1", n)
	}
}

func TestEveryWorkerDies(t *testing.T) {
	ctx := deadline(t)
	q, _ := connect(t, queue.Config{MaxDeliver: 2, AckWait: 200 * time.Millisecond, Backoff: time.Millisecond})
	if _, err := q.PublishFetch(ctx, "https://b.example/"); err != nil {
		t.Fatal(err)
	}
	takeAndDrop(t, ctx, q)
	takeAndDrop(t, ctx, q)
	obs, outcomes := settled()
	consume(t, q, queue.StageFetch, 1, func(ctx context.Context, it queue.Item) error {
		t.Error("a third delivery was handled; want it dead-lettered")
		return nil
	}, obs)
	if got := next(t, ctx, outcomes); got != queue.OutcomeDead {
		t.Fatalf("outcome %q, want dead", got)
	}
}

// TestWaitEndsWhenDone: Wait returns once the items up to the mark are
// settled, not before.
func TestWaitEndsWhenDone(t *testing.T) {
	ctx := deadline(t)
	q, _ := connect(t, queue.Config{})
	var last uint64
	for _, u := range []string{"https://c.example/1", "https://c.example/2"} {
		var err error
		if last, err = q.PublishFetch(ctx, u); err != nil {
			t.Fatal(err)
		}
	}
	release := make(chan struct{})
	var handled atomic.Int32
	consume(t, q, queue.StageFetch, 2, func(ctx context.Context, it queue.Item) error {
		<-release
		handled.Add(1)
		return nil
	}, nil)
	waited := make(chan error, 1)
	go func() { waited <- q.Wait(ctx, []queue.Mark{{Stream: queue.StreamFetch, Seq: last}}, nil) }()
	close(release)
	if err := <-waited; err != nil {
		t.Fatal(err)
	}
	if handled.Load() != 2 {
		t.Errorf("Wait returned after %d of 2 items", handled.Load())
	}
}

// TestStatusBeforeAnyWorker: status on a server where no worker has set
// the consumers up says so.
func TestStatusBeforeAnyWorker(t *testing.T) {
	ctx := deadline(t)
	srv := queuetest.Start(t)
	q, err := queue.Connect(ctx, srv.URL(), t.Name(), queue.Config{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	for _, step := range []struct {
		setup func(context.Context) error
		want  string
	}{
		{func(context.Context) error { return nil }, "no queues on this NATS server yet"},
		{q.SetupStreams, "no worker has started"},
	} {
		if err := step.setup(ctx); err != nil {
			t.Fatal(err)
		}
		if _, err := q.Status(ctx); err == nil || !strings.Contains(err.Error(), step.want) {
			t.Errorf("Status: %v, want an error saying %q", err, step.want)
		}
	}
}
