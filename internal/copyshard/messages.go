package copyshard

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
)

// The stream of records and the subjects.
const (
	// StreamRecords is the JetStream work stream of records, one subject
	// a shard.
	StreamRecords = "PARALLAX_COPYSHARD"
	subjectRecord = "parallax.copyshard.record."
	subjectLookup = "parallax.copyshard.lookup."
	// lookupGroup is the queue group of a shard's servers: any one answers.
	lookupGroup = "copyshard"
)

// recordSubject is where shard's records go (the shard count is in it, so
// that shards of another count never see them).
func recordSubject(s Spec) string {
	return fmt.Sprintf("%s%d.%d", subjectRecord, s.Count, s.Index)
}

// lookupSubject is where shard's lookups go.
func lookupSubject(s Spec) string { return fmt.Sprintf("%s%d.%d", subjectLookup, s.Count, s.Index) }

// consumerName is the durable consumer of shard's records.
func consumerName(s Spec) string { return fmt.Sprintf("copyshard-%d-%d", s.Count, s.Index) }

// CheckRef names a check by what the merger knows of it before it is
// saved: the article and the text checked.
type CheckRef struct {
	ID   string `json:"id"`
	Hash string `json:"hash"`
}

// RecordCheck is one check's keys that a shard owns.
type RecordCheck struct {
	CheckRef
	// Keys are little-endian uint64s.
	Keys []byte `json:"keys"`
}

// Record is one part of what one batch gives one shard to record.
type Record struct {
	// Token is the fencing token of the merger's tenure of the copies
	// lease; Batch counts its batches, from 0; Part is this part of Parts.
	Token int64 `json:"token"`
	Batch int   `json:"batch"`
	Part  int   `json:"part"`
	Parts int   `json:"parts"`
	// Through is the last check the store had saved before the batch: the
	// batch's checks, once saved, come after it.
	Through int64 `json:"through"`
	// Last is the batch's last check: once the store has it, it has all
	// of them (a batch is saved in one transaction).
	Last   CheckRef      `json:"last"`
	Checks []RecordCheck `json:"checks,omitempty"`
	// Dead are the checks the batch replaces (earlier revisions of its
	// articles): in part 0.
	Dead []int64 `json:"dead,omitempty"`
}

// encodeKeys writes keys as little-endian uint64s.
func encodeKeys(keys []uint64) []byte {
	b := make([]byte, 0, 8*len(keys))
	for _, k := range keys {
		b = binary.LittleEndian.AppendUint64(b, k)
	}
	return b
}

// decodeKeys reads encodeKeys.
func decodeKeys(b []byte) ([]uint64, error) {
	if len(b)%8 != 0 {
		return nil, fmt.Errorf("%d bytes of keys is not a whole number of keys", len(b))
	}
	out := make([]uint64, len(b)/8)
	for i := range out {
		out[i] = binary.LittleEndian.Uint64(b[8*i:])
	}
	return out, nil
}

// decodeRecord reads a record message and checks it.
func decodeRecord(data []byte) (Record, error) {
	var r Record
	if err := json.Unmarshal(data, &r); err != nil {
		return r, fmt.Errorf("copy shard record: %w", err)
	}
	switch {
	case r.Token <= 0:
		return r, errors.New("copy shard record: no lease token")
	case r.Last.ID == "" || r.Last.Hash == "":
		return r, errors.New("copy shard record: no last check")
	case r.Through < 0 || r.Part < 0 || r.Part >= r.Parts:
		return r, fmt.Errorf("copy shard record: part %d of %d after check %d is out of range", r.Part, r.Parts, r.Through)
	}
	for _, c := range r.Checks {
		if c.ID == "" || c.Hash == "" || len(c.Keys)%8 != 0 {
			return r, fmt.Errorf("copy shard record: a check of %q is malformed", c.ID)
		}
	}
	return r, nil
}

// lookupRequest asks a shard for the holders of keys.
type lookupRequest struct {
	// Settled is the last record (stream sequence) the shard must have
	// settled (applied or dropped) before it answers; Through the last
	// check the store has saved, which the shard must have applied.
	Settled uint64 `json:"settled"`
	Through int64  `json:"through"`
	// Limit: holders are counted up to Limit+1.
	Limit int `json:"limit"`
	// Keys are little-endian uint64s; Common, one uvarint a key, how many
	// holders to return of a key that has more than Limit (all are
	// returned of the others).
	Keys   []byte `json:"keys"`
	Common []byte `json:"common"`
}

// lookupReply answers a lookupRequest.
type lookupReply struct {
	// Behind says the shard has not settled the records asked for yet.
	Behind bool `json:"behind,omitempty"`
	// TooBig says the answer would not fit in a message: ask for fewer
	// keys.
	TooBig bool `json:"too_big,omitempty"`
	// Error is why the shard could not answer.
	Error   string `json:"error,omitempty"`
	Applied int64  `json:"applied"`
	Settled uint64 `json:"settled"`
	// Holders: for each key, uvarint n (counted up to Limit+1), uvarint m,
	// then m check seqs, the first in check order, as uvarint deltas.
	Holders []byte `json:"holders,omitempty"`
}

// encodeHolders writes lookupReply.Holders.
func encodeHolders(seqs [][]int64, limit int, common []int) []byte {
	var b []byte
	for i, l := range seqs {
		n := min(len(l), limit+1)
		m := n
		if n > limit {
			m = min(n, common[i])
		}
		b = binary.AppendUvarint(b, uint64(n))
		b = binary.AppendUvarint(b, uint64(m))
		prev := int64(0)
		for _, s := range l[:m] {
			b = binary.AppendUvarint(b, uint64(s-prev))
			prev = s
		}
	}
	return b
}

// decodeHolders reads encodeHolders for want keys.
func decodeHolders(b []byte, want int) ([]int, [][]int64, error) {
	ns := make([]int, want)
	seqs := make([][]int64, want)
	next := func() (uint64, error) {
		v, k := binary.Uvarint(b)
		if k <= 0 {
			return 0, errors.New("holders cut short")
		}
		b = b[k:]
		return v, nil
	}
	for i := range want {
		n, err := next()
		if err != nil {
			return nil, nil, err
		}
		m, err := next()
		if err != nil {
			return nil, nil, err
		}
		if m > n || m > uint64(len(b)) {
			return nil, nil, fmt.Errorf("holders: %d of %d seqs", m, n)
		}
		ns[i] = int(n)
		l := make([]int64, m)
		prev := int64(0)
		for j := range l {
			d, err := next()
			if err != nil {
				return nil, nil, err
			}
			prev += int64(d)
			l[j] = prev
		}
		seqs[i] = l
	}
	if len(b) != 0 {
		return nil, nil, fmt.Errorf("holders: %d bytes left over", len(b))
	}
	return ns, seqs, nil
}

// encodeUvarints writes numbers as uvarints.
func encodeUvarints(ns []int) []byte {
	var b []byte
	for _, n := range ns {
		b = binary.AppendUvarint(b, uint64(n))
	}
	return b
}

// decodeUvarints reads want numbers written by encodeUvarints.
func decodeUvarints(b []byte, want int) ([]int, error) {
	out := make([]int, want)
	for i := range out {
		v, k := binary.Uvarint(b)
		if k <= 0 || v > 1<<20 {
			return nil, errors.New("numbers cut short or out of range")
		}
		out[i] = int(v)
		b = b[k:]
	}
	if len(b) != 0 {
		return nil, fmt.Errorf("%d bytes left over after %d numbers", len(b), want)
	}
	return out, nil
}
