package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// runEnv runs the command line in-process with env's settings over db.
func runEnv(t *testing.T, env Env, db string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	env.Stdin, env.Stdout, env.Stderr = strings.NewReader(""), &out, &errb
	vars := map[string]string{"PARALLAX_DB": db}
	if env.Getenv != nil {
		get := env.Getenv
		env.Getenv = func(k string) string {
			if v, ok := vars[k]; ok {
				return v
			}
			return get(k)
		}
	} else {
		env.Getenv = func(k string) string { return vars[k] }
	}
	code = Main(context.Background(), args, env)
	return code, out.String(), errb.String()
}

// zonedArticles stores three articles by fictional outlets: one dated in
// New York's zone, one in UTC, one undated; the first is the newest though
// its own day is the earlier one.
func zonedArticles(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.md"), "---\ntitle: Ferry Crews Strike at Dawn\ndate: 2026-01-06T22:30:00-05:00\noutlet: Harbour Gazette\n"+
		"excerpt: \"Ferry crews across the Vell estuary stopped work at dawn.\"\n---\n"+
		"Ferry crews across the Vell estuary stopped work at dawn on Wednesday over pay.\n\nThe union said the strike would last two days.\n")
	writeFile(t, filepath.Join(dir, "b.md"), "---\ntitle: Vell Ferries Halted by Walkout\ndate: 2026-01-07T01:00:00Z\noutlet: Estuary Post\n---\n"+
		"Ferries on the Vell estuary were halted by a walkout of crews over pay on Wednesday.\n\nCommuters queued for buses instead.\n")
	writeFile(t, filepath.Join(dir, "c.txt"), "Lighthouse Keeper Retires\n\nThe last keeper of the Orrin Point lighthouse retired after forty years of service.")
	db := filepath.Join(t.TempDir(), "p.db")
	if code, _, errs := run(t, db, "add", dir); code != 0 {
		t.Fatalf("add: %s", errs)
	}
	return db
}

func TestTimesInUTC(t *testing.T) {
	db := zonedArticles(t)
	code, out, errs := run(t, db, "articles")
	if code != 0 {
		t.Fatalf("articles: %s", errs)
	}
	i, j := strings.Index(out, "2026-01-07 03:30 UTC"), strings.Index(out, "2026-01-07 01:00 UTC")
	if i < 0 || j < 0 || i > j || strings.Contains(out, "2026-01-06") {
		t.Errorf("articles: want both times in UTC, newest first:\n%s", out)
	}
	code, out, _ = run(t, db, "search", "ferry")
	if code != 0 || !strings.Contains(out, "2026-01-07 03:30 UTC") {
		t.Errorf("search: times not in UTC:\n%s", out)
	}
	code, out, _ = run(t, db, "articles", "--json")
	if code != 0 || !strings.Contains(out, `"2026-01-06T22:30:00-05:00"`) {
		t.Errorf("articles --json must keep the time as published:\n%.400s", out)
	}
	var arts []struct{ ID, Title string }
	json.Unmarshal([]byte(out), &arts)
	for _, a := range arts {
		if a.Title != "Ferry Crews Strike at Dawn" {
			continue
		}
		code, out, _ = run(t, db, "show", a.ID)
		if code != 0 || !strings.Contains(out, "published: 2026-01-07 03:30 UTC (2026-01-06 22:30 -05:00 at the source)") {
			t.Errorf("show: published not in UTC:\n%s", out)
		}
		if n := strings.Count(out, "Ferry crews across the Vell estuary stopped work at dawn"); n != 1 {
			t.Errorf("show prints the excerpt and the same first paragraph (%d times):\n%s", n, out)
		}
	}
	code, out, _ = run(t, db, "stories")
	if code != 0 || !strings.Contains(out, "2026-01-07") || strings.Contains(out, "2026-01-06") {
		t.Errorf("stories: days not in UTC:\n%s", out)
	}
}

func TestUndatedStoriesHaveNullTimes(t *testing.T) {
	db := zonedArticles(t)
	code, out, errs := run(t, db, "stories", "--json")
	if code != 0 {
		t.Fatalf("stories --json: %s", errs)
	}
	var list []map[string]any
	if err := json.Unmarshal([]byte(out), &list); err != nil {
		t.Fatal(err)
	}
	undated := 0
	for _, s := range list {
		if s["title"] == "Lighthouse Keeper Retires" {
			undated++
			if s["first"] != nil || s["last"] != nil {
				t.Errorf("undated story: first %v, last %v; want null", s["first"], s["last"])
			}
		} else if f, _ := s["first"].(string); !strings.HasPrefix(f, "2026-01-07T") {
			t.Errorf("dated story: first %v", s["first"])
		}
	}
	if undated != 1 || strings.Contains(out, "0001-01-01") {
		t.Errorf("stories --json:\n%s", out)
	}
}

func TestShowExcerptOnce(t *testing.T) {
	tests := []struct {
		excerpt string
		paras   []string
		repeats bool
	}{
		{"The first paragraph.", []string{"The first paragraph.", "More."}, true},
		{"The first  paragraph", []string{"The first paragraph, and then some more words.", "More."}, true},
		{"The first paragraph, and…", []string{"The first paragraph, and then some."}, true},
		{"A summary of its own.", []string{"The first paragraph."}, false},
		{"Anything", nil, false},
	}
	for _, tc := range tests {
		if got := repeatsText(tc.excerpt, tc.paras); got != tc.repeats {
			t.Errorf("repeatsText(%q, %q) = %v, want %v", tc.excerpt, tc.paras, got, tc.repeats)
		}
	}
}

func TestSearchHighlight(t *testing.T) {
	db := zonedArticles(t)
	_, plain, _ := runEnv(t, Env{}, db, "search", "walkout")
	_, term, _ := runEnv(t, Env{StdoutIsTerminal: true}, db, "search", "walkout")
	_, noColor, _ := runEnv(t, Env{StdoutIsTerminal: true, Getenv: func(k string) string {
		if k == "NO_COLOR" {
			return "1"
		}
		return ""
	}}, db, "search", "walkout")
	_, js, _ := runEnv(t, Env{StdoutIsTerminal: true}, db, "search", "walkout", "--json")
	if strings.Contains(plain, "**") || strings.Contains(plain, "\x1b") || !strings.Contains(plain, "walkout") {
		t.Errorf("search, not a terminal: want plain text:\n%q", plain)
	}
	if !strings.Contains(term, boldOn+"walkout"+boldOff) || strings.Contains(term, "**") {
		t.Errorf("search on a terminal: want the match in bold:\n%q", term)
	}
	if noColor != plain {
		t.Errorf("search with NO_COLOR: %q, want plain %q", noColor, plain)
	}
	if !strings.Contains(js, "**walkout**") || strings.Contains(js, "\x1b") {
		t.Errorf("search --json must keep its ** markers:\n%s", js)
	}
}

func TestHighlight(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		bold bool
		want string
	}{
		{"a **b** c", 100, false, "a b c"},
		{"a **b** c", 100, true, "a " + boldOn + "b" + boldOff + " c"},
		{"\x1b[31m**x**", 100, true, "[31m" + boldOn + "x" + boldOff},
		{"one two **three** four", 9, false, "one two…"},
		{"one **two three** four", 7, true, "one " + boldOn + "tw…" + boldOff},
		{"**unclosed", 100, true, boldOn + "unclosed" + boldOff},
	}
	for _, tc := range tests {
		if got := highlight(tc.in, tc.n, tc.bold); got != tc.want {
			t.Errorf("highlight(%q, %d, %v) = %q, want %q", tc.in, tc.n, tc.bold, got, tc.want)
		}
	}
}

func TestDemoSuggestsRunnableCommands(t *testing.T) {
	db := filepath.Join(t.TempDir(), "demo.db")
	code, out, errs := runEnv(t, Env{Program: "go run ./cmd/parallax"}, db, "demo", "--no-serve")
	if code != 0 {
		t.Fatalf("demo: %s", errs)
	}
	if !strings.Contains(out, "Try: go run ./cmd/parallax --db "+db+" story s") || strings.Contains(out, "Try: parallax") {
		t.Errorf("demo's Try lines:\n%s", out[strings.Index(out, "Try:"):])
	}
}

func TestGoRunBuild(t *testing.T) {
	tests := []struct {
		exe, gocache string
		want         bool
	}{
		{"/tmp/go-build3120654876/b001/exe/parallax", "", true},
		{"/home/u/.cache/go-build/e4/e41c-d/parallax", "", true},
		{"/srv/cache/e4/e41c-d/parallax", "/srv/cache", true},
		{"/usr/local/bin/parallax", "/srv/cache", false},
		{"/home/u/go/bin/parallax", "", false},
		{"", "", false},
	}
	for _, tc := range tests {
		if got := goRunBuild(tc.exe, tc.gocache); got != tc.want {
			t.Errorf("goRunBuild(%q, %q) = %v, want %v", tc.exe, tc.gocache, got, tc.want)
		}
	}
	for arg0, want := range map[string]string{"parallax": "parallax", "./parallax": "./parallax", "/opt/my tools/parallax": "'/opt/my tools/parallax'", "": "parallax"} {
		if got := invokedAs(arg0); got != want {
			t.Errorf("invokedAs(%q) = %q, want %q", arg0, got, want)
		}
	}
}
