package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// binary is the parallax command built once for these tests.
var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "parallax-e2e")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binary = filepath.Join(dir, "parallax")
	if out, err := exec.Command("go", "build", "-o", binary, ".").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "build parallax: %v\n%s", err, out)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// parallax runs the binary with PARALLAX_DB set and returns its exit code
// and output.
func parallax(t *testing.T, db string, stdin string, args ...string) (int, string, string) {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Env = append(os.Environ(), "PARALLAX_DB="+db)
	cmd.Stdin = strings.NewReader(stdin)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("run parallax %v: %v", args, err)
	}
	return code, out.String(), errb.String()
}

func TestBinarySeeds(t *testing.T) {
	seeds, _ := filepath.Glob("../../../shared/seeds/*")
	if len(seeds) != 2 {
		t.Skip("../shared/seeds not found: the canonical example lives beside the project")
	}
	db := filepath.Join(t.TempDir(), "p.db")
	if code, out, errs := parallax(t, db, "", append([]string{"add"}, seeds...)...); code != 0 || !strings.Contains(out, "added 2") {
		t.Fatalf("add: exit %d: %s %s", code, out, errs)
	}
	code, out, _ := parallax(t, db, "", "articles", "--json")
	var arts []map[string]any
	if err := json.Unmarshal([]byte(out), &arts); err != nil || code != 0 || len(arts) != 2 {
		t.Fatalf("articles --json: exit %d, %d articles, %v", code, len(arts), err)
	}
	// Standard input, and --outlet.
	code, out, errs := parallax(t, db, "Piped Story\n\nRead from standard input.", "add", "--outlet", "Pipe Times", "-")
	if code != 0 || !strings.Contains(out, "added 1") {
		t.Fatalf("add -: exit %d: %s %s", code, out, errs)
	}
	code, out, _ = parallax(t, db, "", "articles", "--outlet", "Pipe Times")
	if code != 0 || !strings.Contains(out, "Piped Story") {
		t.Errorf("articles --outlet: exit %d: %s", code, out)
	}
	if code, _, _ := parallax(t, db, "", "no-such-command"); code != 2 {
		t.Errorf("bad usage: exit %d, want 2", code)
	}
}

// TestConcurrentAdd runs two add processes on one database at once, with
// overlapping inputs: both succeed and every article is stored once.
func TestConcurrentAdd(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "p.db")
	write := func(name string, from, to int) string {
		var b strings.Builder
		for i := from; i < to; i++ {
			fmt.Fprintf(&b, `{"url":"https://example.org/%d","outlet":"Gen","title":"Story %d","body":"Paragraph one of story %d.\n\nParagraph two, with words %d."}`+"\n", i, i, i, i*7)
		}
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	a := write("a.jsonl", 0, 3000)
	b := write("b.jsonl", 2000, 5000)
	var wg sync.WaitGroup
	results := make([]string, 2)
	stderrs := make([]string, 2) // progress lines, when an add takes long
	codes := make([]int, 2)
	for i, f := range []string{a, b} {
		wg.Add(1)
		go func(i int, f string) {
			defer wg.Done()
			codes[i], results[i], stderrs[i] = parallax(t, db, "", "add", "--json", f)
		}(i, f)
	}
	wg.Wait()
	added := 0
	for i := range results {
		if codes[i] != 0 {
			t.Fatalf("process %d: exit %d: %s %s", i, codes[i], results[i], stderrs[i])
		}
		var sum struct{ Added, Unchanged, Failed int }
		if err := json.Unmarshal([]byte(results[i]), &sum); err != nil {
			t.Fatalf("process %d: %v: %s %s", i, err, results[i], stderrs[i])
		}
		if sum.Failed != 0 || sum.Added+sum.Unchanged != 3000 {
			t.Errorf("process %d: %+v", i, sum)
		}
		added += sum.Added
	}
	if added != 5000 {
		t.Errorf("added %d in all, want 5000", added)
	}
	code, out, _ := parallax(t, db, "", "articles", "--limit", "0", "--json")
	var arts []map[string]any
	if err := json.Unmarshal([]byte(out), &arts); err != nil || code != 0 || len(arts) != 5000 {
		t.Errorf("articles: exit %d, %d stored, %v; want 5000", code, len(arts), err)
	}
}
