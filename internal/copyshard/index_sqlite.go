package copyshard

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// sqliteIndex is a shard in an SQLite file.
type sqliteIndex struct {
	db   *sql.DB
	path string
}

const sqliteSchema = `
CREATE TABLE IF NOT EXISTS copyshard_meta (
	id      INTEGER PRIMARY KEY CHECK (id = 1),
	shard   INTEGER NOT NULL,
	shards  INTEGER NOT NULL,
	applied INTEGER NOT NULL DEFAULT 0,
	settled INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS copyshard_postings (
	key INTEGER NOT NULL, -- the key's signed bit pattern
	seq INTEGER NOT NULL, -- copy_checks.seq of the main store
	PRIMARY KEY (key, seq)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS copyshard_dead (
	seq INTEGER PRIMARY KEY
);`

func openSQLite(ctx context.Context, path string, shard Spec) (Index, error) {
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Add("_pragma", "cache_size(-65536)")
	q.Add("_txlock", "immediate")
	db, err := sql.Open("sqlite", "file:"+(&url.URL{Path: path}).EscapedPath()+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("open shard database %s: %w", path, err)
	}
	db.SetMaxOpenConns(4)
	x := &sqliteIndex{db: db, path: path}
	if err := x.setup(ctx, shard); err != nil {
		db.Close()
		return nil, err
	}
	return x, nil
}

func (x *sqliteIndex) setup(ctx context.Context, shard Spec) error {
	tx, err := x.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("open shard database %s: %w", x.path, err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, sqliteSchema); err != nil {
		return fmt.Errorf("open shard database %s: %w", x.path, err)
	}
	var got Spec
	switch err := tx.QueryRowContext(ctx, `SELECT shard, shards FROM copyshard_meta WHERE id = 1`).Scan(&got.Index, &got.Count); {
	case errors.Is(err, sql.ErrNoRows):
		if _, err := tx.ExecContext(ctx, `INSERT INTO copyshard_meta (id, shard, shards) VALUES (1, ?, ?)`, shard.Index, shard.Count); err != nil {
			return fmt.Errorf("open shard database %s: %w", x.path, err)
		}
	case err != nil:
		return fmt.Errorf("open shard database %s: %w", x.path, err)
	default:
		if err := checkSpec(got, shard, x.path); err != nil {
			return err
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("open shard database %s: %w", x.path, err)
	}
	return nil
}

func (x *sqliteIndex) Close() error { return x.db.Close() }

type sqlQuerier interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

func sqliteMarks(ctx context.Context, q sqlQuerier) (Marks, error) {
	var m Marks
	var settled int64
	if err := q.QueryRowContext(ctx, `SELECT applied, settled FROM copyshard_meta WHERE id = 1`).Scan(&m.Applied, &settled); err != nil {
		return m, fmt.Errorf("shard marks: %w", err)
	}
	m.Settled = uint64(settled)
	return m, nil
}

func (x *sqliteIndex) Marks(ctx context.Context) (Marks, error) { return sqliteMarks(ctx, x.db) }

func (x *sqliteIndex) Lookup(ctx context.Context, keys []uint64, limit int) (Marks, [][]int64, error) {
	out := make([][]int64, len(keys))
	at := make(map[int64]int, len(keys))
	signed := make([]int64, len(keys))
	for i, k := range keys {
		signed[i] = int64(k)
		at[int64(k)] = i
	}
	list, _ := json.Marshal(signed) // an []int64 always marshals
	tx, err := x.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return Marks{}, nil, fmt.Errorf("shard lookup: %w", err)
	}
	defer tx.Rollback()
	m, err := sqliteMarks(ctx, tx)
	if err != nil {
		return m, nil, err
	}
	rows, err := tx.QueryContext(ctx, `SELECT p.key, p.seq FROM json_each(?) j
		JOIN copyshard_postings p ON p.key = j.value
		WHERE NOT EXISTS (SELECT 1 FROM copyshard_dead d WHERE d.seq = p.seq)
		ORDER BY p.key, p.seq`, string(list))
	if err != nil {
		return m, nil, fmt.Errorf("shard lookup: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var k, seq int64
		if err := rows.Scan(&k, &seq); err != nil {
			return m, nil, fmt.Errorf("shard lookup: %w", err)
		}
		if i, ok := at[k]; ok && len(out[i]) <= limit {
			out[i] = append(out[i], seq)
		}
	}
	if err := rows.Err(); err != nil {
		return m, nil, fmt.Errorf("shard lookup: %w", err)
	}
	return m, out, nil
}

func (x *sqliteIndex) Apply(ctx context.Context, a Apply) error {
	sortPostings(a.Postings)
	tx, err := x.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("apply to shard: %w", err)
	}
	defer tx.Rollback()
	have := map[uint64]int{}
	keys := distinctKeys(a.Postings)
	count, err := tx.PrepareContext(ctx, `SELECT count(*) FROM (SELECT 1 FROM copyshard_postings WHERE key = ? LIMIT ?)`)
	if err != nil {
		return fmt.Errorf("apply to shard: %w", err)
	}
	defer count.Close()
	for _, k := range keys {
		var n int
		if err := count.QueryRowContext(ctx, int64(k), maxPostings).Scan(&n); err != nil {
			return fmt.Errorf("apply to shard: %w", err)
		}
		if n > 0 {
			have[k] = n
		}
	}
	ins, err := tx.PrepareContext(ctx, `INSERT OR IGNORE INTO copyshard_postings (key, seq) VALUES (?, ?)`)
	if err != nil {
		return fmt.Errorf("apply to shard: %w", err)
	}
	defer ins.Close()
	for _, p := range capPostings(a.Postings, have) {
		if _, err := ins.ExecContext(ctx, int64(p.Key), p.Seq); err != nil {
			return fmt.Errorf("apply to shard: %w", err)
		}
	}
	for _, seq := range a.Dead {
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO copyshard_dead (seq) VALUES (?)`, seq); err != nil {
			return fmt.Errorf("apply to shard: dead check: %w", err)
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE copyshard_meta SET applied = max(applied, ?), settled = max(settled, ?) WHERE id = 1`,
		a.Applied, int64(a.Settled)); err != nil {
		return fmt.Errorf("apply to shard: marks: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("apply to shard: commit: %w", err)
	}
	return nil
}
