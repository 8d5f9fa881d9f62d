package cli

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func gzipFile(t *testing.T, path string, parts ...string) {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	for _, p := range parts {
		zw.Write([]byte(p))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestAddMaxTotal(t *testing.T) {
	dir := t.TempDir()
	good := func(n int) string {
		return fmt.Sprintf(`{"title":"Quay report %d","url":"https://quay.example/%d","body":"The quay report number %d was read."}`+"\n", n, n, n)
	}
	bomb := filepath.Join(dir, "bomb.jsonl.gz")
	gzipFile(t, bomb, good(1), `{"title":"x","body":"`+strings.Repeat("a", 3<<20)+`"}`+"\n", good(2))
	db := filepath.Join(dir, "p.db")
	code, out, errs := run(t, db, "add", "--json", "--max-size", "1MiB", "--max-total", "2MiB", bomb)
	var sum addSummary
	if code != 1 || json.Unmarshal([]byte(out), &sum) != nil || sum.Added != 1 || sum.Failed != 1 {
		t.Fatalf("add over --max-total: exit %d %s %s", code, out, errs)
	}
	if e := sum.Errors[0]; e.Input != bomb || !strings.Contains(e.Error, "decompresses to more than the limit") ||
		!strings.Contains(e.Error, "line 2") || !strings.Contains(e.Error, "--max-total") {
		t.Errorf("error %+v: want the input, the limit, the line and the flag", e)
	}
	// Within the total, only the over-long line fails.
	code, out, errs = run(t, db, "add", "--json", "--max-size", "1MiB", "--max-total", "0", bomb)
	if code != 1 || json.Unmarshal([]byte(out), &sum) != nil || sum.Added != 1 || sum.Unchanged != 1 || sum.Failed != 1 ||
		sum.Errors[0].Input != bomb+":2" {
		t.Fatalf("add with --max-total 0: exit %d %s %s", code, out, errs)
	}
	for _, bad := range []string{"-1", "lots", "1 parsec"} {
		if code, _, errs := run(t, db, "add", "--max-total", bad, bomb); code != 2 || !strings.Contains(errs, "--max-total") {
			t.Errorf("--max-total %s: exit %d %s, want a usage error", bad, code, errs)
		}
	}
}

func TestAddRefusesTextWithoutWords(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"words.txt":   "Quay report\n\nThe quay reopened on Monday.",
		"dots.txt":    "Quay report\n\n...\n\n* * *",
		"null.json":   "null",
		"empty.json":  "[]",
		"nums.json":   "[1, 2]",
		"string.json": `"just a string"`,
	}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, out, errs := run(t, filepath.Join(dir, "p.db"), "add", dir)
	if code != 1 || !strings.Contains(out, "added 1, unchanged 0, revised 0, failed 6") {
		t.Fatalf("exit %d %q\n%s", code, out, errs)
	}
	for _, want := range []string{"dots.txt: text: no article text: not one word", "null.json:1: not an article: a JSON null",
		"empty.json: not an article: an empty JSON array", "nums.json[1]: not an article: a JSON number", "string.json:1: not an article: a JSON string"} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
}

// TestAddWARCOneStream adds a WARC file compressed as one gzip stream with
// a bad record in the middle: the records after it are stored and the bad
// one is named by its offset in the decompressed stream.
func TestAddWARCOneStream(t *testing.T) {
	record := func(uri, body, length string) string {
		block := "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + body
		if length == "" {
			length = fmt.Sprint(len(block))
		}
		return fmt.Sprintf("WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: %s\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: %s\r\n\r\n%s\r\n\r\n",
			uri, length, block)
	}
	first := record("https://quay.example/a", newsPage("Quay works approved"), "")
	bad := record("https://quay.example/b", newsPage("Ferry timetable changes"), "many")
	last := record("https://quay.example/c", newsPage("Harbour lights restored"), "")
	dir := t.TempDir()
	file := filepath.Join(dir, "crawl.warc.gz")
	gzipFile(t, file, first, bad, last)
	code, out, errs := run(t, filepath.Join(dir, "p.db"), "add", "--json", file)
	var sum addSummary
	if code != 1 || json.Unmarshal([]byte(out), &sum) != nil || sum.Added != 2 || sum.Failed != 1 {
		t.Fatalf("add: exit %d %s %s", code, out, errs)
	}
	want := fmt.Sprintf("%s#%d", file, len(first))
	if e := sum.Errors[0]; e.Input != want || !strings.Contains(e.Error, fmt.Sprintf("%d bytes into the decompressed stream", len(first))) {
		t.Errorf("error %+v, want it at %s", e, want)
	}
	if sum.Articles[1].Input != fmt.Sprintf("%s#%d", file, len(first)+len(bad)) {
		t.Errorf("last record named %s", sum.Articles[1].Input)
	}
}
