package cli

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestServeUsage(t *testing.T) {
	db := filepath.Join(t.TempDir(), "s.db")
	short := filepath.Join(t.TempDir(), "token")
	if err := os.WriteFile(short, []byte("short\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"serve", "--addr", "no-port"},
		{"serve", "--token-file", short},
		{"serve", "extra"},
	} {
		if code, _, errs := run(t, db, args...); code != ExitUsage {
			t.Errorf("parallax %s: exit %d, want %d: %s", strings.Join(args, " "), code, ExitUsage, errs)
		}
	}
	if code, _, errs := run(t, db, "serve", "--token-file", filepath.Join(t.TempDir(), "missing")); code != ExitFailure || !strings.Contains(errs, "missing") {
		t.Errorf("missing token file: exit %d: %s", code, errs)
	}
}

// logLines is a command's standard error, written while the test reads
// it; changed is signalled after each write.
type logLines struct {
	mu      sync.Mutex
	buf     bytes.Buffer
	changed chan struct{}
}

func newLogLines() *logLines { return &logLines{changed: make(chan struct{}, 1)} }

func (l *logLines) Write(p []byte) (int, error) {
	l.mu.Lock()
	n, err := l.buf.Write(p)
	l.mu.Unlock()
	select {
	case l.changed <- struct{}{}:
	default:
	}
	return n, err
}

func (l *logLines) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.String()
}

// serving runs the command line in-process until the test ends and returns
// the address it prints when it starts serving.
func serving(t *testing.T, getenv func(string) string, args ...string) string {
	t.Helper()
	addr, _ := servingLog(t, getenv, args...)
	return addr
}

// servingLog is serving that also returns the command's standard error.
func servingLog(t *testing.T, getenv func(string) string, args ...string) (string, *logLines) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	errb := newLogLines()
	done := make(chan int, 1)
	go func() {
		env := Env{Stdin: strings.NewReader(""), Stdout: pw, Stderr: errb, Getenv: getenv}
		done <- Main(ctx, args, env)
		pw.Close()
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case code := <-done:
			if code != ExitOK {
				t.Errorf("parallax %s: exit %d after interrupt: %s", strings.Join(args, " "), code, errb.String())
			}
		case <-time.After(10 * time.Second):
			t.Errorf("parallax %s did not stop when interrupted", strings.Join(args, " "))
		}
	})
	sc := bufio.NewScanner(pr)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "Parallax is serving "); ok {
			go io.Copy(io.Discard, pr)
			return strings.Fields(rest)[0], errb
		}
	}
	t.Fatalf("parallax %s printed no address: %s", strings.Join(args, " "), errb.String())
	return "", nil
}

// TestDemoServes runs demo as a user would, reads the address it prints,
// fetches a page and stops it.
func TestDemoServes(t *testing.T) {
	db := filepath.Join(t.TempDir(), "demo.db")
	addr := serving(t, func(string) string { return "" }, "--db", db, "demo", "--addr", "127.0.0.1:0")
	c := http.Client{Timeout: 10 * time.Second}
	resp, err := c.Get(addr + "?sort=covered")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), "Most covered stories") || !strings.Contains(string(body), "Valmora") {
		t.Errorf("GET %s = %d:\n%.300s", addr, resp.StatusCode, body)
	}
}

// TestServeWatchAndWrite runs serve with --watch beside a feed on loopback:
// the feed's articles and an article added through the API reach the
// stories without any other command.
func TestServeWatchAndWrite(t *testing.T) {
	srv := newsSite(t)
	db := filepath.Join(t.TempDir(), "p.db")
	if code, _, errs := run(t, db, "feeds", "add", srv.URL+"/feed.xml"); code != 0 {
		t.Fatal(errs)
	}
	const token = "a-long-enough-token-for-tests"
	getenv := func(k string) string {
		if k == "PARALLAX_TOKEN" {
			return token
		}
		return ""
	}
	addr, log := servingLog(t, getenv, "--db", db, "serve", "--addr", "127.0.0.1:0", "--watch", "--allow-host", "127.0.0.1", "--host-delay", "0s")
	c := http.Client{Timeout: 10 * time.Second}
	get := func(path string, v any) {
		t.Helper()
		resp, err := c.Get(addr + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
			t.Fatal(err)
		}
	}
	req, _ := http.NewRequest("POST", addr+"api/v1/articles?name=quay.md", strings.NewReader(
		"---\ntitle: Quay works approved by the council\noutlet: Harbour Gazette\ndate: 2026-03-04\n---\n\n"+
			"The council approved the quay works on Tuesday evening after a long debate about costs and timing; the works go ahead in the spring.\n"))
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusCreated {
		t.Fatalf("POST article = %d", resp.StatusCode)
	}
	// The server says when it has grouped new articles into stories: look
	// at the stories each time it does, until all three are in.
	timeout := time.After(30 * time.Second)
	for seen := -1; ; {
		if n := strings.Count(log.String(), "stories up to date"); n > seen {
			seen = n
			var stories []struct {
				Title    string   `json:"title"`
				Outlets  []string `json:"outlets"`
				Articles int      `json:"articles"`
			}
			get("api/v1/stories?limit=100", &stories)
			total := 0
			for _, s := range stories {
				total += s.Articles
			}
			if total == 3 {
				break
			}
		}
		select {
		case <-log.changed:
		case <-timeout:
			t.Fatalf("after 30 s the stories do not hold the 3 articles; the server said:\n%s", log.String())
		}
	}
}
