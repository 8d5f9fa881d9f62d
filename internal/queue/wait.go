package queue

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

// Wait returns once the work queued up to each mark is done (acknowledged
// or dead-lettered), taking the marks in order: the work on the mark's
// Subject only, when it names one. A mark with Seq 0 stands
// for its stream's last message once the marks before it are passed.
// waiting, when set, is told now and then how many items are left in the
// stream being waited on.
func (q *Queue) Wait(ctx context.Context, marks []Mark, waiting func(stream string, left uint64)) error {
	for _, mk := range marks {
		s, err := q.js.Stream(ctx, mk.Stream)
		if err != nil {
			return fmt.Errorf("wait for %s: %w", mk.Stream, err)
		}
		seq := mk.Seq
		poll := 20 * time.Millisecond
		told := time.Time{}
		for {
			info, err := s.Info(ctx)
			if err != nil {
				if ctx.Err() != nil {
					return fmt.Errorf("wait for %s: %w", mk.Stream, context.Cause(ctx))
				}
				q.log.Debug("stream info failed; trying again", "stream", mk.Stream, "err", err)
			} else {
				if seq == 0 {
					seq = info.State.LastSeq
				}
				done := info.State.Msgs == 0 || info.State.FirstSeq > seq
				if !done && mk.Subject != "" {
					first, _, err := firstOn(ctx, s, mk.Subject)
					if err != nil {
						q.log.Debug("stream lookup failed; trying again", "stream", mk.Stream, "subject", mk.Subject, "err", err)
					}
					done = err == nil && (first == 0 || first > seq)
				}
				if done {
					break
				}
				if waiting != nil && time.Since(told) > 5*time.Second {
					waiting(mk.Stream, info.State.Msgs)
					told = time.Now()
				}
			}
			t := time.NewTimer(poll)
			select {
			case <-ctx.Done():
				t.Stop()
				return fmt.Errorf("wait for %s up to %d: %w", mk.Stream, seq, context.Cause(ctx))
			case <-t.C:
			}
			poll = min(2*poll, time.Second)
		}
	}
	return nil
}

// firstOn returns the sequence of the first message still in s on
// subject and when it was published; 0 and the zero time when there is none.
func firstOn(ctx context.Context, s jetstream.Stream, subject string) (uint64, time.Time, error) {
	m, err := s.GetMsg(ctx, 1, jetstream.WithGetMsgSubject(subject))
	if errors.Is(err, jetstream.ErrMsgNotFound) {
		return 0, time.Time{}, nil
	}
	if err != nil {
		return 0, time.Time{}, err
	}
	return m.Sequence, m.Time, nil
}

// Last returns the sequence of a stream's last message.
func (q *Queue) Last(ctx context.Context, stream string) (uint64, error) {
	s, err := q.js.Stream(ctx, stream)
	if err != nil {
		return 0, fmt.Errorf("stream %s: %w", stream, err)
	}
	info, err := s.Info(ctx)
	if err != nil {
		return 0, fmt.Errorf("stream %s: %w", stream, err)
	}
	return info.State.LastSeq, nil
}
