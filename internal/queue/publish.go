package queue

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"sync/atomic"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/feed"
)

// publishTimeout bounds how long a publish keeps retrying while the
// server is away or a queue is full.
const publishTimeout = 5 * time.Minute

// attemptTimeout bounds how long one try of a publish waits for the
// server's acknowledgement before it tries again.
const attemptTimeout = 10 * time.Second

// publish publishes data on subject with a message id (for the server's
// de-duplication of retries), retrying with back-off while the server is
// unreachable or the stream is full, and returns the message's stream
// sequence.
func (q *Queue) publish(ctx context.Context, subject string, data []byte, id string, hdr nats.Header) (uint64, error) {
	ctx, cancel := context.WithTimeout(ctx, publishTimeout)
	defer cancel()
	wait := 100 * time.Millisecond
	for {
		msg := &nats.Msg{Subject: subject, Data: data, Header: hdr}
		// One try waits at most attemptTimeout for its acknowledgement: a
		// message sent while the connection was down is sent again on
		// reconnecting, but its acknowledgement may never come (the
		// server restarted), and the next try (the same message id: the
		// server stores it once) must not wait for the whole publish.
		actx, acancel := context.WithTimeout(ctx, attemptTimeout)
		ack, err := q.js.PublishMsg(actx, msg, jetstream.WithMsgID(id))
		acancel()
		if err == nil {
			return ack.Sequence, nil
		}
		if errors.Is(err, nats.ErrMaxPayload) {
			return 0, fmt.Errorf("publish on %s: %d bytes: %w", subject, len(data), err)
		}
		q.log.Warn("publish failed; trying again", "subject", subject, "err", err, "in", wait)
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return 0, fmt.Errorf("publish on %s: %w (last error: %v)", subject, context.Cause(ctx), err)
		case <-t.C:
		}
		wait = min(2*wait, 5*time.Second)
	}
}

// PublishFetch queues one URL to fetch and returns its sequence in the
// fetch stream.
func (q *Queue) PublishFetch(ctx context.Context, url string) (uint64, error) {
	data, err := json.Marshal(Fetch{URL: url})
	if err != nil {
		return 0, err
	}
	return q.publish(ctx, SubjectFetch, data, "fetch "+rand.Text(), nil)
}

// PublishItem queues one feed item to read and returns its sequence in
// the fetch stream. An item too large for one message is refused with an
// error wrapping feed.ErrSkipItem and ErrTooLarge.
func (q *Queue) PublishItem(ctx context.Context, j feed.ItemJob) (uint64, error) {
	// The page's URL at the top too: a worker of an earlier version, which
	// knows no items, fetches the page.
	data, err := json.Marshal(Fetch{URL: j.URL, Item: &j})
	if err != nil {
		return 0, err
	}
	if len(data) > MaxBatchBytes {
		return 0, fmt.Errorf("%s: %w: %w (%d bytes; at most %d)", j.Input(), feed.ErrSkipItem, ErrTooLarge, len(data), MaxBatchBytes)
	}
	// One id an item: a poll retried (its feed's state could not be
	// saved) within the server's de-duplication window queues it once.
	sum := sha256.Sum256([]byte(j.Key))
	return q.publish(ctx, SubjectFetch, data, fmt.Sprintf("item %d %x", j.FeedID, sum[:12]), nil)
}

// ItemQueue is a feed.ItemQueue that queues the items on Q, keeping the
// sequence of the last one and their count (see Last and Queued). It is
// safe for concurrent use (a Poller polls several feeds at once).
type ItemQueue struct {
	Q *Queue

	last, queued atomic.Uint64
}

// QueueItem queues one item.
func (iq *ItemQueue) QueueItem(ctx context.Context, j feed.ItemJob) error {
	seq, err := iq.Q.PublishItem(ctx, j)
	if err != nil {
		return err
	}
	for {
		old := iq.last.Load()
		if seq <= old || iq.last.CompareAndSwap(old, seq) {
			break
		}
	}
	iq.queued.Add(1)
	return nil
}

// Last is the sequence of the last item queued, 0 before one.
func (iq *ItemQueue) Last() uint64 { return iq.last.Load() }

// Queued counts the items queued.
func (iq *ItemQueue) Queued() uint64 { return iq.queued.Load() }

// PublishDerive asks for copy detection and stories to be brought up to
// date once the work up to the marks is done.
func (q *Queue) PublishDerive(ctx context.Context, after ...Mark) (uint64, error) {
	return q.publishCopies(ctx, Derive{After: after})
}

// publishCopies queues a copies request, under an id of its own.
func (q *Queue) publishCopies(ctx context.Context, m Derive) (uint64, error) {
	return q.publishDerive(ctx, SubjectCopies, "derive "+rand.Text(), m)
}

func (q *Queue) publishDerive(ctx context.Context, subject, id string, m Derive) (uint64, error) {
	data, err := json.Marshal(m)
	if err != nil {
		return 0, err
	}
	return q.publish(ctx, subject, data, id, nil)
}

// MaxBatchBytes bounds an articles message (NATS refuses more than its
// max_payload, 1 MiB by default).
const MaxBatchBytes = 512 << 10

// Batcher queues articles on the articles queue in groups of a given
// size, in the order they are added: the store stage stores each group in
// one transaction, as add stores its batches. A group larger than
// MaxBatchBytes goes as chunks on the chunks stream, with one message on
// the articles queue naming them. Its methods must not be called
// concurrently.
type Batcher struct {
	q      *Queue
	run    string
	group  int
	n      int // messages published
	arts   []json.RawMessage
	inputs []string
	size   int
	count  int      // articles in the group so far
	chunks []uint64 // the group's chunks published so far
	first  uint64
	last   uint64
	sent   int
	limit  int // MaxBatchBytes, but for tests
}

// NewBatcher returns a Batcher publishing on q in groups of group
// articles.
func (q *Queue) NewBatcher(group int) *Batcher {
	return &Batcher{q: q, run: rand.Text(), group: max(group, 1), limit: MaxBatchBytes}
}

// ErrTooLarge is an article too large for one queue message.
var ErrTooLarge = errors.New("article too large for one queue message")

// Add queues one article read from input; it publishes what is full.
func (b *Batcher) Add(ctx context.Context, a *article.Article, input string) error {
	data, err := json.Marshal(a)
	if err != nil {
		return fmt.Errorf("encode article from %s: %w", input, err)
	}
	need := len(data) + len(input) + 64
	if need > b.limit {
		return fmt.Errorf("%s: %w (%d bytes; at most %d)", input, ErrTooLarge, len(data), b.limit)
	}
	if b.size+need > b.limit {
		if err := b.publishChunk(ctx); err != nil {
			return err
		}
	}
	b.arts = append(b.arts, data)
	b.inputs = append(b.inputs, input)
	b.size += need
	b.count++
	if b.count >= b.group {
		return b.Flush(ctx)
	}
	return nil
}

func (b *Batcher) encode() ([]byte, error) {
	return json.Marshal(struct {
		Articles []json.RawMessage `json:"articles"`
		Inputs   []string          `json:"inputs"`
	}{b.arts, b.inputs})
}

// publishChunk publishes the articles held as a chunk of the group.
func (b *Batcher) publishChunk(ctx context.Context) error {
	data, err := b.encode()
	if err != nil {
		return err
	}
	b.n++
	seq, err := b.q.publish(ctx, subjectChunks, data, fmt.Sprintf("chunk %s %d", b.run, b.n), nil)
	if err != nil {
		return err
	}
	b.chunks = append(b.chunks, seq)
	b.arts, b.inputs, b.size = nil, nil, 0
	return nil
}

// Flush publishes the group so far: inline when it fits one message,
// else its last chunk and a message naming the chunks.
func (b *Batcher) Flush(ctx context.Context) error {
	if b.count == 0 {
		return nil
	}
	var data []byte
	var err error
	if len(b.chunks) == 0 {
		data, err = b.encode()
	} else {
		if len(b.arts) > 0 {
			if err := b.publishChunk(ctx); err != nil {
				return err
			}
		}
		data, err = json.Marshal(Articles{Articles: []*article.Article{}, Inputs: []string{}, Chunks: b.chunks})
	}
	if err != nil {
		return err
	}
	b.n++
	seq, err := b.q.publish(ctx, SubjectArticles, data, fmt.Sprintf("add %s %d", b.run, b.n), nil)
	if err != nil {
		return err
	}
	if b.first == 0 {
		b.first = seq
	}
	b.last = seq
	b.sent += b.count
	b.arts, b.inputs, b.size, b.count, b.chunks = nil, nil, 0, 0, nil
	return nil
}

// First is the stream sequence of the first group published, 0 before one.
func (b *Batcher) First() uint64 { return b.first }

// Last is the stream sequence of the last group published, 0 before one.
func (b *Batcher) Last() uint64 { return b.last }

// Sent counts the articles published.
func (b *Batcher) Sent() int { return b.sent }

// Messages counts the messages published.
func (b *Batcher) Messages() int { return b.n }

// Gather returns an articles message with its chunks' articles in it, in
// order. A chunk that is gone (older than the chunks stream keeps them) is
// a Permanent error.
func (q *Queue) Gather(ctx context.Context, m Articles) (Articles, error) {
	if len(m.Chunks) == 0 {
		return m, nil
	}
	s, err := q.js.Stream(ctx, StreamChunks)
	if err != nil {
		return m, fmt.Errorf("stream %s: %w", StreamChunks, err)
	}
	out := Articles{Articles: m.Articles, Inputs: m.Inputs}
	for _, seq := range m.Chunks {
		raw, err := s.GetMsg(ctx, seq)
		if errors.Is(err, jetstream.ErrMsgNotFound) {
			return m, Permanent(fmt.Errorf("chunk %d of an article group is gone: %w", seq, err))
		}
		if err != nil {
			return m, fmt.Errorf("read chunk %d: %w", seq, err)
		}
		c, err := DecodeArticles(raw.Data)
		if err != nil {
			return m, Permanent(fmt.Errorf("chunk %d: %w", seq, err))
		}
		out.Articles = append(out.Articles, c.Articles...)
		out.Inputs = append(out.Inputs, c.Inputs...)
	}
	return out, nil
}

// PublishArticles queues one batch of articles under a message id (a
// redelivered producer passes the same id, and the server keeps one
// copy) and returns its sequence.
func (q *Queue) PublishArticles(ctx context.Context, m Articles, id string) (uint64, error) {
	data, err := json.Marshal(m)
	if err != nil {
		return 0, err
	}
	return q.publish(ctx, SubjectArticles, data, id, nil)
}

// PublishStories asks for stories once the copies request copiesSeq is
// done; every try for one copies request publishes one message.
func (q *Queue) PublishStories(ctx context.Context, copiesSeq uint64) (uint64, error) {
	return q.publishDerive(ctx, SubjectStories, storiesID(copiesSeq), Derive{})
}

// storiesID is the message id of the stories request that follows the
// copies request copiesSeq.
func storiesID(copiesSeq uint64) string { return fmt.Sprintf("stories after %d", copiesSeq) }
