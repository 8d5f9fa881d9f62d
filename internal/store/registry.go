package store

import (
	"context"
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strings"
)

// Options say how to open a store.
type Options struct {
	// Create makes the database (its file, or its schema in a server's
	// database) when there is none. Without it, opening a database that
	// does not exist fails with ErrNoDatabase and creates nothing.
	Create bool
}

// Location is a database address read by a Registry: which backend, and
// what that backend is given to open.
type Location struct {
	// Scheme is the backend's name ("sqlite", "postgres").
	Scheme string
	// Address is what the backend opens: a file path for SQLite, the whole
	// URL for a database server.
	Address string
}

// String writes the location for messages, with any password hidden.
func (l Location) String() string { return Redact(l.Address) }

// Backend is one kind of store, chosen by a scheme.
type Backend struct {
	// Scheme names it: a DSN "scheme://..." or "scheme:..." chooses it.
	Scheme string
	// Aliases are other schemes that choose it ("postgresql").
	Aliases []string
	// Paths says that a DSN with no scheme, a file path, chooses it.
	Paths bool
	// Open opens the store at loc.
	Open func(ctx context.Context, loc Location, opts Options) (Store, error)
}

// Registry chooses a backend by the scheme of a database address, as
// restic's location registry does for repositories: the program lists its
// backends once, at start, and nothing is registered behind its back.
type Registry struct {
	backends []Backend
}

// NewRegistry returns a registry of the backends given.
func NewRegistry(backends ...Backend) *Registry {
	return &Registry{backends: slices.Clone(backends)}
}

// schemeSyntax is a URL scheme of at least two characters (one letter
// before a colon is a Windows drive).
var schemeSyntax = regexp.MustCompile(`^([A-Za-z][A-Za-z0-9+.-]+):`)

// Parse reads a database address: "scheme://..." or "scheme:..." for a
// registered scheme, else a file path for the backend that takes paths.
func (r *Registry) Parse(dsn string) (Location, error) {
	if strings.TrimSpace(dsn) == "" {
		return Location{}, fmt.Errorf("empty database address")
	}
	if m := schemeSyntax.FindStringSubmatch(dsn); m != nil {
		scheme := strings.ToLower(m[1])
		rest := dsn[len(m[0]):]
		if b, ok := r.lookup(scheme); ok {
			if b.Paths && !strings.HasPrefix(rest, "//") {
				if rest == "" {
					return Location{}, fmt.Errorf("database %s: no file path after the scheme %q", dsn, m[1]+":")
				}
				return Location{Scheme: b.Scheme, Address: rest}, nil
			}
			return Location{Scheme: b.Scheme, Address: dsn}, nil
		}
		if strings.HasPrefix(rest, "//") {
			return Location{}, fmt.Errorf("database %s: unknown scheme %q (known: %s)", Redact(dsn), scheme, r.known())
		}
	}
	for _, b := range r.backends {
		if b.Paths {
			return Location{Scheme: b.Scheme, Address: dsn}, nil
		}
	}
	return Location{}, fmt.Errorf("database %s: no scheme, and no backend takes file paths (known: %s)", Redact(dsn), r.known())
}

// Open opens the store at the address dsn with the backend its scheme
// chooses.
func (r *Registry) Open(ctx context.Context, dsn string, opts Options) (Store, error) {
	loc, err := r.Parse(dsn)
	if err != nil {
		return nil, err
	}
	b, _ := r.lookup(loc.Scheme)
	return b.Open(ctx, loc, opts)
}

func (r *Registry) lookup(scheme string) (Backend, bool) {
	for _, b := range r.backends {
		if b.Scheme == scheme || slices.Contains(b.Aliases, scheme) {
			return b, true
		}
	}
	return Backend{}, false
}

// known lists the schemes for messages.
func (r *Registry) known() string {
	var out []string
	for _, b := range r.backends {
		if b.Paths {
			out = append(out, "a file path")
		}
		out = append(out, b.Scheme+":")
	}
	return strings.Join(out, ", ")
}

// Redact hides the password of a database URL for messages and logs.
func Redact(dsn string) string {
	u, err := url.Parse(dsn)
	if err != nil || u.Scheme == "" || u.Opaque != "" {
		return dsn
	}
	q := u.Query()
	if q.Has("password") {
		q.Set("password", "***")
		u.RawQuery = q.Encode()
	}
	if _, ok := u.User.Password(); ok {
		u.User = url.UserPassword(u.User.Username(), "***")
	}
	return strings.ReplaceAll(u.String(), "%2A%2A%2A", "***")
}
