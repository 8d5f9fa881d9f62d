package postgres

import (
	"context"
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/parallax-news/parallax/internal/store"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// migrationLock is the key of the advisory lock that migrations run
// under, so that processes starting at once apply each migration once.
const migrationLock = 0x70617261_6c6c6178 // "parallax"

// migration is one numbered schema change.
type migration struct {
	version int
	name    string
	sql     string
}

// migrations returns the migrations in fsys's migrations directory in
// version order. Files are named NNNN_what.sql; versions are unique and may
// leave gaps.
func migrations(fsys fs.FS) ([]migration, error) {
	names, err := fs.Glob(fsys, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	var ms []migration
	for _, n := range names {
		base := strings.TrimPrefix(n, "migrations/")
		v, err := strconv.Atoi(strings.SplitN(base, "_", 2)[0])
		if err != nil || v < 1 {
			return nil, fmt.Errorf("migration %s: name must start with its version, 1 or more", base)
		}
		b, err := fs.ReadFile(fsys, n)
		if err != nil {
			return nil, err
		}
		ms = append(ms, migration{version: v, name: base, sql: string(b)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	for i := 1; i < len(ms); i++ {
		if ms[i].version == ms[i-1].version {
			return nil, fmt.Errorf("migrations %s and %s have one version", ms[i-1].name, ms[i].name)
		}
	}
	return ms, nil
}

// migrate brings the schema up to date with the embedded migrations.
func migrate(ctx context.Context, pool *pgxpool.Pool, create bool) error {
	ms, err := migrations(migrationFiles)
	if err != nil {
		return err
	}
	return migrateWith(ctx, pool, ms, create)
}

// migrateWith applies, in one transaction under an advisory lock, every
// migration of ms that the database has not applied, in version order,
// recording each in schema_migrations. Without create, a database with no
// schema_migrations table is store.ErrNoDatabase. It refuses a database
// that applied a migration this build does not know.
func migrateWith(ctx context.Context, pool *pgxpool.Pool, ms []migration, create bool) error {
	return pgx.BeginFunc(ctx, pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(migrationLock)); err != nil {
			return fmt.Errorf("migrations: lock: %w", err)
		}
		var exists bool
		if err := tx.QueryRow(ctx, `SELECT to_regclass('schema_migrations') IS NOT NULL`).Scan(&exists); err != nil {
			return fmt.Errorf("migrations: %w", err)
		}
		if !exists {
			if !create {
				return fmt.Errorf("no Parallax schema in it: %w", store.ErrNoDatabase)
			}
			if _, err := tx.Exec(ctx, `CREATE TABLE schema_migrations (version integer PRIMARY KEY,
				applied timestamptz NOT NULL DEFAULT now())`); err != nil {
				return fmt.Errorf("migrations: %w", err)
			}
		}
		rows, err := tx.Query(ctx, `SELECT version FROM schema_migrations`)
		if err != nil {
			return fmt.Errorf("migrations: %w", err)
		}
		applied, err := pgx.CollectRows(rows, pgx.RowTo[int])
		if err != nil {
			return fmt.Errorf("migrations: %w", err)
		}
		known := map[int]bool{}
		for _, m := range ms {
			known[m.version] = true
		}
		done := map[int]bool{}
		for _, v := range applied {
			if !known[v] {
				return fmt.Errorf("database schema migration %d is newer than this Parallax knows: upgrade Parallax", v)
			}
			done[v] = true
		}
		for _, m := range ms {
			if done[m.version] {
				continue
			}
			if _, err := tx.Exec(ctx, m.sql); err != nil {
				return fmt.Errorf("migration %s: %w", m.name, err)
			}
			if _, err := tx.Exec(ctx, `INSERT INTO schema_migrations (version) VALUES ($1)`, m.version); err != nil {
				return fmt.Errorf("migration %s: record: %w", m.name, err)
			}
		}
		return nil
	})
}
