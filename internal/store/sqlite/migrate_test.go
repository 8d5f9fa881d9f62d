package sqlite

import (
	"context"
	"database/sql"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

// rawDB opens a bare SQLite file for migrateFS.
func rawDB(t *testing.T) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+filepath.Join(t.TempDir(), "m.db")+"?_txlock=immediate")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func migrationFS(versions map[string]string) fstest.MapFS {
	fsys := fstest.MapFS{}
	for name, sql := range versions {
		fsys["migrations/"+name] = &fstest.MapFile{Data: []byte(sql)}
	}
	return fsys
}

func tables(t *testing.T, db *sql.DB) string {
	t.Helper()
	rows, err := db.Query("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 't%' ORDER BY name")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var names []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			t.Fatal(err)
		}
		names = append(names, n)
	}
	return strings.Join(names, ",")
}

// A migration merged after one with a higher number is still applied.
func TestMigrateFillsGaps(t *testing.T) {
	ctx := context.Background()
	db := rawDB(t)
	early := migrationFS(map[string]string{
		"0001_a.sql": "CREATE TABLE ta (x);",
		"0003_c.sql": "CREATE TABLE tc (x);",
	})
	if err := migrateFS(ctx, db, early); err != nil {
		t.Fatal(err)
	}
	late := migrationFS(map[string]string{
		"0001_a.sql": "CREATE TABLE ta (x);",
		"0002_b.sql": "CREATE TABLE tb (x);",
		"0003_c.sql": "CREATE TABLE tc (x);",
	})
	for range 2 { // the second run applies nothing
		if err := migrateFS(ctx, db, late); err != nil {
			t.Fatal(err)
		}
	}
	if got := tables(t, db); got != "ta,tb,tc" {
		t.Errorf("tables = %s, want ta,tb,tc", got)
	}
	var v int
	if err := db.QueryRow("PRAGMA user_version").Scan(&v); err != nil || v != 3 {
		t.Errorf("user_version = %d, %v; want 3", v, err)
	}
	// The older build refuses the database.
	if err := migrateFS(ctx, db, early); err == nil || !strings.Contains(err.Error(), "newer") {
		t.Errorf("older build: error = %v, want one saying the database is newer", err)
	}
}

// A database from before schema_migrations counts 1..user_version applied.
func TestMigrateLegacyVersion(t *testing.T) {
	ctx := context.Background()
	db := rawDB(t)
	if _, err := db.Exec("CREATE TABLE ta (x); PRAGMA user_version = 1"); err != nil {
		t.Fatal(err)
	}
	fsys := migrationFS(map[string]string{
		"0001_a.sql": "CREATE TABLE ta (x);", // would fail if run again
		"0002_b.sql": "CREATE TABLE tb (x);",
	})
	if err := migrateFS(ctx, db, fsys); err != nil {
		t.Fatal(err)
	}
	if got := tables(t, db); got != "ta,tb" {
		t.Errorf("tables = %s, want ta,tb", got)
	}
}

func TestMigrationsBadNames(t *testing.T) {
	for name, fsys := range map[string]fstest.MapFS{
		"no version": migrationFS(map[string]string{"x_a.sql": ""}),
		"zero":       migrationFS(map[string]string{"0000_a.sql": ""}),
		"twice":      migrationFS(map[string]string{"0001_a.sql": "", "1_b.sql": ""}),
	} {
		if _, err := migrations(fsys); err == nil {
			t.Errorf("%s: migrations() = nil error, want one", name)
		}
	}
}
