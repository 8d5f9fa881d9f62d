package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/parallax-news/parallax/internal/queue/queuetest"
	"github.com/parallax-news/parallax/internal/sharedtest"
	"github.com/parallax-news/parallax/internal/store"
	_ "modernc.org/sqlite" // reads the databases the processes write
)

// The studies in this file run the pipeline as real processes: two
// `parallax worker` processes over one SQLite database and a NATS server,
// fed by `parallax add --nats --wait`, and kill workers with SIGKILL (or
// stop the NATS server) while they work. The database they leave must
// hold exactly what one process (`add`, `copies`, `stories`) makes of the
// same input. Settings, all optional:
//
//	PARALLAX_KILL_ARTICLES  how many ABP articles (the first n records of
//	                        ../shared/data/abp/articles.jsonl.gz); "all" for
//	                        the whole file; default 9000 for the kills (3
//	                        batches of copy checks, 2 saves of stories),
//	                        4000 for NATS. Without the shared data, as many
//	                        made-up articles (crashCorpus).
//	PARALLAX_KILL_TRIALS    kills in the run (default 8)
//	PARALLAX_KILL_SEED      the seed of the kill points (default 1)
//	PARALLAX_KILL_GAP       longest wait between kills (default 2s)
//	PARALLAX_KILL_TIMEOUT   worker --ack-wait and --lease-ttl (default 5s)
//	PARALLAX_KILL_LEASE     copies or stories: the trials that kill a lease
//	                        holder wait for that lease's holder (default:
//	                        either)
//	PARALLAX_KILL_REF       a database the single process made of the same
//	                        input, read instead of making one (read only;
//	                        give it a copy all the same)
//	PARALLAX_NATS_SERVER    a nats-server binary to run instead of the
//	                        server embedded in the test (-js on loopback)
//	PARALLAX_KILL_LOGS      keep the processes' logs in this directory
//	PARALLAX_MEASURE_BIN    run this build of parallax instead of the one
//	                        built for the tests
//
// A worker killed on the same item --max-deliver times dead-letters it
// (a crash loop, as far as it can tell): the workers here get a
// --max-deliver above the number of kills, since the study is about what
// a kill loses, not about that limit.
//
// The full-size measurement of docs/scale.md is the same test over all of
// ABP.

// killSettings are the studies' settings, from the environment.
type killSettings struct {
	articles int // 0: all
	trials   int
	seed     uint64
	gap      time.Duration
	timeout  time.Duration
	ref      string
	natsBin  string
	logs     string
	bin      string // the parallax build run
	leases   []string
}

func readKillSettings(t *testing.T, articles int) killSettings {
	t.Helper()
	s := killSettings{articles: articles, trials: 8, seed: 1, gap: 2 * time.Second, timeout: 5 * time.Second,
		ref: os.Getenv("PARALLAX_KILL_REF"), natsBin: os.Getenv("PARALLAX_NATS_SERVER"), logs: os.Getenv("PARALLAX_KILL_LOGS"),
		bin: binary}
	if b := os.Getenv("PARALLAX_MEASURE_BIN"); b != "" {
		s.bin = b
	}
	switch v := os.Getenv("PARALLAX_KILL_LEASE"); v {
	case "":
		s.leases = []string{store.LeaseStories, store.LeaseCopies}
	case store.LeaseStories, store.LeaseCopies:
		s.leases = []string{v}
	default:
		t.Fatalf("PARALLAX_KILL_LEASE=%q: want copies or stories", v)
	}
	if v := os.Getenv("PARALLAX_KILL_ARTICLES"); v == "all" {
		s.articles = 0
	} else if v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n <= 0 {
			t.Fatalf("PARALLAX_KILL_ARTICLES=%q: want a positive number or all", v)
		}
		s.articles = n
	}
	if v := os.Getenv("PARALLAX_KILL_TRIALS"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			t.Fatalf("PARALLAX_KILL_TRIALS=%q", v)
		}
		s.trials = n
	}
	if v := os.Getenv("PARALLAX_KILL_SEED"); v != "" {
		n, err := strconv.ParseUint(v, 10, 64)
		if err != nil {
			t.Fatalf("PARALLAX_KILL_SEED=%q", v)
		}
		s.seed = n
	}
	for _, d := range []struct {
		env string
		p   *time.Duration
	}{{"PARALLAX_KILL_GAP", &s.gap}, {"PARALLAX_KILL_TIMEOUT", &s.timeout}} {
		if v := os.Getenv(d.env); v != "" {
			x, err := time.ParseDuration(v)
			if err != nil || x <= 0 {
				t.Fatalf("%s=%q", d.env, v)
			}
			*d.p = x
		}
	}
	if s.logs != "" {
		if err := os.MkdirAll(s.logs, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

// killInput writes the study's input into dir and returns its path and
// the number of records in it.
func killInput(t *testing.T, s killSettings, dir string) (string, int) {
	t.Helper()
	abp := filepath.Join("..", "..", "..", "shared", "data", "abp", "articles.jsonl.gz")
	if _, err := os.Stat(abp); err != nil {
		if s.articles == 0 {
			t.Skipf("%s absent: PARALLAX_KILL_ARTICLES=all needs the ABP corpus", abp)
		}
		t.Logf("%s absent: made-up articles instead", abp)
		file := filepath.Join(dir, "input.jsonl")
		if err := os.WriteFile(file, crashCorpus(s.articles), 0o644); err != nil {
			t.Fatal(err)
		}
		return file, s.articles
	}
	f, err := os.Open(abp)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	if s.articles == 0 {
		n, err := countLines(zr)
		if err != nil {
			t.Fatal(err)
		}
		abs, err := filepath.Abs(abp)
		if err != nil {
			t.Fatal(err)
		}
		return abs, n
	}
	file := filepath.Join(dir, "input.jsonl")
	out, err := os.Create(file)
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	br := bufio.NewReaderSize(zr, 1<<20)
	n := 0
	for ; n < s.articles; n++ {
		line, err := br.ReadBytes('\n')
		if len(line) > 0 {
			if _, err := out.Write(line); err != nil {
				t.Fatal(err)
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
	return file, n
}

func countLines(r io.Reader) (int, error) {
	n := 0
	buf := make([]byte, 1<<20)
	for {
		k, err := r.Read(buf)
		n += bytes.Count(buf[:k], []byte("\n"))
		if err == io.EOF {
			return n, nil
		}
		if err != nil {
			return n, err
		}
	}
}

// natsServer is a NATS server with JetStream that can be stopped and
// started again on the same port and storage.
type natsServer interface {
	URL() string
	Stop()
	Start()
}

// externalNATS runs a nats-server binary.
type externalNATS struct {
	t    *testing.T
	bin  string
	dir  string
	port int
	cmd  *exec.Cmd
	log  *os.File
}

func startNATS(t *testing.T, s killSettings) natsServer {
	t.Helper()
	if s.natsBin == "" {
		return queuetest.Start(t)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	n := &externalNATS{t: t, bin: s.natsBin, dir: t.TempDir(), port: port}
	n.Start()
	t.Cleanup(n.Stop)
	return n
}

func (n *externalNATS) URL() string { return fmt.Sprintf("nats://127.0.0.1:%d", n.port) }

func (n *externalNATS) Start() {
	n.t.Helper()
	if n.cmd != nil {
		n.t.Fatal("nats-server is running")
	}
	log, err := os.OpenFile(filepath.Join(n.dir, "nats-server.log"), os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		n.t.Fatal(err)
	}
	cmd := exec.Command(n.bin, "-js", "-sd", filepath.Join(n.dir, "js"), "-a", "127.0.0.1", "-p", strconv.Itoa(n.port))
	cmd.Stdout, cmd.Stderr = log, log
	if err := cmd.Start(); err != nil {
		n.t.Fatalf("start %s: %v", n.bin, err)
	}
	n.cmd, n.log = cmd, log
	for end := time.Now().Add(30 * time.Second); time.Now().Before(end); time.Sleep(50 * time.Millisecond) {
		if c, err := net.Dial("tcp", fmt.Sprintf("127.0.0.1:%d", n.port)); err == nil {
			c.Close()
			return
		}
	}
	n.t.Fatalf("%s did not listen on port %d within 30 s", n.bin, n.port)
}

// Stop stops the server as an operator would (SIGTERM); its storage stays.
func (n *externalNATS) Stop() {
	if n.cmd == nil {
		return
	}
	n.cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan struct{})
	go func() { n.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		n.cmd.Process.Kill()
		<-done
	}
	n.log.Close()
	n.cmd = nil
}

// workerFleet runs parallax worker processes over one database and NATS
// server, kills and restarts them, and notices when one exits by itself.
type workerFleet struct {
	t       *testing.T
	bin     string
	db      string
	args    []string
	logs    string
	mu      sync.Mutex
	procs   []*workerProc
	started int
	exits   []string // exits nobody asked for
}

type workerProc struct {
	cmd    *exec.Cmd
	log    string
	killed bool
	done   chan struct{}
}

func newFleet(t *testing.T, s killSettings, db, natsURL, logs string, n int) *workerFleet {
	f := &workerFleet{t: t, bin: s.bin, db: db, logs: logs, procs: make([]*workerProc, n),
		args: []string{"worker", "--nats", natsURL, "--log-level", "debug",
			"--ack-wait", s.timeout.String(), "--lease-ttl", s.timeout.String(), "--backoff", "500ms",
			"--max-deliver", strconv.Itoa(s.trials + 5)}}
	for i := range n {
		f.start(i)
	}
	t.Cleanup(f.stop)
	return f
}

func (f *workerFleet) start(i int) {
	f.t.Helper()
	f.mu.Lock()
	defer f.mu.Unlock()
	f.started++
	name := filepath.Join(f.logs, fmt.Sprintf("worker%d-%02d.log", i, f.started))
	log, err := os.Create(name)
	if err != nil {
		f.t.Fatal(err)
	}
	cmd := exec.Command(f.bin, f.args...)
	cmd.Env = append(os.Environ(), "PARALLAX_DB="+f.db)
	cmd.Stdout, cmd.Stderr = log, log
	if err := cmd.Start(); err != nil {
		f.t.Fatalf("start worker: %v", err)
	}
	p := &workerProc{cmd: cmd, log: name, done: make(chan struct{})}
	f.procs[i] = p
	go func() {
		err := cmd.Wait()
		log.Close()
		f.mu.Lock()
		if !p.killed {
			f.exits = append(f.exits, fmt.Sprintf("worker %d (pid %d) exited by itself: %v; log %s:\n%s", i, cmd.Process.Pid, err, name, tail(name, 20)))
		}
		f.mu.Unlock()
		close(p.done)
	}()
}

// kill sends SIGKILL to worker i and waits for it to die.
func (f *workerFleet) kill(i int) int {
	f.mu.Lock()
	p := f.procs[i]
	p.killed = true
	f.mu.Unlock()
	p.cmd.Process.Kill()
	<-p.done
	return p.cmd.Process.Pid
}

// index returns the worker whose process has the pid, or -1.
func (f *workerFleet) index(pid int) int {
	if pid == 0 {
		return -1
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	for i, p := range f.procs {
		if p != nil && !p.killed && p.cmd.Process.Pid == pid {
			return i
		}
	}
	return -1
}

// stop stops every worker as an operator would (SIGTERM), killing those
// that linger.
func (f *workerFleet) stop() {
	f.mu.Lock()
	procs := slices.Clone(f.procs)
	for _, p := range procs {
		if p != nil {
			p.killed = true
		}
	}
	f.mu.Unlock()
	for _, p := range procs {
		if p == nil {
			continue
		}
		p.cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-p.done:
		case <-time.After(20 * time.Second):
			p.cmd.Process.Kill()
			<-p.done
		}
	}
}

// unasked returns the exits nobody asked for.
func (f *workerFleet) unasked() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.exits)
}

func tail(path string, n int) string {
	b, _ := os.ReadFile(path)
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

// openRead opens an SQLite database for reading only.
func openRead(t *testing.T, path string, immutable bool) *sql.DB {
	t.Helper()
	dsn := "file:" + path + "?mode=ro&_pragma=busy_timeout(10000)"
	if immutable {
		dsn += "&immutable=1"
	}
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	t.Cleanup(func() { db.Close() })
	return db
}

// progress is how far a run is: articles stored, checked for copies and
// grouped into stories, and who holds the leases.
type progress struct {
	stored, checked, grouped int
	holders                  map[string]int // lease name → holder's pid
}

func (p progress) String() string {
	return fmt.Sprintf("stored %d, checked %d, grouped %d", p.stored, p.checked, p.grouped)
}

// stage names the stage the run is in, of n articles.
func (p progress) stage(n int) string {
	switch {
	case p.stored < n:
		return "storing"
	case p.checked < n:
		return "checking copies"
	case p.grouped < n:
		return "grouping stories"
	}
	return "done"
}

var holderPID = regexp.MustCompile(`pid (\d+) `)

func readProgress(db *sql.DB) (progress, error) {
	p := progress{holders: map[string]int{}}
	for _, c := range []struct {
		table string
		n     *int
	}{{"articles", &p.stored}, {"copy_checks", &p.checked}, {"story_articles", &p.grouped}} {
		if err := db.QueryRow("SELECT count(*) FROM " + c.table).Scan(c.n); err != nil {
			return p, err
		}
	}
	rows, err := db.Query("SELECT name, holder FROM leases WHERE expires_ms > ?", time.Now().UnixMilli())
	if err != nil {
		return p, err
	}
	defer rows.Close()
	for rows.Next() {
		var name, holder string
		if err := rows.Scan(&name, &holder); err != nil {
			return p, err
		}
		if m := holderPID.FindStringSubmatch(holder); m != nil {
			p.holders[name], _ = strconv.Atoi(m[1])
		}
	}
	return p, rows.Err()
}

// dbState is what the comparison reads of a database: articles (id,
// revision, content hash), story_articles (article → story), copy_links
// (source, copy, kind, share to 4 places), and counts.
type dbState struct {
	articles, storyArticles, copyLinks []string
	revisions, checks, stories         int
}

func readDBState(t *testing.T, db *sql.DB) dbState {
	t.Helper()
	var s dbState
	lines := func(q string) []string {
		rows, err := db.Query(q)
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		defer rows.Close()
		var out []string
		for rows.Next() {
			var l string
			if err := rows.Scan(&l); err != nil {
				t.Fatal(err)
			}
			out = append(out, l)
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		slices.Sort(out)
		return out
	}
	s.articles = lines("SELECT id || ' ' || revision || ' ' || content_hash FROM articles")
	s.storyArticles = lines("SELECT article_id || ' ' || story_id FROM story_articles")
	s.copyLinks = lines("SELECT source || '>' || copy || ' ' || kind || ' ' || printf('%.4f', share) FROM copy_links")
	for _, c := range []struct {
		q string
		n *int
	}{{"SELECT count(*) FROM revisions", &s.revisions}, {"SELECT count(*) FROM copy_checks", &s.checks}, {"SELECT count(*) FROM stories", &s.stories}} {
		if err := db.QueryRow(c.q).Scan(c.n); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

// compareStates reports every difference between got and want.
func compareStates(t *testing.T, got, want dbState) {
	t.Helper()
	for _, c := range []struct {
		what      string
		got, want []string
	}{{"articles", got.articles, want.articles}, {"story_articles", got.storyArticles, want.storyArticles}, {"copy_links", got.copyLinks, want.copyLinks}} {
		if slices.Equal(c.got, c.want) {
			continue
		}
		extra, missing := diffSorted(c.got, c.want)
		t.Errorf("%s: %d rows, want %d; %d not in the single run's (e.g. %q), %d of it missing (e.g. %q)",
			c.what, len(c.got), len(c.want), len(extra), first3(extra), len(missing), first3(missing))
	}
	if got.revisions != want.revisions || got.checks != want.checks || got.stories != want.stories {
		t.Errorf("revisions, copy checks, stories: %d, %d, %d; want %d, %d, %d",
			got.revisions, got.checks, got.stories, want.revisions, want.checks, want.stories)
	}
}

func diffSorted(a, b []string) (onlyA, onlyB []string) {
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j == len(b) || (i < len(a) && a[i] < b[j]):
			onlyA = append(onlyA, a[i])
			i++
		case i == len(a) || b[j] < a[i]:
			onlyB = append(onlyB, b[j])
			j++
		default:
			i++
			j++
		}
	}
	return onlyA, onlyB
}

func first3(s []string) []string { return s[:min(3, len(s))] }

// reference returns what one process makes of the input: read from
// PARALLAX_KILL_REF, or made by add, copies and stories.
func reference(t *testing.T, s killSettings, dir, input string) dbState {
	t.Helper()
	if s.ref != "" {
		t.Logf("reference: %s", s.ref)
		return readDBState(t, openRead(t, s.ref, true))
	}
	db := filepath.Join(dir, "single.db")
	start := time.Now()
	for _, args := range [][]string{{"add", input}, {"copies"}, {"stories"}} {
		if code, out, errs := parallax(t, db, "", args...); code != 0 {
			t.Fatalf("%v: exit %d: %s %s", args, code, out, errs)
		}
	}
	t.Logf("the single process (add, copies, stories): %.1f s", time.Since(start).Seconds())
	return readDBState(t, openRead(t, db, false))
}

// queuedRun is `add --nats --wait` running.
type queuedRun struct {
	cmd   *exec.Cmd
	out   bytes.Buffer
	errs  string
	done  chan struct{}
	err   error
	start time.Time
}

func startQueuedAdd(t *testing.T, s killSettings, db, natsURL, input, logs string) *queuedRun {
	t.Helper()
	r := &queuedRun{done: make(chan struct{}), start: time.Now(), errs: filepath.Join(logs, "add.log")}
	log, err := os.Create(r.errs)
	if err != nil {
		t.Fatal(err)
	}
	r.cmd = exec.Command(s.bin, "add", "--nats", natsURL, "--wait", "--json", input)
	r.cmd.Env = append(os.Environ(), "PARALLAX_DB="+db)
	r.cmd.Stdout, r.cmd.Stderr = &r.out, log
	if err := r.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		r.err = r.cmd.Wait()
		log.Close()
		close(r.done)
	}()
	t.Cleanup(func() {
		select {
		case <-r.done:
		default:
			r.cmd.Process.Kill()
			<-r.done
		}
	})
	return r
}

// check waits for add to end and checks that it queued n articles and saw
// the workers done with them.
func (r *queuedRun) check(t *testing.T, n int) {
	t.Helper()
	<-r.done
	var sum struct {
		Queued int  `json:"queued"`
		Failed int  `json:"failed"`
		Done   bool `json:"done"`
	}
	if err := json.Unmarshal(r.out.Bytes(), &sum); r.err != nil || err != nil {
		t.Fatalf("add --nats --wait: %v, %v: %s\n%s", r.err, err, r.out.String(), tail(r.errs, 20))
	}
	if !sum.Done || sum.Failed != 0 || sum.Queued != n {
		t.Errorf("add --nats --wait: %s; want %d queued, none failed, done", strings.TrimSpace(r.out.String()), n)
	}
}

// checkNoDeadLetters fails the test if any stage moved items to the
// dead-letter stream.
func checkNoDeadLetters(t *testing.T, natsURL string) {
	t.Helper()
	code, out, errs := parallax(t, "", "", "worker", "status", "--nats", natsURL, "--json")
	if code != 0 {
		t.Fatalf("worker status: exit %d: %s %s", code, out, errs)
	}
	var raw any
	if err := json.Unmarshal([]byte(out), &raw); err != nil {
		t.Fatalf("worker status --json: %v: %s", err, out)
	}
	var dead func(v any) uint64
	dead = func(v any) uint64 {
		var n uint64
		switch x := v.(type) {
		case map[string]any:
			for k, e := range x {
				if f, ok := e.(float64); ok && k == "dead_lettered" {
					n += uint64(f)
				} else {
					n += dead(e)
				}
			}
		case []any:
			for _, e := range x {
				n += dead(e)
			}
		}
		return n
	}
	if n := dead(raw); n != 0 {
		t.Errorf("%d items dead-lettered: %s", n, out)
	}
}

func logsDir(t *testing.T, s killSettings, name string) string {
	if s.logs == "" {
		return t.TempDir()
	}
	d := filepath.Join(s.logs, name)
	if err := os.MkdirAll(d, 0o755); err != nil {
		t.Fatal(err)
	}
	return d
}

func loadavg() string {
	b, _ := os.ReadFile("/proc/loadavg")
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "?"
	}
	return strings.Join(f[:3], " ")
}

// TestWorkersKilledLoseNothing runs the input through two worker
// processes and kills one with SIGKILL at seeded random points — the
// holder of the copies or stories lease (the clusterer) when one is held,
// or either worker — restarting it at once. The run must end by itself
// with the database of a single process: every article once, the same
// story of every article, the same copy relations, nothing dead-lettered.
//
//	PARALLAX_LONG_TESTS=1 go test ./cmd/parallax -run TestWorkersKilledLoseNothing -v
func TestWorkersKilledLoseNothing(t *testing.T) {
	sharedtest.SkipUnlessLong(t)
	s := readKillSettings(t, 9000)
	dir := t.TempDir()
	input, n := killInput(t, s, dir)
	want := reference(t, s, dir, input)
	if len(want.storyArticles) < n/2 || len(want.copyLinks) == 0 {
		t.Fatalf("the single run grouped %d articles and found %d copy relations: too little to compare", len(want.storyArticles), len(want.copyLinks))
	}

	logs := logsDir(t, s, "kill")
	srv := startNATS(t, s)
	db := filepath.Join(dir, "workers.db")
	t.Logf("load %s at the start", loadavg())
	fleet := newFleet(t, s, db, srv.URL(), logs, 2)
	run := startQueuedAdd(t, s, db, srv.URL(), input, logs)

	rng := rand.New(rand.NewPCG(s.seed, 0x6b696c6c))
	var watch *sql.DB
	look := func() (progress, bool) {
		if watch == nil {
			if _, err := os.Stat(db); err != nil {
				return progress{}, false
			}
			watch = openRead(t, db, false)
		}
		p, err := readProgress(watch)
		return p, err == nil
	}
	wait := func(d time.Duration) bool {
		select {
		case <-run.done:
			return false
		case <-time.After(d):
			return true
		}
	}
	// kills counts the trials by what the killed worker held when it was
	// looked at, just before the kill.
	kills := map[string]int{}
	made := 0
	for trial := 1; trial <= s.trials; trial++ {
		if !wait(time.Duration(rng.Int64N(int64(s.gap)))) {
			break
		}
		// Every second trial kills a lease holder: the next one seen (the
		// copies or stories stage may be yet to come); the others either
		// worker.
		target := -1
		p, _ := look()
		if trial%2 == 0 {
			for {
				if q, ok := look(); ok {
					p = q
					for _, name := range s.leases {
						if i := fleet.index(p.holders[name]); i >= 0 {
							target = i
						}
					}
				}
				if target >= 0 || !wait(50*time.Millisecond) {
					break
				}
			}
		}
		when := ""
		if target >= 0 {
			// Not at once: at a random point of its tenure, or right
			// after its next save (of a batch of copy checks or stories,
			// or its last: before it acknowledged the request).
			if rng.IntN(2) == 0 {
				if !wait(time.Duration(rng.Int64N(int64(s.gap)))) {
					break
				}
				p, _ = look()
			} else {
				when = ", right after a save"
				before := p
				for saved := false; !saved; {
					if !wait(10 * time.Millisecond) {
						break
					}
					if q, ok := look(); ok {
						p = q
						saved = p.checked > before.checked || p.grouped > before.grouped
					}
				}
			}
		} else {
			target = rng.IntN(2)
		}
		role := "no lease"
		var held []string
		for _, name := range []string{store.LeaseCopies, store.LeaseStories} {
			if pid, ok := p.holders[name]; ok && fleet.index(pid) == target {
				held = append(held, name)
			}
		}
		if len(held) > 0 {
			role = "the " + strings.Join(held, " and ") + " lease"
		}
		select {
		case <-run.done:
			target = -1
		default:
		}
		if target < 0 {
			break
		}
		pid := fleet.kill(target)
		made++
		kills[role]++
		t.Logf("trial %d at %5.1f s: SIGKILL worker %d (pid %d), holding %s%s; %s (%s); load %s",
			trial, time.Since(run.start).Seconds(), target, pid, role, when, p.stage(len(want.articles)), p, loadavg())
		fleet.start(target)
	}
	run.check(t, n)
	t.Logf("add --nats --wait ended after %.1f s with %d kills (by what the killed worker held: %v); load %s",
		time.Since(run.start).Seconds(), made, kills, loadavg())
	for _, e := range fleet.unasked() {
		t.Error(e)
	}
	checkNoDeadLetters(t, srv.URL())
	fleet.stop()
	compareStates(t, readDBState(t, openRead(t, db, false)), want)
}

// TestNATSStoppedMidRun stops the NATS server for 30 s (PARALLAX_NATS_STOP
// sets another length) at a seeded random point of a run through two
// worker processes, and starts it again on the same storage: the run
// must finish by itself, with the database of a single process.
//
//	PARALLAX_LONG_TESTS=1 go test ./cmd/parallax -run TestNATSStoppedMidRun -v
func TestNATSStoppedMidRun(t *testing.T) {
	sharedtest.SkipUnlessLong(t)
	s := readKillSettings(t, 4000)
	outage := 30 * time.Second
	if v := os.Getenv("PARALLAX_NATS_STOP"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil {
			t.Fatalf("PARALLAX_NATS_STOP=%q", v)
		}
		outage = d
	}
	dir := t.TempDir()
	input, n := killInput(t, s, dir)
	want := reference(t, s, dir, input)

	logs := logsDir(t, s, "nats")
	srv := startNATS(t, s)
	db := filepath.Join(dir, "workers.db")
	t.Logf("load %s at the start", loadavg())
	fleet := newFleet(t, s, db, srv.URL(), logs, 2)
	run := startQueuedAdd(t, s, db, srv.URL(), input, logs)

	// The stop comes in one of the three stages, picked by the seed: once
	// a tenth of the articles is stored, or once copy detection or story
	// clustering holds its lease.
	rng := rand.New(rand.NewPCG(s.seed, 0x6e617473))
	stage := []string{"store", store.LeaseCopies, store.LeaseStories}[rng.IntN(3)]
	var watch *sql.DB
	for {
		select {
		case <-run.done:
			t.Fatalf("the run ended before the %s stage was seen: %s", stage, strings.TrimSpace(run.out.String()))
		case <-time.After(50 * time.Millisecond):
		}
		if watch == nil {
			if _, err := os.Stat(db); err != nil {
				continue
			}
			watch = openRead(t, db, false)
		}
		p, err := readProgress(watch)
		if err != nil {
			continue
		}
		if _, held := p.holders[stage]; (stage == "store" && p.stored >= n/10) || held {
			time.Sleep(time.Duration(rng.Int64N(int64(time.Second))))
			at := time.Since(run.start)
			srv.Stop()
			t.Logf("NATS stopped at %.1f s (%s stage; %s), for %s; load %s", at.Seconds(), stage, p, outage, loadavg())
			break
		}
	}
	time.Sleep(outage)
	srv.Start()
	t.Logf("NATS started again at %.1f s", time.Since(run.start).Seconds())
	run.check(t, n)
	t.Logf("add --nats --wait ended after %.1f s; load %s", time.Since(run.start).Seconds(), loadavg())
	for _, e := range fleet.unasked() {
		t.Error(e)
	}
	checkNoDeadLetters(t, srv.URL())
	fleet.stop()
	compareStates(t, readDBState(t, openRead(t, db, false)), want)
}
