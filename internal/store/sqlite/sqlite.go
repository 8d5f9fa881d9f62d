// Package sqlite is Parallax's embedded store: one SQLite file in WAL mode,
// on the pure-Go modernc.org/sqlite driver (no cgo, one static binary),
// with FTS5 full-text search and versioned migrations. Several processes
// may write one file at once: every write transaction takes the write lock
// when it begins and waits for it up to a busy timeout.
package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"time"

	"modernc.org/sqlite" // registers the "sqlite" driver
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/parallax-news/parallax/internal/clean"
	"github.com/parallax-news/parallax/internal/store"
)

// BusyTimeout is how long a writer waits for another writer's lock.
const BusyTimeout = 60 * time.Second

// Store is a store.Store in one SQLite file.
type Store struct {
	db     *sql.DB
	path   string
	now    func() time.Time
	copies copyIndex
	// sources caches the ids of the ways articles name their outlet.
	sources sourceIDs
	// models caches the cleaning models learning last wrote.
	models clean.ModelCache
}

var _ store.Store = (*Store)(nil)

// ErrNoDatabase is returned by OpenExisting when there is no database at
// the path.
var ErrNoDatabase = store.ErrNoDatabase

// Backend is the SQLite backend for a store.Registry: it takes file paths
// and "sqlite:PATH".
func Backend() store.Backend {
	return store.Backend{Scheme: "sqlite", Paths: true,
		Open: func(ctx context.Context, loc store.Location, opts store.Options) (store.Store, error) {
			if opts.Create {
				return Open(ctx, loc.Address)
			}
			return OpenExisting(ctx, loc.Address)
		}}
}

// Open opens (creating if needed, with its directory) the SQLite database
// at path and brings its schema up to date.
func Open(ctx context.Context, path string) (*Store, error) {
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("open database %s: %w", path, err)
		}
	}
	return open(ctx, path, "rwc")
}

// OpenExisting opens the SQLite database at path as Open does, but creates
// nothing: no directory, no file. When there is no file at path the error
// wraps ErrNoDatabase.
func OpenExisting(ctx context.Context, path string) (*Store, error) {
	fi, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("open database %s: %w", path, ErrNoDatabase)
	}
	if err != nil {
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	if fi.IsDir() {
		return nil, fmt.Errorf("open database %s: a directory, not a database file", path)
	}
	// mode=rw: SQLite itself refuses to create the file, should it vanish
	// between the check and the opening.
	return open(ctx, path, "rw")
}

// open opens the database at path with SQLite's open mode (rw or rwc).
// Two processes opening a new file at once may find it locked while the
// other sets it up (switching to WAL takes a lock that SQLite's busy
// timeout does not wait for): the opening is then tried again, for up to
// BusyTimeout.
func open(ctx context.Context, path, mode string) (*Store, error) {
	wait := 10 * time.Millisecond
	deadline := time.Now().Add(BusyTimeout)
	for {
		s, err := openOnce(ctx, path, mode)
		if err == nil || !busy(err) || time.Now().After(deadline) {
			return s, err
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("open database %s: %w", path, ctx.Err())
		case <-time.After(wait):
		}
		wait = min(2*wait, time.Second)
	}
}

// busy reports whether err is SQLite's "database is locked".
func busy(err error) bool {
	var se *sqlite.Error
	return errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_BUSY
}

// openOnce opens the database at path once.
func openOnce(ctx context.Context, path, mode string) (*Store, error) {
	q := url.Values{}
	q.Add("mode", mode)
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", BusyTimeout.Milliseconds()))
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Add("_pragma", "foreign_keys(ON)")
	q.Add("_pragma", "cache_size(-32768)") // 32 MiB of page cache per connection
	q.Add("_txlock", "immediate")
	dsn := "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	db.SetMaxOpenConns(4)
	db.SetMaxIdleConns(4)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		if mode == "rw" && !exists(path) {
			err = ErrNoDatabase
		}
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	if err := migrate(ctx, db); err != nil {
		db.Close()
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	return &Store{db: db, path: path, now: time.Now, copies: copyIndex{gen: -1, foldAt: foldPostings}}, nil
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// Path returns the database file's path.
func (s *Store) Path() string { return s.path }

// Close closes the database.
func (s *Store) Close() error {
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("close database %s: %w", s.path, err)
	}
	return nil
}
