package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// zoneURL has an IPv6 zone: before it was refused, it crashed the process
// (a nil URL dereferenced in the goroutine fetching robots.txt).
const zoneURL = "http://[::1%25lo]:9/a"

func noPanic(t *testing.T, what, stderr string) {
	t.Helper()
	if strings.Contains(stderr, "panic") || strings.Contains(stderr, "goroutine ") {
		t.Fatalf("%s crashed:\n%s", what, stderr)
	}
}

// TestFetchZoneURL runs `parallax fetch` on a URL with a zone, directly
// and through a redirect: one clear error each, no crash.
func TestFetchZoneURL(t *testing.T) {
	db := filepath.Join(t.TempDir(), "p.db")
	t.Run("direct", func(t *testing.T) {
		code, _, stderr := parallax(t, db, "", "fetch", zoneURL)
		noPanic(t, "fetch "+zoneURL, stderr)
		want := "parallax: " + zoneURL + ": refused: the host has an IPv6 zone (%25lo), which names a network interface of this machine\n"
		if code != 1 || stderr != want {
			t.Fatalf("fetch %s: exit %d, %q; want exit 1, %q", zoneURL, code, stderr, want)
		}
	})
	t.Run("redirect", func(t *testing.T) {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path == "/robots.txt" {
				http.NotFound(w, r)
				return
			}
			w.Header().Set("Location", zoneURL)
			w.WriteHeader(http.StatusFound)
		}))
		defer srv.Close()
		code, _, stderr := parallax(t, db, "", "fetch", "--allow-host", "127.0.0.1", "--allow-host", "::1", "--host-delay", "0s", srv.URL+"/moved")
		noPanic(t, "fetch of a redirect to "+zoneURL, stderr)
		if code != 1 || !strings.Contains(stderr, srv.URL+"/moved: redirected to "+zoneURL+": refused: the host has an IPv6 zone") {
			t.Fatalf("fetch of a redirect to %s: exit %d, %q", zoneURL, code, stderr)
		}
	})
}

// TestServeWatchSurvivesZoneLink runs `serve --watch` beside a feed one of
// whose items links to a URL with a zone: the process polls the feed,
// stores what it can, keeps serving, refuses the same URL as a feed
// through the API, and a later poll does not trip on the item again.
func TestServeWatchSurvivesZoneLink(t *testing.T) {
	var feedSrv *httptest.Server
	feedSrv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			http.NotFound(w, r)
		case "/feed.xml":
			fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Quay Courier</title>
<item><title>Zoned</title><link>%s</link><guid>z1</guid><description>The quay office says the ferry keeps its winter timetable until the end of the month, with two fewer crossings.</description></item>
<item><title>Quay works approved</title><link>%s/news/1</link><guid>n1</guid></item>
</channel></rss>`, zoneURL, feedSrv.URL)
		case "/news/1":
			fmt.Fprint(w, `<!doctype html><html><head><title>Quay works approved</title></head><body><article><h1>Quay works approved</h1>`+
				strings.Repeat(`<p>The council met on Tuesday evening and agreed, after a long debate about costs and timing, that the quay works would go ahead in the spring.</p>`, 4)+
				`</article></body></html>`)
		default:
			http.NotFound(w, r)
		}
	}))
	defer feedSrv.Close()
	db := filepath.Join(t.TempDir(), "p.db")
	if code, _, stderr := parallax(t, db, "", "feeds", "add", feedSrv.URL+"/feed.xml"); code != 0 {
		t.Fatal(stderr)
	}

	const token = "a-long-enough-token-for-tests"
	cmd := exec.Command(binary, "serve", "--watch", "--addr", "127.0.0.1:0", "--allow-host", "127.0.0.1", "--host-delay", "0s")
	cmd.Env = append(os.Environ(), "PARALLAX_DB="+db, "PARALLAX_TOKEN="+token)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	stderrPipe, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	var stderr bytes.Buffer
	var mu sync.Mutex
	rounds := make(chan string, 16)
	go func() {
		sc := bufio.NewScanner(stderrPipe)
		for sc.Scan() {
			mu.Lock()
			stderr.WriteString(sc.Text() + "\n")
			mu.Unlock()
			if strings.Contains(sc.Text(), `msg="poll round" feeds=`) {
				rounds <- sc.Text()
			}
		}
		exited <- cmd.Wait()
	}()
	log := func() string { mu.Lock(); defer mu.Unlock(); return stderr.String() }
	t.Cleanup(func() {
		cmd.Process.Signal(syscall.SIGINT)
		select {
		case <-exited:
		case <-time.After(10 * time.Second):
			cmd.Process.Kill()
		}
	})
	sc := bufio.NewScanner(stdout)
	addr := ""
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "Parallax is serving "); ok {
			addr = strings.Fields(rest)[0]
			go io.Copy(io.Discard, stdout)
			break
		}
	}
	if addr == "" {
		t.Fatalf("serve --watch printed no address:\n%s", log())
	}

	select {
	case line := <-rounds:
		if !strings.Contains(line, "feeds=1 new=2 stored=2 ") || !strings.Contains(line, "failed_feeds=0") {
			t.Errorf("round logged as %q", line)
		}
	case err := <-exited:
		t.Fatalf("serve --watch died (%v) while polling the feed:\n%s", err, log())
	case <-time.After(60 * time.Second):
		t.Fatalf("serve --watch logged no poll round in a minute:\n%s", log())
	}
	noPanic(t, "serve --watch", log())
	if !strings.Contains(log(), "link not followed, feed content instead: "+zoneURL+": refused: the host has an IPv6 zone") {
		t.Errorf("the refused link is not reported:\n%s", log())
	}

	c := http.Client{Timeout: 10 * time.Second}
	resp, err := c.Get(addr + "api/v1/feeds")
	if err != nil {
		t.Fatalf("the server stopped serving: %v\n%s", err, log())
	}
	var feeds []struct {
		Articles  int    `json:"articles"`
		LastError string `json:"last_error"`
	}
	json.NewDecoder(resp.Body).Decode(&feeds)
	resp.Body.Close()
	if resp.StatusCode != 200 || len(feeds) != 1 || feeds[0].Articles != 2 || feeds[0].LastError != "" {
		t.Fatalf("GET /api/v1/feeds = %d %+v", resp.StatusCode, feeds)
	}

	// The API refuses the URL as a feed, with the reason.
	req, _ := http.NewRequest("POST", addr+"api/v1/feeds", strings.NewReader(`{"url":"`+zoneURL+`"}`))
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err = c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusBadRequest || !strings.Contains(string(body), "IPv6 zone") {
		t.Fatalf("POST /api/v1/feeds %s = %d %s, want 400 with the reason", zoneURL, resp.StatusCode, body)
	}

	// The item is seen: polling again (back-off or not) finds nothing new
	// and nothing to trip on.
	code, out, errs := parallax(t, db, "", "feeds", "poll", "--all", "--json", "--allow-host", "127.0.0.1", "--host-delay", "0s")
	noPanic(t, "feeds poll", errs)
	var sum struct{ Polled, New, Errors int }
	if code != 0 || json.Unmarshal([]byte(out), &sum) != nil || sum.Polled != 1 || sum.New != 0 || sum.Errors != 0 {
		t.Fatalf("feeds poll after serve --watch: exit %d %s %s", code, out, errs)
	}
}
