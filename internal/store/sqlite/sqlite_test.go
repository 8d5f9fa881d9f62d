package sqlite

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/clean"
	"github.com/parallax-news/parallax/internal/store"
	"github.com/parallax-news/parallax/internal/store/storetest"
)

func TestStore(t *testing.T) {
	storetest.Suite{
		New: func(t *testing.T) string { return filepath.Join(t.TempDir(), "sub", "p.db") },
		Open: func(t *testing.T, path string) store.Store {
			s, err := Open(context.Background(), path)
			if err != nil {
				t.Fatal(err)
			}
			return s
		},
	}.Run(t)
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
	ms, err := migrations(migrationFiles)
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
	if _, err := s.db.Exec("INSERT INTO schema_migrations(version) VALUES (99)"); err != nil {
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

// TestLearnPendingCatchesUp: a database whose articles were stored before
// cleaning learned (as one written by an older Parallax) learns from all of
// them once, and Put learns again when caught up.
func TestLearnPendingCatchesUp(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "p.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	pitch := "The Harbour Post is funded by its readers."
	var arts []*article.Article
	for i := range 2500 {
		arts = append(arts, storetest.Article(fmt.Sprintf("https://post.example/%d", i), "Harbour Post", fmt.Sprint("Story ", i), "",
			fmt.Sprintf("Story number %d of the day.", i), pitch))
	}
	if _, err := s.Put(ctx, arts[:2400]); err != nil {
		t.Fatal(err)
	}
	// Forget what was learned, as in a database from before cleaning.
	if _, err := s.db.Exec(`DELETE FROM clean_models; UPDATE clean_learned SET upto = 0`); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Put(ctx, arts[2400:2450]); err != nil { // not caught up: not learned now
		t.Fatal(err)
	}
	if m, _ := s.OutletModel(ctx, "Harbour Post"); m.Articles != 0 {
		t.Errorf("Put learned while learning was behind: %d articles", m.Articles)
	}
	n, err := s.LearnPending(ctx)
	if err != nil || n != 2450 {
		t.Fatalf("LearnPending = %d, %v; want 2450", n, err)
	}
	if _, err := s.Put(ctx, arts[2450:]); err != nil {
		t.Fatal(err)
	}
	m, err := s.OutletModel(ctx, "Harbour Post")
	if err != nil {
		t.Fatal(err)
	}
	if l, ok := m.Lookup(clean.Key(pitch)); m.Articles != 2500 || !ok || l.Articles != 2500 {
		t.Errorf("model: %d articles, pitch %+v; want 2500 each", m.Articles, l)
	}
}
