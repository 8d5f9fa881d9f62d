package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadersCreateNothing: a command that only reads (or keeps derived
// data of stored articles) never creates a database or its directory.
func TestReadersCreateNothing(t *testing.T) {
	root := t.TempDir()
	db := filepath.Join(root, "no", "such", "dir", "x.db")
	for _, args := range [][]string{
		{"articles"},
		{"articles", "--json"},
		{"show", "abcd"},
		{"search", "harbour"},
		{"stories"},
		{"story", "sabcd"},
		{"copies"},
		{"analyze", "abcd1234"},
		{"feeds", "list"},
		{"feeds", "export"},
		{"feeds", "remove", "1"},
		{"watch", "--once"},
		{"serve", "--addr", "127.0.0.1:0"},
	} {
		code, out, errs := run(t, "", append([]string{"--db", db}, args...)...)
		if code != 1 || out != "" || !strings.Contains(errs, "no database at "+db) || !strings.Contains(errs, "parallax add") {
			t.Errorf("parallax %s: exit %d, %q, %q; want exit 1 and a message naming %s", strings.Join(args, " "), code, out, errs, db)
		}
	}
	if names, _ := os.ReadDir(root); len(names) != 0 {
		t.Errorf("readers created %v in %s", names, root)
	}
	// In an existing directory, no file appears either.
	db = filepath.Join(root, "x.db")
	if code, _, _ := run(t, db, "stories"); code != 1 {
		t.Errorf("stories on a missing file: exit %d, want 1", code)
	}
	if _, err := os.Stat(db); !os.IsNotExist(err) {
		t.Errorf("stories created %s", db)
	}
	// Writers create the database with its directory.
	dir := t.TempDir()
	in := filepath.Join(dir, "one.txt")
	writeFile(t, in, "Harbour Cranes Idle\n\nThe cranes at the port of Vell stood idle on Monday as crews walked out.")
	db = filepath.Join(root, "new", "x.db")
	if code, _, errs := run(t, db, "add", in); code != 0 {
		t.Fatalf("add: exit %d: %s", code, errs)
	}
	if code, out, errs := run(t, db, "articles"); code != 0 || !strings.Contains(out, "Harbour Cranes Idle") {
		t.Errorf("articles after add: exit %d, %q, %q", code, out, errs)
	}
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
