package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/parallax-news/parallax/internal/store"
	"github.com/parallax-news/parallax/internal/store/sqlite"
	"github.com/parallax-news/parallax/internal/view"
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

// open opens the chosen database.
func (a *app) open(ctx context.Context, defaultName string, mode dbMode) (store.Store, error) {
	path, err := a.dbPath(defaultName)
	if err != nil {
		return nil, err
	}
	if strings.HasPrefix(path, "postgres://") || strings.HasPrefix(path, "postgresql://") {
		return nil, fmt.Errorf("database %s: PostgreSQL is not supported by this build yet; use an SQLite file path", redact(path))
	}
	if mode == mayCreate {
		return sqlite.Open(ctx, path)
	}
	st, err := sqlite.OpenExisting(ctx, path)
	if errors.Is(err, sqlite.ErrNoDatabase) {
		p := a.program()
		return nil, fmt.Errorf("no database at %s: store articles first with '%s add' (or try '%s demo'), or choose another with --db or PARALLAX_DB", path, p, p)
	}
	return st, err
}

// redact hides a password in a database URL.
func redact(u string) string {
	at := strings.LastIndex(u, "@")
	scheme := strings.Index(u, "://")
	if at < 0 || scheme < 0 || at < scheme {
		return u
	}
	cred := u[scheme+3 : at]
	if i := strings.Index(cred, ":"); i >= 0 {
		return u[:scheme+3] + cred[:i] + ":***" + u[at:]
	}
	return u
}

// openStores opens the existing database as a store that keeps articles,
// copy detection and stories.
func (a *app) openStores(ctx context.Context, defaultName string) (view.Stores, error) {
	st, err := a.openExisting(ctx, defaultName)
	if err != nil {
		return nil, err
	}
	vs, ok := st.(view.Stores)
	if !ok {
		st.Close()
		return nil, fmt.Errorf("this database does not keep copy detection and stories")
	}
	return vs, nil
}
