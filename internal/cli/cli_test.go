package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/view"
)

// run runs the command line in-process with its own database.
func run(t *testing.T, db string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	env := Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb,
		Getenv: func(k string) string {
			if k == "PARALLAX_DB" {
				return db
			}
			return ""
		}}
	code = Main(context.Background(), args, env)
	return code, out.String(), errb.String()
}

// seeds returns the canonical example's files, or skips.
func seeds(t *testing.T) []string {
	t.Helper()
	files, _ := filepath.Glob("../../../shared/seeds/*")
	if len(files) != 2 {
		t.Skip("../shared/seeds not found: the canonical example lives beside the project")
	}
	return files
}

func TestUsage(t *testing.T) {
	db := filepath.Join(t.TempDir(), "p.db")
	tests := []struct {
		args []string
		code int
		out  string
	}{
		{nil, 0, "Usage:"},
		{[]string{"--help"}, 0, "Available Commands"},
		{[]string{"add", "--help"}, 0, "--outlet"},
		{[]string{"articles", "--help"}, 0, "--json"},
		{[]string{"frobnicate"}, 2, ""},
		{[]string{"add"}, 2, ""},
		{[]string{"add", "--bogus", "x"}, 2, ""},
		{[]string{"add", "--max-size", "lots", "x"}, 2, ""},
		{[]string{"show"}, 2, ""},
		{[]string{"show", "a", "b"}, 2, ""},
		{[]string{"articles", "--since", "yesterday"}, 2, ""},
		{[]string{"search"}, 2, ""},
		{[]string{"search", "!!!"}, 2, ""},
		{[]string{"stories", "--query", "!!!"}, 2, ""},
		{[]string{"show", "0000000000000000"}, 1, ""},
	}
	for _, tc := range tests {
		code, out, _ := run(t, db, tc.args...)
		if code != tc.code || !strings.Contains(out, tc.out) {
			t.Errorf("parallax %v: exit %d, output %.60q; want exit %d and %q", tc.args, code, out, tc.code, tc.out)
		}
	}
}

func TestSeeds(t *testing.T) {
	files := seeds(t)
	db := filepath.Join(t.TempDir(), "p.db")
	code, out, errs := run(t, db, append([]string{"add"}, files...)...)
	if code != 0 || !strings.Contains(out, "added 2, unchanged 0, revised 0, failed 0") {
		t.Fatalf("add seeds: exit %d, %q, %q", code, out, errs)
	}
	code, out, _ = run(t, db, append([]string{"add", "--json"}, files...)...)
	var sum addSummary
	if err := json.Unmarshal([]byte(out), &sum); err != nil || code != 0 || sum.Unchanged != 2 || sum.Added != 0 {
		t.Fatalf("add seeds again: exit %d, %+v, %v", code, sum, err)
	}
	code, out, _ = run(t, db, "articles", "--json")
	var arts []struct {
		ID         string   `json:"id"`
		Title      string   `json:"title"`
		Authors    []string `json:"authors"`
		Published  string   `json:"published"`
		Categories []string `json:"categories"`
		Paragraphs []string `json:"paragraphs"`
	}
	if err := json.Unmarshal([]byte(out), &arts); err != nil || code != 0 {
		t.Fatalf("articles --json: exit %d: %v", code, err)
	}
	if len(arts) != 2 {
		t.Fatalf("articles: %d, want 2", len(arts))
	}
	byTitle := map[string]int{}
	for i, a := range arts {
		byTitle[a.Title] = i
	}
	i, ok := byTitle["UK, France Agree to Deploy Forces in Ukraine After Peace Deal"]
	if !ok {
		t.Fatalf("seed 000 title not found in %v", byTitle)
	}
	a := arts[i]
	if a.Published != "2026-01-07" || strings.Join(a.Authors, "|") != "Staff, Agencies" || len(a.Paragraphs) != 9 ||
		!strings.HasPrefix(a.Paragraphs[0], "The leaders of the UK and France") || strings.Contains(a.Paragraphs[0], "date 2026") {
		t.Errorf("seed 000 = %+v", a)
	}
	i, ok = byTitle["Breaking: UK and France to send troops to Ukraine if peace deal agreed"]
	if !ok {
		t.Fatalf("seed 001 title not found in %v", byTitle)
	}
	a = arts[i]
	if a.Published != "2026-01-06T22:30:55" || strings.Join(a.Authors, "|") != "badely" || strings.Join(a.Categories, "|") != "News" ||
		len(a.Paragraphs) != 33 || !strings.HasPrefix(a.Paragraphs[0], "Experts revealed that") ||
		!strings.HasPrefix(a.Paragraphs[32], "Last month, Kyiv sent the US an updated 20-point plan") {
		t.Errorf("seed 001 = %+v (%d paragraphs)", a, len(a.Paragraphs))
	}
	for _, p := range a.Paragraphs {
		if strings.Contains(p, "layout: post") || strings.Contains(p, "excerpt:") {
			t.Errorf("front matter in body: %q", p)
		}
	}
	code, out, _ = run(t, db, "search", "military hubs", "--json")
	var hits []view.SearchHit
	if err := json.Unmarshal([]byte(out), &hits); err != nil || code != 0 || len(hits) != 2 {
		t.Errorf("search military hubs: exit %d, %d hits, %v", code, len(hits), err)
	}
	code, out, _ = run(t, db, "show", arts[0].ID[:6])
	if code != 0 || !strings.Contains(out, arts[0].Title) {
		t.Errorf("show by prefix: exit %d, %q", code, out)
	}
}

func TestBadInputsDirectory(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"good/one.txt":       "Good One\n\nThe first good article has a body.",
		"good/two.md":        "---\ntitle: Good Two\n---\nThe second good article.\n",
		"good/three.jsonl":   `{"title":"Good Three","body":"Third good body."}` + "\n" + `{broken` + "\n" + `{"title":"Good Four","body":"Fourth good body."}` + "\n",
		"bad/empty.txt":      "",
		"bad/binary.txt":     "\x00\x01\x02\x03binary",
		"bad/latin1.txt":     "Caf\xe9 Opens\n\nA caf\xe9 opened.",
		"bad/frontmatter.md": "---\ntitle: [unclosed\n---\nBody.\n",
		"bad/huge.txt":       strings.Repeat("many words here ", 200),
	}
	for name, content := range files {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(t.TempDir(), "p.db")
	code, out, errs := run(t, db, "add", "--max-size", "1KiB", dir, filepath.Join(dir, "missing.txt"))
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	// Stored: one.txt, two.md, Good Three, Good Four, latin1.txt (repaired).
	if !strings.Contains(out, "added 5, unchanged 0, revised 0, failed 6") {
		t.Errorf("summary = %q", out)
	}
	for _, want := range []string{
		"bad/empty.txt: empty file",
		"bad/binary.txt: binary data",
		"warning: " + filepath.Join(dir, "bad/latin1.txt") + ": invalid UTF-8",
		"bad/frontmatter.md: front matter",
		"bad/huge.txt: larger than the size limit",
		"good/three.jsonl:2: invalid JSON",
		"missing.txt: stat: no such file or directory",
	} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	if n := strings.Count(errs, "\n"); n != 7 {
		t.Errorf("stderr has %d lines, want 7 (6 errors, 1 warning):\n%s", n, errs)
	}
	// Nothing is lost or duplicated by running it again.
	code, out, _ = run(t, db, "add", "--max-size", "1KiB", dir)
	if code != 1 || !strings.Contains(out, "added 0, unchanged 5, revised 0, failed 5") {
		t.Errorf("second run: exit %d, %q", code, out)
	}
}

func TestDemo(t *testing.T) {
	db := filepath.Join(t.TempDir(), "demo.db")
	code, out, errs := run(t, db, "demo", "--no-serve")
	if code != 0 || !strings.Contains(out, "Continental Wire") || !strings.Contains(out, "Valmora dockworkers walk out") {
		t.Fatalf("demo: exit %d\n%s\n%s", code, out, errs)
	}
	// A story's names name each entity once: the union, not the union
	// and "Union".
	if !strings.Contains(out, "names: Tomas Brennick, Helena Osk, Harbour and Transport Union\n") {
		t.Errorf("demo: the strike's names are not each entity once:\n%s", out)
	}
	code, out, _ = run(t, db, "demo", "--no-serve")
	if code != 0 || !strings.Contains(out, "0 new") {
		t.Errorf("demo again: exit %d: %q", code, out)
	}
	code, out, _ = run(t, db, "search", "night shift", "--json")
	var hits []view.SearchHit
	if err := json.Unmarshal([]byte(out), &hits); err != nil || code != 0 || len(hits) < 4 {
		t.Errorf("search the demo: exit %d, %d hits, %v", code, len(hits), err)
	}
}

func TestParseSize(t *testing.T) {
	tests := map[string]int64{"500": 500, "64KB": 64000, "64KiB": 65536, "32MiB": 32 << 20, "1.5M": 3 << 19, "2gb": 2e9, "10 B": 10}
	for in, want := range tests {
		if got, err := parseSize(in); err != nil || got != want {
			t.Errorf("parseSize(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"", "x", "-1", "0", "5 parsecs", "0.1"} {
		if _, err := parseSize(in); err == nil {
			t.Errorf("parseSize(%q) succeeded", in)
		}
	}
}

func TestTerminalSafe(t *testing.T) {
	in := "ok\x1b[31mred\x07 \u202eevil\u2066x\u0085 é\n"
	if got, want := terminalSafe(in), "ok[31mred evilx é\n"; got != want {
		t.Errorf("terminalSafe(%q) = %q, want %q", in, got, want)
	}
}
