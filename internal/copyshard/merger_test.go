package copyshard

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/copies"
	"github.com/parallax-news/parallax/internal/queue"
	"github.com/parallax-news/parallax/internal/queue/queuetest"
	"github.com/parallax-news/parallax/internal/samples"
	"github.com/parallax-news/parallax/internal/store"
	"github.com/parallax-news/parallax/internal/store/backends"
	"github.com/parallax-news/parallax/internal/store/sqlite"

	"github.com/jackc/pgx/v5"
)

// rounds are what is stored before each update: the bundled (fictional)
// samples and two copies of one by other outlets, then a revision of a
// copy (its earlier check dies) and a copy of another sample.
func rounds(t *testing.T) [][]*article.Article {
	t.Helper()
	arts, err := samples.Articles(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	copyOf := func(src *article.Article, outlet, lead string) *article.Article {
		a := &article.Article{Outlet: outlet, URL: "https://" + strings.ToLower(strings.ReplaceAll(outlet, " ", "")) + ".example/" + src.ID,
			Title: src.Title, Published: src.Published, Paragraphs: append([]string{lead}, src.Paragraphs...)}
		if _, err := a.Finish(); err != nil {
			t.Fatal(err)
		}
		return a
	}
	farm := copyOf(arts[0], "Copy Farm", "Experts revealed that the news below matters.")
	mill := copyOf(arts[0], "Content Mill", "Readers will want to know what happened next.")
	revised := copyOf(arts[0], "Copy Farm", "Experts revealed that the news below matters a great deal.")
	revised.Paragraphs = revised.Paragraphs[:len(revised.Paragraphs)-1]
	if _, err := revised.Finish(); err != nil {
		t.Fatal(err)
	}
	half := len(arts) / 2
	return [][]*article.Article{
		append(arts[:half:half], farm),
		append(arts[half:], mill),
		{revised, copyOf(arts[half], "Echo Desk", "An account from elsewhere follows.")},
	}
}

func openMain(t *testing.T, path string) store.Store {
	t.Helper()
	st, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// links writes every copy relation of a store, with its detail.
func links(t *testing.T, st store.Store) string {
	t.Helper()
	ls, err := st.CopyLinks(context.Background(), "")
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, l := range ls {
		fmt.Fprintf(&b, "%s > %s %s %.6f %s by %s\n", l.Source, l.Copy, l.Kind, l.Share, l.Detail, l.CheckedBy)
	}
	return b.String()
}

// single is what copies.Update makes of the rounds on one store.
func single(t *testing.T) string {
	t.Helper()
	ctx := context.Background()
	st := openMain(t, filepath.Join(t.TempDir(), "single.db"))
	for _, r := range rounds(t) {
		if _, err := st.Put(ctx, r); err != nil {
			t.Fatal(err)
		}
		if _, err := copies.Update(ctx, st, nil); err != nil {
			t.Fatal(err)
		}
	}
	out := links(t, st)
	if strings.Count(out, "\n") < 3 {
		t.Fatalf("one store found too little to compare:\n%s", out)
	}
	return out
}

// cluster is a main store, a NATS server and shards served over it.
type cluster struct {
	t        *testing.T
	st       store.Store
	q        *queue.Queue
	n        int
	shardDSN []string
	mu       sync.Mutex
	shards   map[int]*running
}

// running is a shard server running until stop.
type running struct {
	stop func()
	done chan struct{}
}

func newCluster(t *testing.T, b backend, n int) *cluster {
	srv := queuetest.Start(t)
	q, err := queue.Connect(t.Context(), srv.URL(), t.Name(), queue.Config{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { q.Close() })
	c := &cluster{t: t, q: q, n: n, shards: map[int]*running{}}
	st, err := backends.Open(t.Context(), b.db(t, "main"), store.Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	c.st = st
	for s := range n {
		c.shardDSN = append(c.shardDSN, b.db(t, fmt.Sprint("shard", s)))
	}
	for s := range n {
		c.start(s, nil)
	}
	return c
}

// start serves shard s from its file, with a test hook.
func (c *cluster) start(s int, hook func(stage string) error) *running {
	t := c.t
	t.Helper()
	sp := Spec{s, c.n}
	idx, err := OpenIndex(context.Background(), c.shardDSN[s], sp)
	if err != nil {
		t.Fatal(err)
	}
	srv, err := NewServer(ServerConfig{Shard: sp, Index: idx, Store: c.st, Conn: c.q.Conn(), JetStream: c.q.JetStream(),
		AckWait: time.Second, Poll: 20 * time.Millisecond, hook: hook})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	r := &running{stop: cancel, done: make(chan struct{})}
	go func() {
		defer close(r.done)
		defer idx.Close()
		if err := srv.Run(ctx); err != nil {
			t.Error(err)
		}
	}()
	stopped := false
	stop := func() {
		if !stopped {
			stopped = true
			cancel()
			<-r.done
		}
	}
	r.stop = stop
	c.mu.Lock()
	c.shards[s] = r
	c.mu.Unlock()
	t.Cleanup(stop)
	return r
}

// update checks the unchecked articles under a new tenure of the copies
// lease, with batches of three.
func (c *cluster) update(ctx context.Context, afterRecord func(int) error) error {
	l, err := c.st.AcquireLease(ctx, store.LeaseCopies, "test merger", time.Minute)
	if err != nil {
		return err
	}
	// Small parts: a batch's record comes in several.
	m, err := NewMerger(ctx, MergerConfig{Store: c.st, Shards: c.n, Lease: l, Conn: c.q.Conn(), JetStream: c.q.JetStream(),
		afterRecord: afterRecord, partBytes: 3000})
	if err != nil {
		return err
	}
	if _, err := copies.UpdateWith(ctx, c.st, copies.Options{Index: m, BatchSize: 3}); err != nil {
		return err
	}
	return c.st.ReleaseLease(ctx, l)
}

// checkMarks checks that every shard has applied every check saved,
// and has postings.
func (c *cluster) checkMarks(ctx context.Context) {
	t := c.t
	t.Helper()
	last, err := c.st.LastCopyCheck(ctx)
	if err != nil || last == 0 {
		t.Fatalf("last check %d (%v)", last, err)
	}
	l, err := c.st.AcquireLease(ctx, store.LeaseCopies, "test sync", time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	m, err := NewMerger(ctx, MergerConfig{Store: c.st, Shards: c.n, Lease: l, Conn: c.q.Conn(), JetStream: c.q.JetStream()})
	if err != nil {
		t.Fatal(err)
	}
	if err := m.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	if err := c.st.ReleaseLease(ctx, l); err != nil {
		t.Fatal(err)
	}
	for s := range c.n {
		idx, err := OpenIndex(ctx, c.shardDSN[s], Spec{s, c.n})
		if err != nil {
			t.Fatal(err)
		}
		m, err := idx.Marks(ctx)
		if err != nil || m.Applied != last {
			t.Errorf("shard %d/%d applied checks up to %d (%v), want %d", s, c.n, m.Applied, err, last)
		}
		postings, err := countPostings(ctx, idx)
		if err != nil || postings == 0 {
			t.Errorf("shard %d/%d holds %d postings (%v)", s, c.n, postings, err)
		}
		idx.Close()
	}
}

// countPostings counts the rows of an index.
func countPostings(ctx context.Context, idx Index) (int, error) {
	var n int
	var err error
	switch x := idx.(type) {
	case *sqliteIndex:
		err = x.db.QueryRowContext(ctx, `SELECT count(*) FROM copyshard_postings`).Scan(&n)
	case *pgIndex:
		err = x.pool.QueryRow(ctx, `SELECT count(*) FROM copyshard_postings`).Scan(&n)
	}
	return n, err
}

// backend makes fresh databases of one kind for a test.
type backend struct {
	name string
	db   func(t *testing.T, name string) string
}

// serverEnv names the PostgreSQL server the PostgreSQL tests use (as in
// package postgres): a URL of a database on it.
const serverEnv = "PARALLAX_TEST_POSTGRES"

var sqliteBackend = backend{"sqlite", func(t *testing.T, name string) string {
	return filepath.Join(t.TempDir(), name+".db")
}}

// postgresBackend makes a fresh schema a database, dropped when the test
// ends.
var postgresBackend = backend{"postgres", func(t *testing.T, _ string) string {
	server := os.Getenv(serverEnv)
	if server == "" {
		t.Skipf("no PostgreSQL server: set %s (e.g. postgres://parallax@127.0.0.1:54329/postgres) to run the PostgreSQL tests", serverEnv)
	}
	name := "copyshard_test_" + strings.ToLower(rand.Text()[:12])
	exec := func(sql string) {
		conn, err := pgx.Connect(context.Background(), server)
		if err != nil {
			t.Fatalf("connect to %s: %v", store.Redact(server), err)
		}
		defer conn.Close(context.Background())
		if _, err := conn.Exec(context.Background(), sql); err != nil {
			t.Fatalf("%s: %v", sql, err)
		}
	}
	exec("CREATE SCHEMA " + name)
	t.Cleanup(func() { exec("DROP SCHEMA IF EXISTS " + name + " CASCADE") })
	u, err := url.Parse(server)
	if err != nil {
		t.Fatalf("%s: %v", serverEnv, err)
	}
	q := u.Query()
	q.Set("search_path", name)
	u.RawQuery = q.Encode()
	return u.String()
}}

var allBackends = []backend{sqliteBackend, postgresBackend}

func deadline(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(t.Context(), 90*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func TestMatchesOneStore(t *testing.T) {
	want := single(t)
	for _, b := range allBackends {
		for _, n := range []int{1, 2, 3} {
			t.Run(fmt.Sprint(b.name, "/", n, "shards"), func(t *testing.T) {
				matchesOneStore(t, b, n, want)
			})
		}
	}
}

func matchesOneStore(t *testing.T, b backend, n int, want string) {
	ctx := deadline(t)
	c := newCluster(t, b, n)
	for _, r := range rounds(t) {
		if _, err := c.st.Put(ctx, r); err != nil {
			t.Fatal(err)
		}
		if err := c.update(ctx, nil); err != nil {
			t.Fatal(err)
		}
	}
	if got := links(t, c.st); got != want {
		t.Errorf("over %d shards:\n%s\nwant (one store):\n%s", n, got, want)
	}
	c.checkMarks(ctx)
}

var errKilled = errors.New("killed")

// TestMergerKilledBeforeSaving: a merger dies between publishing a
// batch's records and saving its checks, holding the lease. The shards
// wait for it, drop its records once the next tenure begins, and the next
// merger redoes the batch: the outcome is that of one store.
func TestMergerKilledBeforeSaving(t *testing.T) {
	want := single(t)
	for _, tc := range []struct {
		b backend
		n int
	}{{sqliteBackend, 1}, {sqliteBackend, 3}, {postgresBackend, 2}} {
		n := tc.n
		t.Run(fmt.Sprint(tc.b.name, "/", n, "shards"), func(t *testing.T) {
			ctx := deadline(t)
			c := newCluster(t, tc.b, n)
			rs := rounds(t)
			for i, r := range rs {
				if _, err := c.st.Put(ctx, r); err != nil {
					t.Fatal(err)
				}
				if i == 1 {
					// The dead merger: its lease is already expired (it stopped
					// renewing), so the next one may take it at once.
					l, err := c.st.AcquireLease(ctx, store.LeaseCopies, "dead merger", 0)
					if err != nil {
						t.Fatal(err)
					}
					m, err := NewMerger(ctx, MergerConfig{Store: c.st, Shards: n, Lease: l, Conn: c.q.Conn(), JetStream: c.q.JetStream(),
						partBytes: 3000, afterRecord: func(b int) error {
							if b == 1 {
								return errKilled
							}
							return nil
						}})
					if err != nil {
						t.Fatal(err)
					}
					res, err := copies.UpdateWith(ctx, c.st, copies.Options{Index: m, BatchSize: 3})
					if !errors.Is(err, errKilled) || res.Checked != 3 {
						t.Fatalf("the dead merger checked %d then %v, want 3 then killed", res.Checked, err)
					}
				}
				if err := c.update(ctx, nil); err != nil {
					t.Fatal(err)
				}
			}
			c.checkMarks(ctx)
			if got := links(t, c.st); got != want {
				t.Errorf("after the merger died:\n%s\nwant (one store):\n%s", got, want)
			}
		})
	}
}

// TestShardKilledMidRecord: a shard's server stops while applying a
// record (before its transaction commits, or after it but before the ack)
// and another starts on its database; the merger waits for it, and the
// outcome is that of one store.
func TestShardKilledMidRecord(t *testing.T) {
	want := single(t)
	for _, tc := range []struct {
		b     backend
		stage string
	}{{sqliteBackend, "apply"}, {sqliteBackend, "ack"}, {postgresBackend, "apply"}} {
		stage := tc.stage
		t.Run(tc.b.name+"/"+stage, func(t *testing.T) {
			ctx := deadline(t)
			c := newCluster(t, tc.b, 2)
			c.shards[1].stop()
			killed := make(chan struct{})
			var once sync.Once
			count := 0
			r := c.start(1, func(s string) error {
				select {
				case <-killed:
					return errKilled
				default:
				}
				if s != stage {
					return nil
				}
				if count++; count < 3 {
					return nil
				}
				// Dead from here on: it does nothing more.
				once.Do(func() { close(killed) })
				return errKilled
			})
			restarted := make(chan struct{})
			go func() {
				<-killed
				r.stop()
				c.start(1, nil)
				close(restarted)
			}()
			for _, rd := range rounds(t) {
				if _, err := c.st.Put(ctx, rd); err != nil {
					t.Fatal(err)
				}
				if err := c.update(ctx, nil); err != nil {
					t.Fatal(err)
				}
			}
			select {
			case <-restarted:
			default:
				t.Fatal("the shard was never killed")
			}
			if got := links(t, c.st); got != want {
				t.Errorf("after the shard was killed:\n%s\nwant (one store):\n%s", got, want)
			}
		})
	}
}

// TestStoreKeepsItsIndex: a store checked over shards is not checked
// without them, nor over another number of them, and a store checked
// without shards does not move to them.
func TestStoreKeepsItsIndex(t *testing.T) {
	ctx := deadline(t)
	c := newCluster(t, sqliteBackend, 2)
	rs := rounds(t)
	if _, err := c.st.Put(ctx, rs[0]); err != nil {
		t.Fatal(err)
	}
	if err := c.update(ctx, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := c.st.Put(ctx, rs[1]); err != nil {
		t.Fatal(err)
	}
	var sharded *copies.ShardedError
	if _, err := copies.Update(ctx, c.st, nil); !errors.As(err, &sharded) || sharded.Shards != 2 {
		t.Errorf("copies.Update of a sharded store: %v", err)
	}
	l, err := c.st.AcquireLease(ctx, store.LeaseCopies, "test", time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := NewMerger(ctx, MergerConfig{Store: c.st, Shards: 3, Lease: l, Conn: c.q.Conn(), JetStream: c.q.JetStream()}); err == nil ||
		!strings.Contains(err.Error(), "on 2 shards, not 3") {
		t.Errorf("a merger over 3 shards of a store on 2: %v", err)
	}
	plain := openMain(t, filepath.Join(t.TempDir(), "plain.db"))
	if _, err := plain.Put(ctx, rs[0]); err != nil {
		t.Fatal(err)
	}
	if _, err := copies.Update(ctx, plain, nil); err != nil {
		t.Fatal(err)
	}
	pl, err := plain.AcquireLease(ctx, store.LeaseCopies, "test", time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := NewMerger(ctx, MergerConfig{Store: plain, Shards: 2, Lease: pl, Conn: c.q.Conn(), JetStream: c.q.JetStream()}); err == nil ||
		!strings.Contains(err.Error(), "cannot move to shards") {
		t.Errorf("a merger over a store checked without shards: %v", err)
	}
}

// TestSavedBetweenTheShardsReads: a merger saves a batch and a later
// tenure of the lease begins while a shard settles the batch's record,
// between its read of the lease and its read of the checks. The shard
// must apply the batch (it was saved), not drop it.
func TestSavedBetweenTheShardsReads(t *testing.T) {
	want := single(t)
	ctx := deadline(t)
	c := newCluster(t, sqliteBackend, 1)
	c.shards[0].stop()
	reached, proceed := make(chan struct{}), make(chan struct{})
	var once sync.Once
	c.start(0, func(stage string) error {
		if stage == "lease read" {
			once.Do(func() {
				close(reached)
				<-proceed
			})
		}
		return nil
	})
	rs := rounds(t)
	if _, err := c.st.Put(ctx, rs[0]); err != nil {
		t.Fatal(err)
	}
	// The merger's lease has already expired: the next may take it.
	l, err := c.st.AcquireLease(ctx, store.LeaseCopies, "dying merger", 0)
	if err != nil {
		t.Fatal(err)
	}
	m, err := NewMerger(ctx, MergerConfig{Store: c.st, Shards: 1, Lease: l, Conn: c.q.Conn(), JetStream: c.q.JetStream(),
		afterRecord: func(int) error { <-reached; return nil }})
	if err != nil {
		t.Fatal(err)
	}
	// One batch: recorded, then saved while the shard is between its reads.
	if res, err := copies.UpdateWith(ctx, c.st, copies.Options{Index: m, BatchSize: len(rs[0])}); err != nil || res.Checked != len(rs[0]) {
		t.Fatalf("the merger checked %d: %v", res.Checked, err)
	}
	next, err := c.st.AcquireLease(ctx, store.LeaseCopies, "next merger", time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	close(proceed)
	if err := c.st.ReleaseLease(ctx, next); err != nil {
		t.Fatal(err)
	}
	for _, r := range rs[1:] {
		if _, err := c.st.Put(ctx, r); err != nil {
			t.Fatal(err)
		}
		if err := c.update(ctx, nil); err != nil {
			t.Fatal(err)
		}
	}
	if got := links(t, c.st); got != want {
		t.Errorf("after a save between the shard's reads:\n%s\nwant (one store):\n%s", got, want)
	}
}
