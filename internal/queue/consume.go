package queue

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Item is one message taken from a queue.
type Item struct {
	Stage Stage
	Data  []byte
	// Seq is the message's sequence in its stream; Deliveries counts its
	// deliveries, this one included.
	Seq, Deliveries uint64
	// Last says this is the last delivery: an error now sends the item to
	// the dead letters instead of a retry.
	Last bool
	// Queued is when the message was published.
	Queued time.Time
}

// Handler does one item's work. It must be idempotent: an item may come
// again after its work was done (a worker died before acknowledging it).
// An error is retried after a back-off, up to MaxDeliver deliveries; then
// the item goes to the dead-letter stream. An error wrapped by Permanent
// goes there at once.
type Handler func(ctx context.Context, it Item) error

// permanentError marks an error that no retry can mend.
type permanentError struct{ error }

func (e permanentError) Unwrap() error { return e.error }

// Permanent marks err as one that retrying will not mend (an item that
// cannot be decoded): its item goes to the dead letters at once.
func Permanent(err error) error { return permanentError{err} }

// Outcomes of handling an item, for Observer.
const (
	OutcomeOK    = "ok"
	OutcomeRetry = "retry"
	OutcomeDead  = "dead"
)

// Observer is told how each item ended and how long its handling took.
type Observer func(stage Stage, outcome string, took time.Duration, it Item, err error)

// Consume takes items of stage with n goroutines and runs h on each, until
// ctx ends. It rides out the server being away: it waits and tries again.
func (q *Queue) Consume(ctx context.Context, stage Stage, n int, h Handler, obs Observer) {
	if obs == nil {
		obs = func(Stage, string, time.Duration, Item, error) {}
	}
	var wg sync.WaitGroup
	for range max(n, 1) {
		wg.Go(func() { q.consume(ctx, stage, h, obs) })
	}
	wg.Wait()
}

func (q *Queue) consume(ctx context.Context, stage Stage, h Handler, obs Observer) {
	d := q.cfg.def(stage)
	var cons jetstream.Consumer
	wait := 100 * time.Millisecond
	pause := func() {
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
		case <-t.C:
		}
		t.Stop()
		wait = min(2*wait, 5*time.Second)
	}
	for ctx.Err() == nil {
		if cons == nil {
			c, err := q.js.Consumer(ctx, d.stream, string(stage))
			if err != nil {
				if ctx.Err() == nil {
					q.log.Debug("consumer not reachable; waiting", "stage", stage, "err", err)
				}
				pause()
				continue
			}
			cons = c
		}
		fctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		batch, err := cons.Fetch(1, jetstream.FetchContext(fctx))
		if err != nil {
			cancel()
			if ctx.Err() == nil {
				q.log.Debug("fetch from queue failed; waiting", "stage", stage, "err", err)
				if errors.Is(err, jetstream.ErrConsumerNotFound) {
					cons = nil
				}
			}
			pause()
			continue
		}
		got := false
		for msg := range batch.Messages() {
			got = true
			q.handle(ctx, stage, msg, h, obs)
		}
		cancel()
		if berr := batch.Error(); berr != nil && !got && ctx.Err() == nil &&
			!errors.Is(berr, context.DeadlineExceeded) && !errors.Is(berr, nats.ErrTimeout) {
			q.log.Debug("fetch from queue failed; waiting", "stage", stage, "err", berr)
			if errors.Is(berr, jetstream.ErrConsumerNotFound) || errors.Is(berr, jetstream.ErrConsumerDeleted) {
				cons = nil
			}
			pause()
			continue
		}
		wait = 100 * time.Millisecond
	}
}

// handle runs h on one message and settles it: ack, retry later, or dead
// letters.
func (q *Queue) handle(ctx context.Context, stage Stage, msg jetstream.Msg, h Handler, obs Observer) {
	md, err := msg.Metadata()
	if err != nil {
		q.log.Error("message without metadata; leaving it", "stage", stage, "err", err)
		return
	}
	it := Item{Stage: stage, Data: msg.Data(), Seq: md.Sequence.Stream, Deliveries: md.NumDelivered, Queued: md.Timestamp,
		Last: md.NumDelivered >= uint64(q.cfg.MaxDeliver)}
	if md.NumDelivered > uint64(q.cfg.MaxDeliver) {
		err := fmt.Errorf("delivered %d times without an outcome (the worker stopped or timed out each time)", md.NumDelivered-1)
		q.bury(ctx, stage, msg, it, err, 0, obs)
		return
	}
	start := time.Now()
	stop := q.keepAlive(msg)
	err = h(ctx, it)
	stop()
	took := time.Since(start)
	switch {
	case err == nil:
		// The server confirms the ack before the outcome is observed, so
		// that a job's state read after it (JobState) counts the item.
		if aerr := msg.DoubleAck(ctx); aerr != nil {
			q.log.Warn("ack failed; the item will come again", "stage", stage, "seq", it.Seq, "err", aerr)
		}
		obs(stage, OutcomeOK, took, it, nil)
	case ctx.Err() != nil:
		_ = msg.Nak() // stopping: let another worker have it now
	case errors.As(err, new(permanentError)) || it.Last:
		q.bury(ctx, stage, msg, it, err, took, obs)
	default:
		delay := q.cfg.backoff(md.NumDelivered)
		q.log.Warn("item failed; retrying later", "stage", stage, "seq", it.Seq, "delivery", md.NumDelivered, "in", delay, "err", err)
		_ = msg.NakWithDelay(delay)
		obs(stage, OutcomeRetry, took, it, err)
	}
}

// bury copies a failed item to the dead-letter stream, with why, and takes
// it off its queue. When the copy cannot be made the item is retried.
func (q *Queue) bury(ctx context.Context, stage Stage, msg jetstream.Msg, it Item, cause error, took time.Duration, obs Observer) {
	hdr := nats.Header{}
	hdr.Set(HeaderStage, string(stage))
	hdr.Set(HeaderSeq, strconv.FormatUint(it.Seq, 10))
	hdr.Set(HeaderDeliveries, strconv.FormatUint(it.Deliveries, 10))
	hdr.Set(HeaderError, cause.Error())
	id := fmt.Sprintf("dead %s %d", stage, it.Seq)
	pctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
	defer cancel()
	if _, err := q.publish(pctx, deadSubject(stage, it.Seq), it.Data, id, hdr); err != nil {
		q.log.Error("could not dead-letter an item; retrying it", "stage", stage, "seq", it.Seq, "err", err)
		_ = msg.NakWithDelay(q.cfg.backoff(it.Deliveries))
		obs(stage, OutcomeRetry, took, it, cause)
		return
	}
	if err := msg.Term(); err != nil {
		q.log.Warn("could not take a dead-lettered item off its queue", "stage", stage, "seq", it.Seq, "err", err)
	}
	q.log.Error("item dead-lettered", "stage", stage, "seq", it.Seq, "deliveries", it.Deliveries, "err", cause)
	obs(stage, OutcomeDead, took, it, cause)
}

// deadSubject is the subject of the dead letter of a stage's item: one
// subject an item, so that the fate of one item can be looked up.
func deadSubject(stage Stage, seq uint64) string {
	return subjectDead + string(stage) + "." + strconv.FormatUint(seq, 10)
}

// The headers of a dead letter.
const (
	HeaderStage      = "Parallax-Stage"
	HeaderSeq        = "Parallax-Seq"
	HeaderDeliveries = "Parallax-Deliveries"
	HeaderError      = "Parallax-Error"
)

// keepAlive tells the server the item is still being worked on, every
// third of AckWait, until the returned stop is called.
func (q *Queue) keepAlive(msg jetstream.Msg) (stop func()) {
	return KeepAlive(msg, q.cfg.AckWait/3)
}

// KeepAlive tells the server that msg is still being worked on, every
// interval, until the returned stop is called; stop returns once the
// reminders have ended.
func KeepAlive(msg jetstream.Msg, every time.Duration) (stop func()) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				_ = msg.InProgress()
			}
		}
	})
	return func() { close(done); wg.Wait() }
}
