package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/jackc/pgx/v5"
)

// postgresDatabase returns the address of a database that does not exist
// yet on the server PARALLAX_TEST_POSTGRES names (the first command that
// stores articles makes it), and drops it when the test ends; it skips the
// test without a server.
func postgresDatabase(t *testing.T) string {
	t.Helper()
	server := os.Getenv("PARALLAX_TEST_POSTGRES")
	if server == "" {
		t.Skip("no PostgreSQL server: set PARALLAX_TEST_POSTGRES (e.g. postgres://parallax@127.0.0.1:54329/postgres) to run the binary against one")
	}
	u, err := url.Parse(server)
	if err != nil {
		t.Fatalf("PARALLAX_TEST_POSTGRES: %v", err)
	}
	b := make([]byte, 8)
	rand.Read(b)
	name := "parallax_e2e_" + hex.EncodeToString(b)
	t.Cleanup(func() {
		ctx := context.Background()
		conn, err := pgx.Connect(ctx, server)
		if err != nil {
			t.Errorf("drop %s: %v", name, err)
			return
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)"); err != nil {
			t.Errorf("drop %s: %v", name, err)
		}
	})
	u.Path = "/" + name
	return u.String()
}

// TestPostgresEndToEnd runs the binary with --db postgres://…: add (which
// makes the database), copies, stories, search, story and a serve request,
// and checks that the stories and copies are the ones the same commands
// make in SQLite.
func TestPostgresEndToEnd(t *testing.T) {
	db := postgresDatabase(t)
	dir := t.TempDir()
	first, second := sampleHalves(t, dir)
	lite := filepath.Join(dir, "p.db")

	// Before anything is stored, a reading command finds no database and
	// makes none.
	if code, _, errs := parallax(t, db, "", "stories"); code == 0 || !strings.Contains(errs, "no database") {
		t.Errorf("stories on a missing database: exit %d, stderr %q; want a failure saying there is no database", code, errs)
	}
	for _, d := range []string{db, lite} {
		add(t, d, first)
		add(t, d, second)
		if code, out, errs := parallax(t, d, "", "copies"); code != 0 {
			t.Fatalf("copies: exit %d: %s %s", code, out, errs)
		}
	}
	want, got := storiesOf(t, lite), storiesOf(t, db)
	if got == "" || got != want {
		t.Errorf("stories in PostgreSQL:\n%s\nwant, as in SQLite:\n%s", got, want)
	}
	copiesOf := func(d string) string {
		code, out, errs := parallax(t, d, "", "copies", "--list")
		if code != 0 {
			t.Fatalf("copies --list: exit %d: %s", code, errs)
		}
		return out
	}
	if got, want := copiesOf(db), copiesOf(lite); got != want {
		t.Errorf("copies in PostgreSQL:\n%s\nwant, as in SQLite:\n%s", got, want)
	}

	// Search for a word of the first story's title; the story shows it.
	code, out, errs := parallax(t, db, "", "stories", "--json", "--limit", "1")
	var top []struct{ ID, Title string }
	if err := json.Unmarshal([]byte(out), &top); code != 0 || err != nil || len(top) != 1 {
		t.Fatalf("stories --json --limit 1: exit %d, %v: %s %s", code, err, out, errs)
	}
	word := longestWord(top[0].Title)
	code, out, errs = parallax(t, db, "", "search", "--json", word)
	var hits []struct {
		Article struct{ ID, Title string } `json:"article"`
		Snippet string                     `json:"snippet"`
	}
	if err := json.Unmarshal([]byte(out), &hits); code != 0 || err != nil || len(hits) == 0 {
		t.Fatalf("search %q: exit %d, %d hits, %v: %s", word, code, len(hits), err, errs)
	}
	if code, out, errs := parallax(t, db, "", "search", "--json", `"unbalanced`); code != 0 {
		t.Errorf("search with a stray quote: exit %d: %s %s", code, out, errs)
	}
	if code, out, errs := parallax(t, db, "", "story", top[0].ID); code != 0 || !strings.Contains(out, top[0].Title) {
		t.Errorf("story %s: exit %d, stdout %q, stderr %q; want its title", top[0].ID, code, out, errs)
	}

	base := startServer(t, "--db", db, "serve", "--addr", "127.0.0.1:0")
	get := func(path string, v any) {
		t.Helper()
		resp, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("GET %s: %s: %s", path, resp.Status, body)
		}
		if err := json.Unmarshal(body, v); err != nil {
			t.Fatalf("GET %s: %v: %s", path, err, body)
		}
	}
	var story struct {
		ID    string `json:"id"`
		Title string `json:"title"`
	}
	get("/api/v1/stories/"+top[0].ID, &story)
	if story.Title != top[0].Title {
		t.Errorf("GET /api/v1/stories/%s: title %q, want %q", top[0].ID, story.Title, top[0].Title)
	}
	var found any
	get("/api/v1/search?q="+url.QueryEscape(word), &found)
	if !strings.Contains(mustJSON(t, found), hits[0].Article.ID) {
		t.Errorf("GET /api/v1/search?q=%s does not hold the first hit of the command, %s", word, hits[0].Article.ID)
	}
}

// longestWord returns the longest run of letters in s.
func longestWord(s string) string {
	best := ""
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len(w) > len(best) {
			best = w
		}
	}
	return best
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
