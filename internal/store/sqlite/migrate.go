package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// migration is one numbered schema change.
type migration struct {
	version int
	name    string
	sql     string
}

// migrations returns the migrations in fsys's migrations directory in
// version order. Files are named NNNN_what.sql; versions are unique and may
// leave gaps, since branches are given their numbers before they merge.
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
func migrate(ctx context.Context, db *sql.DB) error {
	return migrateFS(ctx, db, migrationFiles)
}

// migrateFS applies every migration of fsys that the database has not
// applied, in version order, each in its own write transaction, so that
// concurrent openers apply each exactly once. The applied versions are
// recorded one by one in schema_migrations, so that a migration numbered
// below one already applied (merged later) is still applied; user_version
// holds the highest, which older Parallax builds compare with their own. It
// refuses a database that applied a migration this build does not know.
func migrateFS(ctx context.Context, db *sql.DB, fsys fs.FS) error {
	ms, err := migrations(fsys)
	if err != nil {
		return err
	}
	known := make(map[int]bool, len(ms))
	for _, m := range ms {
		known[m.version] = true
	}
	for _, m := range ms {
		if err := applyOne(ctx, db, m, known); err != nil {
			return err
		}
	}
	return nil
}

func applyOne(ctx context.Context, db *sql.DB, m migration, known map[int]bool) error {
	tx, err := db.BeginTx(ctx, nil) // BEGIN IMMEDIATE: see the DSN
	if err != nil {
		return fmt.Errorf("migration %s: begin: %w", m.name, err)
	}
	defer tx.Rollback()
	applied, top, err := appliedVersions(ctx, tx, known)
	if err != nil {
		return err
	}
	for v := range applied {
		if !known[v] {
			return fmt.Errorf("database schema migration %d is newer than this Parallax knows: upgrade Parallax", v)
		}
	}
	if applied[m.version] {
		return nil
	}
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return fmt.Errorf("migration %s: %w", m.name, err)
	}
	if step := goSteps[strings.SplitN(m.name, "_", 2)[1]]; step != nil {
		if err := step(ctx, tx); err != nil {
			return fmt.Errorf("migration %s: %w", m.name, err)
		}
	}
	if _, err := tx.ExecContext(ctx, "INSERT INTO schema_migrations(version) VALUES (?)", m.version); err != nil {
		return fmt.Errorf("migration %s: record: %w", m.name, err)
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", max(top, m.version))); err != nil {
		return fmt.Errorf("migration %s: set version: %w", m.name, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("migration %s: commit: %w", m.name, err)
	}
	return nil
}

// appliedVersions reads the set of applied migrations and user_version. A
// database from before schema_migrations applied every known migration up to
// its user_version; the table is created and filled in for it.
func appliedVersions(ctx context.Context, tx *sql.Tx, known map[int]bool) (map[int]bool, int, error) {
	var top int
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&top); err != nil {
		return nil, 0, fmt.Errorf("read schema version: %w", err)
	}
	var tables int
	if err := tx.QueryRowContext(ctx,
		"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").Scan(&tables); err != nil {
		return nil, 0, fmt.Errorf("read schema migrations: %w", err)
	}
	if tables == 0 {
		if _, err := tx.ExecContext(ctx, "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY)"); err != nil {
			return nil, 0, fmt.Errorf("create schema_migrations: %w", err)
		}
		for v := 1; v <= top; v++ {
			if !known[v] {
				return nil, 0, fmt.Errorf("database schema version %d is newer than this Parallax knows: upgrade Parallax", top)
			}
			if _, err := tx.ExecContext(ctx, "INSERT INTO schema_migrations(version) VALUES (?)", v); err != nil {
				return nil, 0, fmt.Errorf("record schema migration %d: %w", v, err)
			}
		}
	}
	rows, err := tx.QueryContext(ctx, "SELECT version FROM schema_migrations")
	if err != nil {
		return nil, 0, fmt.Errorf("read schema migrations: %w", err)
	}
	defer rows.Close()
	applied := map[int]bool{}
	for rows.Next() {
		var v int
		if err := rows.Scan(&v); err != nil {
			return nil, 0, fmt.Errorf("read schema migrations: %w", err)
		}
		applied[v] = true
	}
	return applied, top, rows.Err()
}
