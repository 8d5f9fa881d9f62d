package sqlite

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/store"
	"github.com/parallax-news/parallax/internal/store/storetest"
)

func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store {
		s, err := Open(context.Background(), filepath.Join(t.TempDir(), "sub", "p.db"))
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

func TestCopyStore(t *testing.T) {
	storetest.RunCopies(t, func(t *testing.T) storetest.CopyStore {
		s, err := Open(context.Background(), filepath.Join(t.TempDir(), "p.db"))
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

func TestStoryStore(t *testing.T) {
	storetest.RunStories(t, func(t *testing.T) storetest.StoryStore {
		s, err := Open(context.Background(), filepath.Join(t.TempDir(), "p.db"))
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

func TestReopenKeepsDataAndSchema(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "p.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	a := storetest.Article("https://example.org/x", "", "Kept", "", "Kept text.")
	if _, err := s.Put(ctx, []*article.Article{a}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Get(ctx, a.ID); err != nil {
		t.Errorf("after reopen: %v", err)
	}
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	var v int
	if err := s.db.QueryRow("PRAGMA user_version").Scan(&v); err != nil || v != ms[len(ms)-1].version {
		t.Errorf("user_version = %d, %v; want %d", v, err, ms[len(ms)-1].version)
	}
	var mode string
	if err := s.db.QueryRow("PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal_mode = %q, %v; want wal", mode, err)
	}
}

func TestRefusesNewerSchema(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "p.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.Exec("PRAGMA user_version = 99"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if _, err := Open(ctx, path); err == nil || !strings.Contains(err.Error(), "newer") {
		t.Errorf("Open(newer schema) error = %v, want one saying it is newer", err)
	}
}

func TestOpenExistingCreatesNothing(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	for _, path := range []string{
		filepath.Join(dir, "no", "such", "dir", "x.db"),
		filepath.Join(dir, "x.db"),
	} {
		if _, err := OpenExisting(ctx, path); !errors.Is(err, ErrNoDatabase) || !strings.Contains(err.Error(), path) {
			t.Errorf("OpenExisting(%s) = %v, want ErrNoDatabase naming the path", path, err)
		}
	}
	if _, err := OpenExisting(ctx, dir); err == nil || errors.Is(err, ErrNoDatabase) {
		t.Errorf("OpenExisting(a directory) = %v, want an error that says so", err)
	}
	if names, _ := os.ReadDir(dir); len(names) != 0 {
		t.Errorf("OpenExisting created %v", names)
	}
	path := filepath.Join(dir, "x.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	a := storetest.Article("https://example.org/y", "", "Kept", "", "Kept text.")
	if _, err := s.Put(ctx, []*article.Article{a}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = OpenExisting(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Get(ctx, a.ID); err != nil {
		t.Errorf("after OpenExisting: %v", err)
	}
}

func TestOutletStore(t *testing.T) {
	storetest.RunOutlets(t, func(t *testing.T) storetest.OutletStore {
		s, err := Open(context.Background(), filepath.Join(t.TempDir(), "p.db"))
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}
