// Package copyshard keeps the copy index of copy detection on shards, so
// that its lookups and writes are spread over several databases and
// processes (docs/scale.md, "Copy detection sharded by key space").
//
// Shard s of N owns the keys k with hi64(mix64(k) × N) = s (Owner). A
// shard is an Index in its own database, (key, check seq) rows, served by
// one or more Servers: they answer lookups by NATS request/reply and apply
// the Records a Merger publishes on the JetStream stream StreamRecords.
//
// The Merger is the copy index of one tenure of the copies lease
// (copies.Index): for each batch it asks every shard at once for the
// holders of the batch's keys, as of every check the store has saved, and
// publishes the keys to record before the checks are saved. A shard
// applies a record once the store has the record's checks, and drops it
// when a later tenure of the lease has begun without them (their merger
// died before saving them): a shard never holds keys of a check that was
// not saved, and a record is durable before its checks are saved, so a
// crash anywhere loses nothing.
package copyshard

import (
	"fmt"
	"math/bits"
	"strconv"
	"strings"
)

// Spec names one shard: Index of Count.
type Spec struct {
	Index, Count int
}

// MaxShards bounds the number of shards.
const MaxShards = 1024

// ParseSpec reads a shard as "s/N": shard s (from 0) of N.
func ParseSpec(text string) (Spec, error) {
	a, b, ok := strings.Cut(strings.TrimSpace(text), "/")
	if !ok {
		return Spec{}, fmt.Errorf("shard %q: want s/N, e.g. 0/2", text)
	}
	s, err1 := strconv.Atoi(a)
	n, err2 := strconv.Atoi(b)
	if err1 != nil || err2 != nil {
		return Spec{}, fmt.Errorf("shard %q: want two whole numbers s/N, e.g. 0/2", text)
	}
	sp := Spec{Index: s, Count: n}
	return sp, sp.Validate()
}

// Validate checks that the shard is one of 1 to MaxShards.
func (s Spec) Validate() error {
	if s.Count < 1 || s.Count > MaxShards {
		return fmt.Errorf("shard %s: the number of shards must be 1 to %d", s, MaxShards)
	}
	if s.Index < 0 || s.Index >= s.Count {
		return fmt.Errorf("shard %s: the shard must be 0 to %d", s, s.Count-1)
	}
	return nil
}

// String writes the shard as s/N.
func (s Spec) String() string { return fmt.Sprintf("%d/%d", s.Index, s.Count) }

// Owner returns the shard, of n, that owns key: multiply-shift over the
// re-mixed key. (A key's top two bits are its kind, so the raw key's
// ranges would put every text hash on one shard.)
func Owner(key uint64, n int) int {
	hi, _ := bits.Mul64(mix64(key), uint64(n))
	return int(hi)
}

// mix64 is SplitMix64's finaliser: every bit of the key affects every bit
// of the result.
func mix64(z uint64) uint64 {
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}
