package queue

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

// StageStatus is where one stage's queue stands.
type StageStatus struct {
	Stage  Stage  `json:"stage"`
	Stream string `json:"stream"`
	// Pending counts items not yet handed to a worker; InFlight those
	// handed out and not yet settled; Redelivered those in flight that
	// were handed out before; Dead those in the dead-letter stream.
	Pending     uint64 `json:"pending"`
	InFlight    int    `json:"in_flight"`
	Redelivered int    `json:"redelivered"`
	Dead        uint64 `json:"dead_lettered"`
	// Workers counts the pull requests waiting for items: idle workers.
	Waiting int `json:"waiting"`
	// Oldest is when the oldest item still queued was published (zero
	// when none is): the queue's lag.
	Oldest time.Time `json:"oldest,omitzero"`
}

// Status says where every stage's queue stands.
func (q *Queue) Status(ctx context.Context) ([]StageStatus, error) {
	dead := map[string]uint64{}
	ds, err := q.js.Stream(ctx, StreamDead)
	if errors.Is(err, jetstream.ErrStreamNotFound) {
		return nil, fmt.Errorf("no queues on this NATS server yet: a worker or a command given --nats sets them up (%w)", err)
	}
	if err != nil {
		return nil, fmt.Errorf("stream %s: %w", StreamDead, err)
	}
	di, err := ds.Info(ctx, jetstream.WithSubjectFilter(subjectDead+">"))
	if err != nil {
		return nil, fmt.Errorf("stream %s: %w", StreamDead, err)
	}
	// A dead letter's subject is parallax.dead.STAGE.SEQ (parallax.dead.STAGE
	// before the sequence was added).
	for subj, n := range di.State.Subjects {
		stage, _, _ := strings.Cut(strings.TrimPrefix(subj, subjectDead), ".")
		dead[stage] += n
	}
	var out []StageStatus
	for _, s := range Stages {
		d := q.cfg.def(s)
		c, err := q.js.Consumer(ctx, d.stream, string(s))
		if errors.Is(err, jetstream.ErrConsumerNotFound) {
			return nil, fmt.Errorf("no consumer for the %s stage yet: no worker has started on this NATS server (%w)", s, err)
		}
		if err != nil {
			return nil, fmt.Errorf("consumer %s: %w", s, err)
		}
		ci, err := c.Info(ctx)
		if err != nil {
			return nil, fmt.Errorf("consumer %s: %w", s, err)
		}
		st := StageStatus{Stage: s, Stream: d.stream, Pending: ci.NumPending, InFlight: ci.NumAckPending,
			Redelivered: ci.NumRedelivered, Dead: dead[string(s)], Waiting: ci.NumWaiting}
		if ci.NumPending+uint64(ci.NumAckPending) > 0 {
			st.Oldest = q.oldest(ctx, d.stream, d.subject)
		}
		out = append(out, st)
	}
	return out, nil
}

// oldest returns when the first message still on subject was published,
// zero when it cannot tell.
func (q *Queue) oldest(ctx context.Context, stream, subject string) time.Time {
	s, err := q.js.Stream(ctx, stream)
	if err != nil {
		return time.Time{}
	}
	_, at, _ := firstOn(ctx, s, subject)
	return at
}

// DeadLetter is an item moved to the dead-letter stream.
type DeadLetter struct {
	Stage Stage  `json:"stage"`
	Seq   uint64 `json:"seq"`
	Error string `json:"error"`
}

// DeadLetters returns the dead letters of the stage's items with stream
// sequences from from to to (both included; to 0 for no bound), in order.
func (q *Queue) DeadLetters(ctx context.Context, stage Stage, from, to uint64) ([]DeadLetter, error) {
	ds, err := q.js.Stream(ctx, StreamDead)
	if err != nil {
		return nil, fmt.Errorf("stream %s: %w", StreamDead, err)
	}
	prefix := subjectDead + string(stage) + "."
	di, err := ds.Info(ctx, jetstream.WithSubjectFilter(prefix+">"))
	if err != nil {
		return nil, fmt.Errorf("stream %s: %w", StreamDead, err)
	}
	var seqs []uint64
	for subj := range di.State.Subjects {
		seq, err := strconv.ParseUint(strings.TrimPrefix(subj, prefix), 10, 64)
		if err == nil && seq >= from && (to == 0 || seq <= to) {
			seqs = append(seqs, seq)
		}
	}
	slices.Sort(seqs)
	var out []DeadLetter
	for _, seq := range seqs {
		m, err := q.deadLetter(ctx, stage, seq)
		if err != nil {
			return nil, err
		}
		if m != nil {
			out = append(out, DeadLetter{Stage: stage, Seq: seq, Error: m.Header.Get(HeaderError)})
		}
	}
	return out, nil
}
