package copyshard

import (
	"context"
	"fmt"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

// SetupStream creates the stream of records, or updates it: a work
// queue (a record is gone once its shard has settled it), on disk.
func SetupStream(ctx context.Context, js jetstream.JetStream, replicas int) (jetstream.Stream, error) {
	st, err := js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name: StreamRecords, Subjects: []string{subjectRecord + ">"},
		Description: "parallax copy index records, one subject a shard",
		Retention:   jetstream.WorkQueuePolicy, Storage: jetstream.FileStorage,
		Discard: jetstream.DiscardNew, MaxBytes: 4 << 30,
		Duplicates: 2 * time.Minute, Replicas: max(replicas, 1), Compression: jetstream.S2Compression,
	})
	if err != nil {
		return nil, fmt.Errorf("set up stream %s: %w", StreamRecords, err)
	}
	return st, nil
}

// setupConsumer creates the durable consumer of a shard's records: one
// record in flight at a time, so that a shard applies them in order.
func setupConsumer(ctx context.Context, st jetstream.Stream, shard Spec, ackWait time.Duration) (jetstream.Consumer, error) {
	c, err := st.CreateOrUpdateConsumer(ctx, jetstream.ConsumerConfig{
		Durable: consumerName(shard), Description: "parallax copy shard " + shard.String(),
		FilterSubject: recordSubject(shard), AckPolicy: jetstream.AckExplicitPolicy,
		AckWait: ackWait, MaxAckPending: 1, MaxDeliver: -1, DeliverPolicy: jetstream.DeliverAllPolicy,
	})
	if err != nil {
		return nil, fmt.Errorf("set up consumer %s: %w", consumerName(shard), err)
	}
	return c, nil
}
