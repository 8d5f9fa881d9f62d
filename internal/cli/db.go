package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"

	"github.com/parallax-news/parallax/internal/store"
)

// dbPath says which database to use: --db, else PARALLAX_DB, else the
// default file in the user's data directory.
func (a *app) dbPath(defaultName string) (string, error) {
	if a.db != "" {
		return a.db, nil
	}
	if v := a.env.Getenv("PARALLAX_DB"); v != "" {
		return v, nil
	}
	dir, err := dataDir(a.env.Getenv)
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, defaultName), nil
}

// dataDir returns Parallax's folder in the user's data directory:
// $XDG_DATA_HOME/parallax (default ~/.local/share/parallax) on Unix,
// ~/Library/Application Support/Parallax on macOS, %LocalAppData%\Parallax
// on Windows.
func dataDir(getenv func(string) string) (string, error) {
	switch runtime.GOOS {
	case "windows":
		if d := getenv("LocalAppData"); d != "" {
			return filepath.Join(d, "Parallax"), nil
		}
	case "darwin":
		if h := getenv("HOME"); h != "" {
			return filepath.Join(h, "Library", "Application Support", "Parallax"), nil
		}
	default:
		if d := getenv("XDG_DATA_HOME"); d != "" && filepath.IsAbs(d) {
			return filepath.Join(d, "parallax"), nil
		}
		if h := getenv("HOME"); h != "" {
			return filepath.Join(h, ".local", "share", "parallax"), nil
		}
	}
	h, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("find data directory: %w (set --db or PARALLAX_DB)", err)
	}
	return filepath.Join(h, ".local", "share", "parallax"), nil
}

// dbMode says whether a command may create the database it opens.
type dbMode int

const (
	// mustExist: the command only reads, or keeps derived data (copies,
	// stories) of articles already stored; it creates nothing.
	mustExist dbMode = iota
	// mayCreate: the command stores articles or feeds, and creates the
	// database (and its directory) when there is none.
	mayCreate
)

// openStore opens the chosen database for a command that stores articles
// or feeds, creating it when there is none.
func (a *app) openStore(ctx context.Context, defaultName string) (store.Store, error) {
	return a.open(ctx, defaultName, mayCreate)
}

// openExisting opens the chosen database for a command that reads: it
// fails, creating nothing, when there is no database.
func (a *app) openExisting(ctx context.Context, defaultName string) (store.Store, error) {
	return a.open(ctx, defaultName, mustExist)
}

// open opens the chosen database with the backend its address chooses.
func (a *app) open(ctx context.Context, defaultName string, mode dbMode) (store.Store, error) {
	dsn, err := a.dbPath(defaultName)
	if err != nil {
		return nil, err
	}
	st, err := a.backends.Open(ctx, dsn, store.Options{Create: mode == mayCreate})
	if errors.Is(err, store.ErrNoDatabase) {
		p := a.program()
		return nil, fmt.Errorf("no database at %s: store articles first with '%s add' (or try '%s demo'), or choose another with --db or PARALLAX_DB", store.Redact(dsn), p, p)
	}
	return st, err
}
