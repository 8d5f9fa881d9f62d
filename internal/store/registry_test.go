package store

import (
	"context"
	"errors"
	"strings"
	"testing"
)

func testRegistry(opened *Location) *Registry {
	open := func(ctx context.Context, loc Location, opts Options) (Store, error) {
		*opened = loc
		return nil, nil
	}
	return NewRegistry(
		Backend{Scheme: "sqlite", Paths: true, Open: open},
		Backend{Scheme: "postgres", Aliases: []string{"postgresql"}, Open: open},
	)
}

func TestRegistryParse(t *testing.T) {
	var loc Location
	r := testRegistry(&loc)
	cases := []struct {
		dsn, scheme, addr string
	}{
		{"parallax.db", "sqlite", "parallax.db"},
		{"/var/lib/parallax/p.db", "sqlite", "/var/lib/parallax/p.db"},
		{`C:\Users\x\p.db`, "sqlite", `C:\Users\x\p.db`},
		{"sqlite:data/p.db", "sqlite", "data/p.db"},
		{"SQLite:/tmp/p.db", "sqlite", "/tmp/p.db"},
		{"weird:name.db", "sqlite", "weird:name.db"},
		{"postgres://u:pw@db.example:5432/parallax?sslmode=disable", "postgres", "postgres://u:pw@db.example:5432/parallax?sslmode=disable"},
		{"postgresql://localhost/parallax", "postgres", "postgresql://localhost/parallax"},
	}
	for _, c := range cases {
		if _, err := r.Open(context.Background(), c.dsn, Options{}); err != nil {
			t.Errorf("Open(%q): %v", c.dsn, err)
			continue
		}
		if loc.Scheme != c.scheme || loc.Address != c.addr {
			t.Errorf("Open(%q) opened %+v, want %s %s", c.dsn, loc, c.scheme, c.addr)
		}
	}
}

func TestRegistryRefuses(t *testing.T) {
	var loc Location
	r := testRegistry(&loc)
	for _, c := range []struct{ dsn, want string }{
		{"", "empty"},
		{"  ", "empty"},
		{"mysql://u:secret@h/db", "unknown scheme \"mysql\""},
		{"sqlite:", "no file path"},
	} {
		_, err := r.Open(context.Background(), c.dsn, Options{})
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Open(%q) = %v, want an error saying %q", c.dsn, err, c.want)
		}
		if err != nil && strings.Contains(err.Error(), "secret") {
			t.Errorf("Open(%q) error shows the password: %v", c.dsn, err)
		}
	}
	none := NewRegistry(Backend{Scheme: "postgres"})
	if _, err := none.Open(context.Background(), "p.db", Options{}); err == nil {
		t.Error("a path opened with no backend that takes paths")
	}
}

func TestRedact(t *testing.T) {
	for in, want := range map[string]string{
		"postgres://u:secret@h:5432/db":          "postgres://u:***@h:5432/db",
		"postgres://h/db?user=u&password=secret": "postgres://h/db?password=***&user=u",
		"postgres://u@h/db":                      "postgres://u@h/db",
		"/var/lib/parallax/p.db":                 "/var/lib/parallax/p.db",
	} {
		got := Redact(in)
		if got != want {
			t.Errorf("Redact(%q) = %q, want %q", in, got, want)
		}
	}
	var e error = &LeaseHeldError{Name: LeaseStories, Holder: "x"}
	if !errors.Is(e, ErrLeaseHeld) {
		t.Error("a LeaseHeldError is not ErrLeaseHeld")
	}
}
