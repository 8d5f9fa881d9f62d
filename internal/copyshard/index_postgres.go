package copyshard

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/parallax-news/parallax/internal/store"
)

// maxPostings is store.MaxCopyPostings.
const maxPostings = store.MaxCopyPostings

// pgIndex is a shard in a PostgreSQL database.
type pgIndex struct {
	pool  *pgxpool.Pool
	where string
}

const pgSchema = `
CREATE TABLE IF NOT EXISTS copyshard_meta (
	id      int PRIMARY KEY CHECK (id = 1),
	shard   int NOT NULL,
	shards  int NOT NULL,
	applied bigint NOT NULL DEFAULT 0,
	settled bigint NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS copyshard_postings (
	key bigint NOT NULL, -- the key's signed bit pattern
	seq bigint NOT NULL, -- copy_checks.seq of the main store
	PRIMARY KEY (key, seq)
);
CREATE TABLE IF NOT EXISTS copyshard_dead (
	seq bigint PRIMARY KEY
);
CREATE TABLE IF NOT EXISTS copyshard_held (
	grp     text NOT NULL,   -- the batch (Apply.Group)
	settled bigint NOT NULL, -- the record's stream sequence
	data    bytea NOT NULL,  -- encodeHeld
	PRIMARY KEY (grp, settled)
);`

func openPostgres(ctx context.Context, loc store.Location, shard Spec) (Index, error) {
	pool, err := pgxpool.New(ctx, loc.Address)
	if err != nil {
		return nil, fmt.Errorf("open shard database %s: %w", loc, err)
	}
	x := &pgIndex{pool: pool, where: loc.String()}
	err = pgx.BeginFunc(ctx, pool, func(tx pgx.Tx) error {
		// One opener at a time makes the tables.
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock(7077011)`); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, pgSchema); err != nil {
			return err
		}
		var got Spec
		switch err := tx.QueryRow(ctx, `SELECT shard, shards FROM copyshard_meta WHERE id = 1`).Scan(&got.Index, &got.Count); {
		case errors.Is(err, pgx.ErrNoRows):
			_, err := tx.Exec(ctx, `INSERT INTO copyshard_meta (id, shard, shards) VALUES (1, $1, $2)`, shard.Index, shard.Count)
			return err
		case err != nil:
			return err
		default:
			return checkSpec(got, shard, x.where)
		}
	})
	if err != nil {
		pool.Close()
		return nil, fmt.Errorf("open shard database %s: %w", loc, err)
	}
	return x, nil
}

func (x *pgIndex) Close() error { x.pool.Close(); return nil }

func pgMarks(ctx context.Context, q interface {
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}) (Marks, error) {
	var m Marks
	var settled int64
	if err := q.QueryRow(ctx, `SELECT applied, settled FROM copyshard_meta WHERE id = 1`).Scan(&m.Applied, &settled); err != nil {
		return m, fmt.Errorf("shard marks: %w", err)
	}
	m.Settled = uint64(settled)
	return m, nil
}

func (x *pgIndex) Marks(ctx context.Context) (Marks, error) { return pgMarks(ctx, x.pool) }

func (x *pgIndex) Lookup(ctx context.Context, keys []uint64, limit int) (Marks, [][]int64, error) {
	out := make([][]int64, len(keys))
	at := make(map[int64]int, len(keys))
	signed := make([]int64, len(keys))
	for i, k := range keys {
		signed[i] = int64(k)
		at[int64(k)] = i
	}
	var m Marks
	err := pgx.BeginTxFunc(ctx, x.pool, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly}, func(tx pgx.Tx) error {
		var err error
		if m, err = pgMarks(ctx, tx); err != nil {
			return err
		}
		rows, err := tx.Query(ctx, `SELECT k.key, p.seq FROM unnest($1::bigint[]) AS k(key)
			CROSS JOIN LATERAL (SELECT p.seq FROM copyshard_postings p WHERE p.key = k.key
				AND NOT EXISTS (SELECT 1 FROM copyshard_dead d WHERE d.seq = p.seq)
				ORDER BY p.seq LIMIT $2) p ORDER BY k.key, p.seq`, signed, limit+1)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var k, seq int64
			if err := rows.Scan(&k, &seq); err != nil {
				return err
			}
			if i, ok := at[k]; ok {
				out[i] = append(out[i], seq)
			}
		}
		return rows.Err()
	})
	if err != nil {
		return m, nil, fmt.Errorf("shard lookup: %w", err)
	}
	return m, out, nil
}

func (x *pgIndex) Apply(ctx context.Context, a Apply) error {
	err := pgx.BeginFunc(ctx, x.pool, func(tx pgx.Tx) error {
		if a.Hold {
			if _, err := tx.Exec(ctx, `INSERT INTO copyshard_held (grp, settled, data) VALUES ($1, $2, $3)
				ON CONFLICT (grp, settled) DO UPDATE SET data = excluded.data`, a.Group, int64(a.Settled), encodeHeld(a.Postings, a.Dead)); err != nil {
				return err
			}
			_, err := tx.Exec(ctx, `UPDATE copyshard_meta SET settled = GREATEST(settled, $1) WHERE id = 1`, int64(a.Settled))
			return err
		}
		if a.Group != "" {
			rows, err := tx.Query(ctx, `DELETE FROM copyshard_held WHERE grp = $1 RETURNING data`, a.Group)
			if err != nil {
				return err
			}
			for rows.Next() {
				var data []byte
				if err := rows.Scan(&data); err != nil {
					rows.Close()
					return err
				}
				ps, dead, err := decodeHeld(data)
				if err != nil {
					rows.Close()
					return err
				}
				a.Postings, a.Dead = append(a.Postings, ps...), append(a.Dead, dead...)
			}
			rows.Close()
			if err := rows.Err(); err != nil {
				return err
			}
		}
		sortPostings(a.Postings)
		have := map[uint64]int{}
		keys := distinctKeys(a.Postings)
		signed := make([]int64, len(keys))
		for i, k := range keys {
			signed[i] = int64(k)
		}
		if len(keys) > 0 {
			rows, err := tx.Query(ctx, `SELECT k.key, (SELECT count(*) FROM (SELECT 1 FROM copyshard_postings p
				WHERE p.key = k.key LIMIT $2) c) FROM unnest($1::bigint[]) AS k(key)`, signed, maxPostings)
			if err != nil {
				return err
			}
			for rows.Next() {
				var k int64
				var n int
				if err := rows.Scan(&k, &n); err != nil {
					rows.Close()
					return err
				}
				if n > 0 {
					have[uint64(k)] = n
				}
			}
			rows.Close()
			if err := rows.Err(); err != nil {
				return err
			}
		}
		ps := capPostings(a.Postings, have)
		if len(ps) > 0 {
			if _, err := tx.Exec(ctx, `CREATE TEMP TABLE copyshard_new (key bigint, seq bigint) ON COMMIT DROP`); err != nil {
				return err
			}
			if _, err := tx.CopyFrom(ctx, pgx.Identifier{"copyshard_new"}, []string{"key", "seq"},
				pgx.CopyFromSlice(len(ps), func(i int) ([]any, error) { return []any{int64(ps[i].Key), ps[i].Seq}, nil })); err != nil {
				return err
			}
			if _, err := tx.Exec(ctx, `INSERT INTO copyshard_postings (key, seq) SELECT key, seq FROM copyshard_new
				ORDER BY key, seq ON CONFLICT DO NOTHING`); err != nil {
				return err
			}
		}
		if len(a.Dead) > 0 {
			if _, err := tx.Exec(ctx, `INSERT INTO copyshard_dead (seq) SELECT unnest($1::bigint[]) ON CONFLICT DO NOTHING`, a.Dead); err != nil {
				return err
			}
		}
		_, err := tx.Exec(ctx, `UPDATE copyshard_meta SET applied = GREATEST(applied, $1), settled = GREATEST(settled, $2) WHERE id = 1`,
			a.Applied, int64(a.Settled))
		return err
	})
	if err != nil {
		return fmt.Errorf("apply to shard: %w", err)
	}
	return nil
}
