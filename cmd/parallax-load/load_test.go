package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func msec(n int) time.Duration { return time.Duration(n) * time.Millisecond }

func TestPercentile(t *testing.T) {
	seq := func(n int) []time.Duration {
		s := make([]time.Duration, n)
		for i := range s {
			s[i] = msec(i + 1)
		}
		return s
	}
	tests := []struct {
		name   string
		sorted []time.Duration
		p      float64
		want   time.Duration
	}{
		{"empty", nil, 50, 0},
		{"single p50", []time.Duration{msec(7)}, 50, msec(7)},
		{"single p99", []time.Duration{msec(7)}, 99, msec(7)},
		{"1..100 p50", seq(100), 50, msec(50)},
		{"1..100 p90", seq(100), 90, msec(90)},
		{"1..100 p99", seq(100), 99, msec(99)},
		{"1..100 max", seq(100), 100, msec(100)},
		{"1..10 p50", seq(10), 50, msec(5)},
		{"1..10 p90", seq(10), 90, msec(9)},
		{"1..10 p99", seq(10), 99, msec(10)},
		{"1..1000 p99", seq(1000), 99, msec(990)},
		{"1..3 p50", seq(3), 50, msec(2)},
		{"tiny p", seq(10), 0.001, msec(1)},
	}
	for _, tt := range tests {
		if got := Percentile(tt.sorted, tt.p); got != tt.want {
			t.Errorf("%s: Percentile(p=%v) = %v, want %v", tt.name, tt.p, got, tt.want)
		}
	}
}

func TestSummarizeKnownSamples(t *testing.T) {
	targets := []Target{{URL: "http://x/a", Group: "a"}, {URL: "http://x/b", Group: "b"}}
	var samples []Sample
	// Group a: latencies 100ms..1ms (unsorted), all OK.
	for i := 100; i >= 1; i-- {
		samples = append(samples, Sample{Target: 0, Latency: msec(i), Status: 200, Bytes: 10})
	}
	// Group b: 2 OK, 3 HTTP 404, 1 HTTP 500, 2 transport errors. The
	// failures are very slow and must not count towards latency.
	samples = append(samples,
		Sample{Target: 1, Latency: msec(3), Status: 204},
		Sample{Target: 1, Latency: msec(1), Status: 200},
		Sample{Target: 1, Latency: msec(900), Status: 404},
		Sample{Target: 1, Latency: msec(900), Status: 404},
		Sample{Target: 1, Latency: msec(900), Status: 404},
		Sample{Target: 1, Latency: msec(900), Status: 500},
		Sample{Target: 1, Latency: msec(900), Err: "timeout"},
		Sample{Target: 1, Latency: msec(900), Status: 200, Err: "unexpected EOF"},
	)

	stats := Summarize(targets, samples, 2*time.Second)
	if len(stats) != 3 || stats[0].Group != OverallGroup || stats[1].Group != "a" || stats[2].Group != "b" {
		t.Fatalf("groups = %+v, want overall, a, b", stats)
	}
	all, a, b := stats[0], stats[1], stats[2]

	if a.Requests != 100 || a.OK != 100 || a.ErrorCount() != 0 || a.Bytes != 1000 {
		t.Errorf("a: requests %d ok %d errors %d bytes %d, want 100 100 0 1000", a.Requests, a.OK, a.ErrorCount(), a.Bytes)
	}
	if want := (Latency{P50: msec(50), P90: msec(90), P99: msec(99), Max: msec(100)}); a.Latency != want {
		t.Errorf("a latency = %+v, want %+v", a.Latency, want)
	}
	if a.Rate != 50 {
		t.Errorf("a rate = %v, want 50", a.Rate)
	}

	if b.Requests != 8 || b.OK != 2 || b.ErrorCount() != 6 {
		t.Errorf("b: requests %d ok %d errors %d, want 8 2 6", b.Requests, b.OK, b.ErrorCount())
	}
	wantErrs := map[string]int{"HTTP 404": 3, "HTTP 500": 1, "transport: timeout": 1, "transport: unexpected EOF": 1}
	if !mapsEqual(b.Errors, wantErrs) {
		t.Errorf("b errors = %v, want %v", b.Errors, wantErrs)
	}
	if b.Latency.Max != msec(3) || b.Latency.P50 != msec(1) {
		t.Errorf("b latency = %+v, want p50 1ms, max 3ms", b.Latency)
	}

	if all.Requests != 108 || all.OK != 102 || !mapsEqual(all.Errors, wantErrs) {
		t.Errorf("overall: requests %d ok %d errors %v", all.Requests, all.OK, all.Errors)
	}
}

func mapsEqual(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

func TestPathPattern(t *testing.T) {
	for in, want := range map[string]string{
		"http://h/story/abc123":     "/story/*",
		"http://h/story/abc?x=1":    "/story/*",
		"http://h/api/stories/9/x":  "/api/stories/9/*",
		"http://h/stories":          "/*",
		"http://h/":                 "/",
		"http://h":                  "/",
		"http://h/stories/":         "/stories/",
		"https://h:8080/a%2Fb/c%20": "/a%2Fb/*",
	} {
		if got := PathPattern(in); got != want {
			t.Errorf("PathPattern(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestRunAgainstServer runs the load generator against a test server with
// one good and one missing URL and checks the counts it reports against the
// server's.
func TestRunAgainstServer(t *testing.T) {
	var okHits, missingHits atomic.Int64
	var conns atomic.Int64
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/ok":
			okHits.Add(1)
			w.Write([]byte(strings.Repeat("x", 1000)))
		default:
			missingHits.Add(1)
			http.NotFound(w, r)
		}
	}))
	srv.Config.ConnState = func(_ net.Conn, s http.ConnState) {
		if s == http.StateNew {
			conns.Add(1)
		}
	}
	srv.Start()
	defer srv.Close()

	const workers = 4
	targets := []Target{
		{URL: srv.URL + "/ok", Group: "ok"},
		{URL: srv.URL + "/missing", Group: "missing"},
	}
	res, err := Run(context.Background(), Config{
		Targets:  targets,
		Workers:  workers,
		Duration: 300 * time.Millisecond,
		Client:   NewClient(workers, 5*time.Second),
	})
	if err != nil {
		t.Fatal(err)
	}
	if res.Elapsed <= 0 || res.Elapsed > 300*time.Millisecond {
		t.Errorf("elapsed = %v, want in (0, 300ms]", res.Elapsed)
	}
	stats := Summarize(targets, res.Samples, res.Elapsed)
	all, ok, missing := stats[0], stats[1], stats[2]

	if all.Requests < 10 {
		t.Fatalf("only %d requests in 300ms", all.Requests)
	}
	if all.Requests != ok.Requests+missing.Requests {
		t.Errorf("overall %d requests != ok %d + missing %d", all.Requests, ok.Requests, missing.Requests)
	}
	if ok.OK != ok.Requests || ok.ErrorCount() != 0 {
		t.Errorf("ok group: %d requests, %d ok, errors %v", ok.Requests, ok.OK, ok.Errors)
	}
	if ok.Bytes != int64(1000*ok.Requests) {
		t.Errorf("ok group read %d bytes, want %d", ok.Bytes, 1000*ok.Requests)
	}
	if missing.OK != 0 || !mapsEqual(missing.Errors, map[string]int{"HTTP 404": missing.Requests}) {
		t.Errorf("missing group: %d requests, %d ok, errors %v; want all HTTP 404", missing.Requests, missing.OK, missing.Errors)
	}
	if all.OK != ok.Requests || all.ErrorCount() != missing.Requests {
		t.Errorf("overall: ok %d errors %d, want %d and %d", all.OK, all.ErrorCount(), ok.Requests, missing.Requests)
	}
	// Every recorded request reached the server; the server may also have
	// answered at most one request per worker that was cut off at the end.
	for _, c := range []struct {
		name           string
		served, logged int64
	}{
		{"ok", okHits.Load(), int64(ok.Requests)},
		{"missing", missingHits.Load(), int64(missing.Requests)},
	} {
		if c.served < c.logged || c.served > c.logged+workers {
			t.Errorf("%s: server answered %d, load generator recorded %d (workers %d)", c.name, c.served, c.logged, workers)
		}
	}
	// Every worker alternates between the two URLs, so their counts differ
	// by at most one per worker.
	if d := ok.Requests - missing.Requests; d < -workers || d > workers {
		t.Errorf("ok %d vs missing %d requests: workers did not alternate", ok.Requests, missing.Requests)
	}
	// Go's transport may dial a spare connection while a used one is on its
	// way back to the idle pool, so allow some slack over one per worker.
	if c := conns.Load(); c > 2*workers {
		t.Errorf("server saw %d connections for %d workers: connections not reused", c, workers)
	}
	if all.Latency.P50 <= 0 || all.Latency.P50 > all.Latency.P90 || all.Latency.P90 > all.Latency.P99 || all.Latency.P99 > all.Latency.Max {
		t.Errorf("latency not ordered: %+v", all.Latency)
	}
}

// TestRunWarmup checks that requests made during the warmup are not
// recorded and that recorded ones lie within the measured window.
func TestRunWarmup(t *testing.T) {
	var hits atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		time.Sleep(2 * time.Millisecond)
	}))
	defer srv.Close()

	const warmup, duration = 150 * time.Millisecond, 150 * time.Millisecond
	res, err := Run(context.Background(), Config{
		Targets:  []Target{{URL: srv.URL, Group: "g"}},
		Workers:  2,
		Warmup:   warmup,
		Duration: duration,
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Samples) == 0 {
		t.Fatal("no samples recorded")
	}
	for _, s := range res.Samples {
		if s.Start < 0 || s.Start+s.Latency > duration {
			t.Fatalf("sample outside the measured window: start %v latency %v", s.Start, s.Latency)
		}
	}
	if served := hits.Load(); served <= int64(len(res.Samples)) {
		t.Errorf("server answered %d requests, %d recorded: warmup requests were recorded or not made", served, len(res.Samples))
	}
}

func TestRunTransportErrors(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	u := srv.URL
	srv.Close() // nothing listens any more

	res, err := Run(context.Background(), Config{
		Targets:  []Target{{URL: u, Group: "gone"}},
		Workers:  2,
		Duration: 100 * time.Millisecond,
	})
	if err != nil {
		t.Fatal(err)
	}
	g := Summarize([]Target{{URL: u, Group: "gone"}}, res.Samples, res.Elapsed)[1]
	if g.Requests == 0 || g.OK != 0 || g.Errors["transport: connection refused"] != g.Requests {
		t.Errorf("got %d requests, %d ok, errors %v; want all connection refused", g.Requests, g.OK, g.Errors)
	}
}

func TestRunCommand(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/story/") {
			w.Write([]byte("story"))
			return
		}
		http.NotFound(w, r)
	}))
	defer srv.Close()

	dir := t.TempDir()
	list := filepath.Join(dir, "urls.txt")
	content := "# stories\n/story/a\n\n/story/b\n" + srv.URL + "/story/c\n"
	if err := os.WriteFile(list, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}

	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{
		"-c", "3", "-d", "200ms", "-warmup", "0", "-json", "-group",
		"-base", srv.URL, "-urls", list, srv.URL + "/nope",
	}, &stdout, &stderr)
	if code != 0 {
		t.Fatalf("exit code %d, stderr: %s", code, stderr.String())
	}
	var rep struct {
		Workers int `json:"workers"`
		URLs    int `json:"urls"`
		Groups  []struct {
			Group    string         `json:"group"`
			Requests int            `json:"requests"`
			OK       int            `json:"ok"`
			Errors   map[string]int `json:"errors"`
		} `json:"groups"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &rep); err != nil {
		t.Fatalf("decode report: %v\n%s", err, stdout.String())
	}
	if rep.Workers != 3 || rep.URLs != 4 || len(rep.Groups) != 3 {
		t.Fatalf("report = %+v, want 3 workers, 4 URLs, 3 groups", rep)
	}
	if g := rep.Groups[1]; g.Group != "/*" || g.OK != 0 || g.Errors["HTTP 404"] != g.Requests {
		t.Errorf("group %+v, want /* with only 404s", g)
	}
	if g := rep.Groups[2]; g.Group != "/story/*" || g.OK != g.Requests || g.Requests == 0 {
		t.Errorf("group %+v, want /story/* all OK", g)
	}

	// The text report names every group.
	stdout.Reset()
	if code := run(context.Background(), []string{"-c", "2", "-d", "50ms", "-warmup", "0", "-base", srv.URL, "-urls", list}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit code %d, stderr: %s", code, stderr.String())
	}
	for _, want := range []string{"overall", list, "p99"} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("text report lacks %q:\n%s", want, stdout.String())
		}
	}
}

func TestRunCommandErrors(t *testing.T) {
	dir := t.TempDir()
	rel := filepath.Join(dir, "rel.txt")
	if err := os.WriteFile(rel, []byte("/story/a\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		args []string
		code int
		want string
	}{
		{nil, 2, "no URLs"},
		{[]string{"-c", "0", "http://h/"}, 2, "-c must be at least 1"},
		{[]string{"ftp://h/"}, 1, "want an http or https URL"},
		{[]string{"-urls", filepath.Join(dir, "missing.txt")}, 1, "read URL list"},
		{[]string{"-urls", rel}, 1, "rel.txt:1: \"/story/a\" is a path; pass -base"},
	} {
		var stdout, stderr bytes.Buffer
		code := run(context.Background(), tt.args, &stdout, &stderr)
		if code != tt.code || !strings.Contains(stderr.String(), tt.want) {
			t.Errorf("run(%q) = %d, stderr %q; want %d and %q", tt.args, code, stderr.String(), tt.code, tt.want)
		}
	}
}
