package copyshard

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"strconv"

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
);
CREATE TABLE IF NOT EXISTS copyshard_held (
	grp     TEXT NOT NULL,    -- the batch (Apply.Group)
	settled INTEGER NOT NULL, -- the record's stream sequence
	data    BLOB NOT NULL,    -- encodeHeld
	PRIMARY KEY (grp, settled)
);`

func openSQLite(ctx context.Context, path string, shard Spec) (Index, error) {
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Add("_pragma", "cache_size(-262144)") // 256 MiB: a shard's B-tree is written all over at every batch
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
	for i, k := range keys {
		at[int64(k)] = i
	}
	list := signedJSON(keys)
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
		ORDER BY p.key, p.seq`, list)
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
	tx, err := x.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("apply to shard: %w", err)
	}
	defer tx.Rollback()
	if a.Hold {
		if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO copyshard_held (grp, settled, data) VALUES (?, ?, ?)`,
			a.Group, int64(a.Settled), encodeHeld(a.Postings, a.Dead)); err != nil {
			return fmt.Errorf("apply to shard: hold: %w", err)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE copyshard_meta SET settled = max(settled, ?) WHERE id = 1`, int64(a.Settled)); err != nil {
			return fmt.Errorf("apply to shard: marks: %w", err)
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("apply to shard: commit: %w", err)
		}
		return nil
	}
	if a.Group != "" {
		rows, err := tx.QueryContext(ctx, `DELETE FROM copyshard_held WHERE grp = ? RETURNING data`, a.Group)
		if err != nil {
			return fmt.Errorf("apply to shard: held parts: %w", err)
		}
		for rows.Next() {
			var data []byte
			if err := rows.Scan(&data); err != nil {
				rows.Close()
				return fmt.Errorf("apply to shard: held parts: %w", err)
			}
			ps, dead, err := decodeHeld(data)
			if err != nil {
				rows.Close()
				return fmt.Errorf("apply to shard: %w", err)
			}
			a.Postings, a.Dead = append(a.Postings, ps...), append(a.Dead, dead...)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("apply to shard: held parts: %w", err)
		}
	}
	sortPostings(a.Postings)
	// How many postings the batch's keys have already: one query, which
	// returns only the keys that have some (most have none).
	have := map[uint64]int{}
	keys := distinctKeys(a.Postings)
	const chunk = 1 << 16
	for start := 0; start < len(keys); start += chunk {
		rows, err := tx.QueryContext(ctx, `SELECT key, n FROM (SELECT j.value AS key,
			(SELECT count(*) FROM (SELECT 1 FROM copyshard_postings p WHERE p.key = j.value LIMIT ?)) AS n
			FROM json_each(?) j) WHERE n > 0`, maxPostings, signedJSON(keys[start:min(start+chunk, len(keys))]))
		if err != nil {
			return fmt.Errorf("apply to shard: %w", err)
		}
		for rows.Next() {
			var k int64
			var n int
			if err := rows.Scan(&k, &n); err != nil {
				rows.Close()
				return fmt.Errorf("apply to shard: %w", err)
			}
			have[uint64(k)] = n
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("apply to shard: %w", err)
		}
	}
	// The postings go in one statement a check (they share its seq).
	ps := capPostings(a.Postings, have)
	bySeq := map[int64][]uint64{}
	for _, p := range ps {
		bySeq[p.Seq] = append(bySeq[p.Seq], p.Key)
	}
	ins, err := tx.PrepareContext(ctx, `INSERT OR IGNORE INTO copyshard_postings (key, seq) SELECT value, ? FROM json_each(?)`)
	if err != nil {
		return fmt.Errorf("apply to shard: %w", err)
	}
	defer ins.Close()
	for seq, ks := range bySeq {
		if _, err := ins.ExecContext(ctx, seq, signedJSON(ks)); err != nil {
			return fmt.Errorf("apply to shard: %w", err)
		}
	}
	if len(a.Dead) > 0 {
		list, _ := json.Marshal(a.Dead) // an []int64 always marshals
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO copyshard_dead (seq) SELECT value FROM json_each(?)`, string(list)); err != nil {
			return fmt.Errorf("apply to shard: dead checks: %w", err)
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

// signedJSON writes keys as a JSON array of their signed bit patterns.
func signedJSON(keys []uint64) string {
	b := make([]byte, 0, 20*len(keys)+2)
	b = append(b, '[')
	for i, k := range keys {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, int64(k), 10)
	}
	return string(append(b, ']'))
}
