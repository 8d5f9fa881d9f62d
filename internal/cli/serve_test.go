package cli

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
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

// TestDemoServes runs demo as a user would, reads the address it prints,
// fetches a page and stops it.
func TestDemoServes(t *testing.T) {
	db := filepath.Join(t.TempDir(), "demo.db")
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	var errb bytes.Buffer
	done := make(chan int)
	go func() {
		env := Env{Stdin: strings.NewReader(""), Stdout: pw, Stderr: &errb, Getenv: func(string) string { return "" }}
		done <- Main(ctx, []string{"--db", db, "demo", "--addr", "127.0.0.1:0"}, env)
		pw.Close()
	}()
	addr := ""
	sc := bufio.NewScanner(pr)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "Parallax is serving "); ok {
			addr = strings.Fields(rest)[0]
			break
		}
	}
	go io.Copy(io.Discard, pr)
	if addr == "" {
		cancel()
		t.Fatalf("demo printed no address: %s", errb.String())
	}
	c := http.Client{Timeout: 10 * time.Second}
	resp, err := c.Get(addr + "?sort=covered")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), "Valmora port strike") {
		t.Errorf("GET %s = %d:\n%.300s", addr, resp.StatusCode, body)
	}
	cancel()
	select {
	case code := <-done:
		if code != ExitOK {
			t.Errorf("demo exit %d after interrupt: %s", code, errb.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("demo did not stop when interrupted")
	}
}
