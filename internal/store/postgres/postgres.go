// Package postgres is Parallax's store on a PostgreSQL server, for a
// newsroom or a research group that runs Parallax for many users, or
// several processes on several machines over one database. It speaks to
// the server with pgx through a connection pool; its schema is kept by
// versioned migrations applied under an advisory lock; full-text search is
// a tsvector per article with a GIN index, filled in batches from a queue
// (storing articles does not wait for the stemmer); copy detection's index is a
// B-tree of (key, check) postings written with COPY; and the one-at-a-time
// jobs (the clusterer, copy detection) hold leases judged by the server's
// clock, with the stories' state compared and swapped on its version.
package postgres

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/parallax-news/parallax/internal/clean"
	"github.com/parallax-news/parallax/internal/store"
)

// Store is a store.Store in a PostgreSQL database.
type Store struct {
	pool *pgxpool.Pool
	addr string // the DSN, password hidden, for messages
	now  func() time.Time
	// sources caches the ids of the ways articles name their outlet.
	sources sourceIDs
	// models caches the cleaning models learning last wrote.
	models clean.ModelCache
}

var _ store.Store = (*Store)(nil)

// Backend is the PostgreSQL backend for a store.Registry: it takes
// "postgres://…" and "postgresql://…" addresses (libpq's URL syntax, with
// its parameters: sslmode, search_path in options, pool_max_conns, …).
func Backend() store.Backend {
	return store.Backend{Scheme: "postgres", Aliases: []string{"postgresql"},
		Open: func(ctx context.Context, loc store.Location, opts store.Options) (store.Store, error) {
			return Open(ctx, loc.Address, opts)
		}}
}

// Open connects to the database at dsn and brings its schema up to date.
// With opts.Create it makes the database on the server when there is none
// (connecting to the server's "postgres" database to do so) and the schema
// in it; without, a database that does not exist, or that has no Parallax
// schema, is store.ErrNoDatabase and nothing is made.
func Open(ctx context.Context, dsn string, opts store.Options) (*Store, error) {
	addr := store.Redact(dsn)
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("open database %s: %w", addr, err)
	}
	pool, err := connect(ctx, cfg)
	if isNoDatabase(err) && opts.Create {
		if err := createDatabase(ctx, cfg); err != nil {
			return nil, fmt.Errorf("open database %s: %w", addr, err)
		}
		pool, err = connect(ctx, cfg)
	}
	if err != nil {
		if isNoDatabase(err) {
			err = store.ErrNoDatabase
		}
		return nil, fmt.Errorf("open database %s: %w", addr, err)
	}
	if err := migrate(ctx, pool, opts.Create); err != nil {
		pool.Close()
		return nil, fmt.Errorf("open database %s: %w", addr, err)
	}
	return &Store{pool: pool, addr: addr, now: time.Now}, nil
}

// connect opens a pool and checks that the server answers.
func connect(ctx context.Context, cfg *pgxpool.Config) (*pgxpool.Pool, error) {
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, err
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, err
	}
	return pool, nil
}

// isNoDatabase reports whether err is the server saying the database does
// not exist.
func isNoDatabase(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && pe.Code == "3D000" // invalid_catalog_name
}

// createDatabase makes the database cfg names, connecting to the server's
// maintenance database. Another process making it at the same moment is
// no error.
func createDatabase(ctx context.Context, cfg *pgxpool.Config) error {
	name := cfg.ConnConfig.Database
	admin := cfg.ConnConfig.Copy()
	admin.Database = "postgres"
	conn, err := pgx.ConnectConfig(ctx, admin)
	if err != nil {
		return fmt.Errorf("create database %s: %w", name, err)
	}
	defer conn.Close(ctx)
	_, err = conn.Exec(ctx, "CREATE DATABASE "+pgx.Identifier{name}.Sanitize())
	var pe *pgconn.PgError
	if err != nil && !(errors.As(err, &pe) && pe.Code == "42P04") { // duplicate_database
		return fmt.Errorf("create database %s: %w", name, err)
	}
	return nil
}

// Close closes the connection pool.
func (s *Store) Close() error {
	s.pool.Close()
	return nil
}

// sourceIDs caches the ids of outlet_sources rows, which never change
// once written.
type sourceIDs struct {
	mu  sync.Mutex
	ids map[sourceKey]int64
}

func (c *sourceIDs) get(k sourceKey) (int64, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	id, ok := c.ids[k]
	return id, ok
}

func (c *sourceIDs) add(m map[sourceKey]int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.ids == nil {
		c.ids = map[sourceKey]int64{}
	}
	for k, v := range m {
		c.ids[k] = v
	}
}

// inTx runs fn in a transaction, committed when fn returns nil.
func (s *Store) inTx(ctx context.Context, fn func(tx pgx.Tx) error) error {
	return pgx.BeginFunc(ctx, s.pool, fn)
}

// querier is what reads need of a pool or a transaction.
type querier interface {
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
	Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error)
}

// limitArg is a LIMIT argument: NULL (no limit) when n <= 0.
func limitArg(n int) any {
	if n <= 0 {
		return nil
	}
	return n
}

// list returns l, or an empty list for nil: array columns are NOT NULL.
func list(l []string) []string {
	if l == nil {
		return []string{}
	}
	return l
}

// optTime is a nullable timestamptz argument: NULL for the zero time.
func optTime(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t
}

// unixOrNil is a nullable Unix time argument.
func unixOrNil(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.Unix()
}
