package copyshard

import (
	"cmp"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"

	"github.com/parallax-news/parallax/internal/store"
)

// Marks are how far a shard has got.
type Marks struct {
	// Applied is the last check whose keys the shard has recorded (the
	// last of the last batch applied): it holds every saved check's keys
	// up to it, and none after.
	Applied int64
	// Settled is the last record (its stream sequence) applied or
	// dropped.
	Settled uint64
}

// Posting is one (key, check) row of a shard.
type Posting struct {
	Key uint64
	Seq int64
}

// Apply is what applying one record does to a shard, in one transaction.
type Apply struct {
	// Postings are added (those already there are left alone), at most
	// store.MaxCopyPostings a key: the first.
	Postings []Posting
	// Dead are checks replaced since: lookups skip their postings.
	Dead []int64
	// Applied and Settled raise the marks (a lower value leaves a mark as
	// it is).
	Applied int64
	Settled uint64
	// Group names the batch the record is a part of; Hold keeps its
	// postings and dead checks aside (and raises only Settled), to be
	// applied with those of the group's last part, an Apply of the same
	// Group without Hold: one transaction writes a batch, however many
	// parts it came in.
	Group string
	Hold  bool
}

// encodeHeld writes postings and dead checks held aside.
func encodeHeld(ps []Posting, dead []int64) []byte {
	b := make([]byte, 0, 16*len(ps)+8*len(dead)+binary.MaxVarintLen64)
	b = binary.AppendUvarint(b, uint64(len(ps)))
	for _, p := range ps {
		b = binary.LittleEndian.AppendUint64(b, p.Key)
		b = binary.LittleEndian.AppendUint64(b, uint64(p.Seq))
	}
	for _, d := range dead {
		b = binary.LittleEndian.AppendUint64(b, uint64(d))
	}
	return b
}

// decodeHeld reads encodeHeld.
func decodeHeld(b []byte) ([]Posting, []int64, error) {
	n, k := binary.Uvarint(b)
	if k <= 0 || n > uint64(len(b))/16 {
		return nil, nil, errors.New("held postings: bad count")
	}
	b = b[k:]
	ps := make([]Posting, n)
	for i := range ps {
		ps[i] = Posting{Key: binary.LittleEndian.Uint64(b), Seq: int64(binary.LittleEndian.Uint64(b[8:]))}
		b = b[16:]
	}
	if len(b)%8 != 0 {
		return nil, nil, errors.New("held dead checks: cut short")
	}
	dead := make([]int64, len(b)/8)
	for i := range dead {
		dead[i] = int64(binary.LittleEndian.Uint64(b[8*i:]))
	}
	return ps, dead, nil
}

// Index is one shard's part of the copy index, in its own database.
type Index interface {
	// Marks returns the shard's marks.
	Marks(ctx context.Context) (Marks, error)
	// Lookup returns, for each of keys, the first limit+1 live checks
	// that have it, in check order, and the marks, read in one snapshot.
	Lookup(ctx context.Context, keys []uint64, limit int) (Marks, [][]int64, error)
	// Apply applies a record, in one transaction; applying it again
	// changes nothing.
	Apply(ctx context.Context, a Apply) error
	// Close closes the database.
	Close() error
}

// dsnParser reads shard database addresses with the store's grammar: a
// file path or sqlite:PATH, postgres://… or postgresql://….
var dsnParser = store.NewRegistry(store.Backend{Scheme: "sqlite", Paths: true},
	store.Backend{Scheme: "postgres", Aliases: []string{"postgresql"}})

// OpenIndex opens (creating when there is none) the index of shard at
// the address dsn: an SQLite file or a PostgreSQL database, whose tables
// are named copyshard_*. An index made for another shard is refused.
func OpenIndex(ctx context.Context, dsn string, shard Spec) (Index, error) {
	if err := shard.Validate(); err != nil {
		return nil, err
	}
	loc, err := dsnParser.Parse(dsn)
	if err != nil {
		return nil, fmt.Errorf("shard database: %w", err)
	}
	switch loc.Scheme {
	case "postgres":
		return openPostgres(ctx, loc, shard)
	default:
		return openSQLite(ctx, loc.Address, shard)
	}
}

// capPostings keeps, of ps (sorted by key then seq), at most
// store.MaxCopyPostings a key counting the have[key] there already.
func capPostings(ps []Posting, have map[uint64]int) []Posting {
	out := ps[:0:0]
	for i, p := range ps {
		if i > 0 && ps[i-1] == p {
			continue
		}
		if have[p.Key] < store.MaxCopyPostings {
			out = append(out, p)
			have[p.Key]++
		}
	}
	return out
}

// sortPostings sorts postings by key then seq, as the tables keep them.
func sortPostings(ps []Posting) {
	slices.SortFunc(ps, func(a, b Posting) int {
		if c := cmp.Compare(a.Key, b.Key); c != 0 {
			return c
		}
		return cmp.Compare(a.Seq, b.Seq)
	})
}

// distinctKeys returns the keys of sorted postings, once each.
func distinctKeys(ps []Posting) []uint64 {
	var out []uint64
	for i, p := range ps {
		if i == 0 || ps[i-1].Key != p.Key {
			out = append(out, p.Key)
		}
	}
	return out
}

// checkSpec compares the shard an index was made for with the one asked
// for.
func checkSpec(stored, want Spec, where string) error {
	if stored != want {
		return fmt.Errorf("shard database %s holds shard %s, not %s", where, stored, want)
	}
	return nil
}
