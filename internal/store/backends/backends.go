// Package backends lists the store backends built into Parallax and opens
// a store by its address with the one its scheme chooses: a file path or
// "sqlite:PATH" for SQLite, "postgres://…" or "postgresql://…" for
// PostgreSQL.
package backends

import (
	"context"

	"github.com/parallax-news/parallax/internal/store"
	"github.com/parallax-news/parallax/internal/store/postgres"
	"github.com/parallax-news/parallax/internal/store/sqlite"
)

// Registry returns a registry of every built-in backend.
func Registry() *store.Registry {
	return store.NewRegistry(sqlite.Backend(), postgres.Backend())
}

// Open opens the store at dsn with the backend its scheme chooses; see
// store.Registry.Parse.
func Open(ctx context.Context, dsn string, opts store.Options) (store.Store, error) {
	return Registry().Open(ctx, dsn, opts)
}
