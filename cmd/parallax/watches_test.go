package main

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"
	"github.com/parallax-news/parallax/internal/sharedtest"
	"github.com/parallax-news/parallax/internal/watches"
)

// e2eTimeout bounds each wait of these tests for the server.
const e2eTimeout = 60 * time.Second

// server is a running `parallax serve`.
type server struct {
	url    string
	cmd    *exec.Cmd
	done   chan error
	stderr *syncBuffer
}

// startServe runs `parallax serve` on db with args and returns once it
// serves. The test's cleanup interrupts it if it still runs.
func startServe(t *testing.T, db string, env []string, args ...string) *server {
	t.Helper()
	cmd := exec.Command(binary, append([]string{"serve", "--addr", "127.0.0.1:0"}, args...)...)
	cmd.Env = append(append(os.Environ(), "PARALLAX_DB="+db), env...)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	s := &server{cmd: cmd, done: make(chan error, 1), stderr: &syncBuffer{}}
	cmd.Stderr = s.stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	urls := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if rest, ok := strings.CutPrefix(sc.Text(), "Parallax is serving "); ok {
				urls <- strings.TrimSuffix(strings.Fields(rest)[0], "/")
			}
		}
		io.Copy(io.Discard, stdout)
		s.done <- cmd.Wait()
	}()
	t.Cleanup(func() {
		cmd.Process.Signal(syscall.SIGINT)
		select {
		case <-s.done:
		case <-time.After(10 * time.Second):
			cmd.Process.Kill()
		}
		if t.Failed() {
			t.Logf("serve stderr:\n%s", s.stderr.String())
		}
	})
	select {
	case s.url = <-urls:
	case err := <-s.done:
		t.Fatalf("serve exited: %v\n%s", err, s.stderr.String())
	case <-time.After(e2eTimeout):
		t.Fatalf("serve printed no address\n%s", s.stderr.String())
	}
	return s
}

// hookReceiver is a webhook endpoint that checks every signature, answers
// the first request of each delivery with 500 and later ones with 200
// (unless told to hold the next request until released), and tells the
// test of each request.
type hookReceiver struct {
	secret string
	mu     sync.Mutex
	reqs   map[string]int // delivery id -> requests
	acks   map[string]int // delivery id -> 2xx answers
	first  map[string]time.Time
	bad    int
	hold   chan struct{} // when not nil, the next retry waits for it
	held   chan string   // told the id of a held request
	events chan string
}

func newHookReceiver(secret string) *hookReceiver {
	return &hookReceiver{secret: secret, reqs: map[string]int{}, acks: map[string]int{}, first: map[string]time.Time{},
		events: make(chan string, 100), held: make(chan string, 1)}
}

func (h *hookReceiver) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	h.mu.Lock()
	if !watches.Verify(h.secret, body, r.Header.Get(watches.SignatureHeader)) {
		h.bad++
		h.mu.Unlock()
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	id := r.Header.Get(watches.DeliveryHeader)
	var p watches.Payload
	if err := json.Unmarshal(body, &p); err != nil || p.ID != id {
		h.bad++
		h.mu.Unlock()
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	h.reqs[id]++
	n := h.reqs[id]
	if n == 1 {
		h.first[id] = time.Now()
		h.mu.Unlock()
		w.WriteHeader(http.StatusInternalServerError)
		h.events <- "500 " + id
		return
	}
	hold := h.hold
	h.hold = nil
	h.mu.Unlock()
	if hold != nil {
		h.held <- id
		<-hold // the server is killed meanwhile: this answer reaches no one
		return
	}
	h.mu.Lock()
	h.acks[id]++
	h.mu.Unlock()
	w.WriteHeader(http.StatusNoContent)
	h.events <- "ack " + id
}

// waitAcks waits until n distinct deliveries were acknowledged.
func (h *hookReceiver) waitAcks(t *testing.T, n int, srv *server) {
	t.Helper()
	deadline := time.After(e2eTimeout)
	for {
		h.mu.Lock()
		got := len(h.acks)
		h.mu.Unlock()
		if got >= n {
			return
		}
		select {
		case <-h.events:
		case <-deadline:
			t.Fatalf("%d of %d deliveries acknowledged\nserve stderr:\n%s", got, n, srv.stderr.String())
		}
	}
}

// postArticle stores one fictional article through the API.
func postArticle(t *testing.T, base, token string, i int) time.Time {
	t.Helper()
	body := fmt.Sprintf(`{"url":"https://quay-courier.example/%d","outlet":"Quay Courier","title":"Harbour works %d approved","published":"2026-06-01T09:%02d:00Z","body":"The harbour board approved works on berth %d after a long debate about costs.\n\nDock workers said the harbour needed the repairs before winter."}`, i, i, i%60, i)
	req, err := http.NewRequest("POST", base+"/api/v1/articles?name=a.json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("Content-Type", "application/json")
	at := time.Now()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusCreated {
		t.Fatalf("POST article %d: %d %s", i, resp.StatusCode, b)
	}
	return at
}

// TestWebhooksOnceAcrossRestart runs `serve --watch` with a watch whose
// webhook is a loopback receiver: every delivery is signed, a 500 is
// retried, the Atom feed parses, and when the server is killed (SIGKILL)
// in the middle of a delivery and started again, that delivery is sent
// again and acknowledged once while nothing already acknowledged is sent
// twice.
func TestWebhooksOnceAcrossRestart(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "p.db")
	const token = "a-long-enough-token-for-tests"
	const secret = "a-webhook-secret-for-the-test"
	secretFile := filepath.Join(dir, "secret")
	if err := os.WriteFile(secretFile, []byte(secret+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	h := newHookReceiver(secret)
	hook := httptest.NewServer(h)
	defer hook.Close()
	if code, out, errs := parallax(t, db, "", "watches", "add", "--title", "Harbour", "--query", "harbour", "--webhook", hook.URL+"/in?key=abc", "--secret-file", secretFile); code != 0 || !strings.Contains(out, "watch 1:") {
		t.Fatalf("watches add: %d %s %s", code, out, errs)
	}
	args := []string{"--watch", "--allow-host", "127.0.0.1", "--webhook-backoff", "100ms", "--webhook-timeout", "1s"}
	env := []string{"PARALLAX_TOKEN=" + token}
	srv := startServe(t, db, env, args...)

	posted := map[int]time.Time{}
	for i := 1; i <= 3; i++ {
		posted[i] = postArticle(t, srv.url, token, i)
	}
	h.waitAcks(t, 3, srv)
	h.mu.Lock()
	var delays []string
	for _, f := range h.first {
		delays = append(delays, f.Sub(posted[1]).Round(time.Millisecond).String())
	}
	h.mu.Unlock()
	t.Logf("first webhook request after the first POST: %v", delays)

	// The Atom feed holds the three matches.
	resp, err := http.Get(srv.url + "/watches/1/feed.atom")
	if err != nil {
		t.Fatal(err)
	}
	feed, err := gofeed.NewParser().Parse(resp.Body)
	resp.Body.Close()
	if err != nil || len(feed.Items) != 3 || !strings.HasPrefix(feed.Items[0].Link, srv.url+"/articles/") || feed.Title != "Parallax watch: Harbour" {
		t.Fatalf("feed: %v, %+v", err, feed)
	}

	// Kill the server while the receiver holds a delivery's retry.
	release := make(chan struct{})
	h.mu.Lock()
	h.hold = release
	h.mu.Unlock()
	postArticle(t, srv.url, token, 4)
	var heldID string
	select {
	case heldID = <-h.held:
	case <-time.After(e2eTimeout):
		t.Fatalf("no delivery was held\n%s", srv.stderr.String())
	}
	if err := srv.cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	<-srv.done
	close(release)
	srv = startServe(t, db, env, args...)
	h.waitAcks(t, 4, srv)

	h.mu.Lock()
	defer h.mu.Unlock()
	if h.bad != 0 || len(h.reqs) != 4 {
		t.Errorf("%d bad requests, %d deliveries (want 0, 4)", h.bad, len(h.reqs))
	}
	for id, n := range h.acks {
		if n != 1 {
			t.Errorf("delivery %s acknowledged %d times", id, n)
		}
		want := 2 // a 500, then the retry
		if id == heldID {
			want = 3 // a 500, the held retry, the retry after the restart
		}
		if h.reqs[id] != want {
			t.Errorf("delivery %s: %d requests, want %d", id, h.reqs[id], want)
		}
	}
	// The log says so too.
	code, out, _ := parallax(t, db, "", "watches", "show", "1", "--json")
	var shown struct {
		Deliveries struct{ Delivered, Pending, Failed int } `json:"deliveries"`
		Log        []struct{ Outcome string }               `json:"delivery_log"`
		Webhook    string                                   `json:"webhook"`
	}
	if err := json.Unmarshal([]byte(out), &shown); code != 0 || err != nil || shown.Deliveries.Delivered != 4 || shown.Deliveries.Pending != 0 {
		t.Errorf("watches show: %d %v %+v", code, err, shown.Deliveries)
	}
	if strings.Contains(shown.Webhook, "key=abc") {
		t.Errorf("the webhook's query is shown: %s", shown.Webhook)
	}
}

// TestExportCLI exports the sample articles through the binary in each
// format and reads the CSV back.
func TestExportCLI(t *testing.T) {
	db := filepath.Join(t.TempDir(), "p.db")
	if code, _, errs := parallax(t, db, "", "add", "../../internal/samples/articles"); code != 0 {
		t.Fatal(errs)
	}
	if code, _, errs := parallax(t, db, "", "stories"); code != 0 {
		t.Fatal(errs)
	}
	code, out, errs := parallax(t, db, "", "export", "articles", "--outlet", "Continental Wire")
	if code != 0 || !strings.Contains(errs, "exported") {
		t.Fatalf("export: %d %s", code, errs)
	}
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(recs) < 2 || recs[0][0] != "id" {
		t.Fatalf("CSV: %v, %d records", err, len(recs))
	}
	parq := filepath.Join(t.TempDir(), "events.parquet")
	if code, _, errs := parallax(t, db, "", "export", "events", "--format", "parquet", "-o", parq); code != 0 {
		t.Fatal(errs)
	}
	if b, err := os.ReadFile(parq); err != nil || !bytes.HasPrefix(b, []byte("PAR1")) || !bytes.HasSuffix(b, []byte("PAR1")) {
		t.Errorf("parquet file: %v, %d bytes", err, len(b))
	}
	for _, bad := range [][]string{{"export", "articles", "--lean", "left"}, {"export", "storylines"}, {"export", "nope"}, {"export", "articles", "--format", "xlsx"}} {
		code, _, errs := parallax(t, db, "", bad...)
		if code == 0 || !strings.Contains(errs, "parallax:") {
			t.Errorf("%v: exit %d, %s", bad, code, errs)
		}
	}
	dir := filepath.Join(t.TempDir(), "story")
	code, out, _ = parallax(t, db, "", "stories", "--json", "--sort", "covered", "--limit", "1")
	var list []struct{ ID string }
	if json.Unmarshal([]byte(out), &list); code != 0 || len(list) != 1 {
		t.Fatalf("stories: %s", out)
	}
	if code, out, errs := parallax(t, db, "", "story", list[0].ID, "--csv", dir); code != 0 || !strings.Contains(out, "wrote 13 files") {
		t.Fatalf("story --csv: %d %s %s", code, out, errs)
	}
	for _, f := range []string{"report.md", "facts.csv", "quotes.csv", "numbers.csv", "copies.csv"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Error(err)
		}
	}
}

// TestWebhookDelay measures (and logs; it asserts nothing about time) the
// delay from an article's POST to serve to its webhook's arrival at a
// loopback receiver, one article at a time. It runs with
// PARALLAX_LONG_TESTS=1, on an empty database or, with PARALLAX_DELAY_DB,
// on that one (which it writes to: give it a copy):
//
//	PARALLAX_LONG_TESTS=1 go test ./cmd/parallax -run TestWebhookDelay -v
func TestWebhookDelay(t *testing.T) {
	if !sharedtest.Long() {
		t.Skip("a measurement: set PARALLAX_LONG_TESTS=1 to run it")
	}
	dir := t.TempDir()
	db := filepath.Join(dir, "p.db")
	if d := os.Getenv("PARALLAX_DELAY_DB"); d != "" {
		db = d
	}
	const token = "a-long-enough-token-for-tests"
	const secret = "a-webhook-secret-for-the-test"
	secretFile := filepath.Join(dir, "secret")
	os.WriteFile(secretFile, []byte(secret), 0o600)
	arrived := make(chan time.Time, 1)
	hook := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		at := time.Now()
		body, _ := io.ReadAll(r.Body)
		if !watches.Verify(secret, body, r.Header.Get(watches.SignatureHeader)) {
			http.Error(w, "bad signature", http.StatusUnauthorized)
			return
		}
		w.WriteHeader(http.StatusNoContent)
		arrived <- at
	}))
	defer hook.Close()
	if code, _, errs := parallax(t, db, "", "watches", "add", "--query", "harbour berth", "--webhook", hook.URL, "--secret-file", secretFile); code != 0 {
		t.Fatal(errs)
	}
	srv := startServe(t, db, []string{"PARALLAX_TOKEN=" + token}, "--watch", "--allow-host", "127.0.0.1")
	const n = 30
	var delays []time.Duration
	for i := 1; i <= n; i++ {
		sent := postArticle(t, srv.url, token, i)
		select {
		case at := <-arrived:
			delays = append(delays, at.Sub(sent))
		case <-time.After(e2eTimeout):
			t.Fatalf("article %d: no webhook\n%s", i, srv.stderr.String())
		}
	}
	slices.Sort(delays)
	t.Logf("POST to webhook, %d articles one at a time: min %v, median %v, p90 %v, max %v", n,
		delays[0].Round(time.Millisecond), delays[n/2].Round(time.Millisecond), delays[n*9/10].Round(time.Millisecond), delays[n-1].Round(time.Millisecond))
}
