package derive

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/lease"
	"github.com/parallax-news/parallax/internal/samples"
	"github.com/parallax-news/parallax/internal/store"
	"github.com/parallax-news/parallax/internal/store/sqlite"
)

// arrivals are the bundled sample articles, with a copy of one by another
// outlet (an inserted lead, the rest taken), in three arrivals.
func arrivals(t *testing.T) [][]*article.Article {
	t.Helper()
	arts, err := samples.Articles(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	src := arts[0]
	cp := &article.Article{Outlet: "Copy Farm", URL: "https://farm.example/copied", Title: src.Title,
		Published: src.Published, Paragraphs: append([]string{"Experts revealed that the news below matters."}, src.Paragraphs...)}
	if _, err := cp.Finish(); err != nil {
		t.Fatal(err)
	}
	arts = append(arts, cp)
	return [][]*article.Article{arts[:4], arts[4:8], arts[8:]}
}

func open(t *testing.T, path string) store.Store {
	t.Helper()
	st, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// snapshot writes what derivation made of a store: each story's articles
// and every copy relation.
func snapshot(t *testing.T, st store.Store) string {
	t.Helper()
	ctx := context.Background()
	list, err := st.Stories(ctx, store.StoryQuery{})
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, s := range list {
		_, as, err := st.Story(ctx, s.ID)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, a := range as {
			ids = append(ids, a.Article)
		}
		lines = append(lines, fmt.Sprintf("story %s: %s", s.ID, strings.Join(ids, " ")))
	}
	links, err := st.CopyLinks(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range links {
		lines = append(lines, fmt.Sprintf("copy %s > %s %s", l.Source, l.Copy, l.Kind))
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

// single derives the arrivals with one Deriver, after each arrival.
func single(t *testing.T) string {
	t.Helper()
	st := open(t, filepath.Join(t.TempDir(), "single.db"))
	d := New(st, Config{})
	for _, arr := range arrivals(t) {
		if _, err := st.Put(context.Background(), arr); err != nil {
			t.Fatal(err)
		}
		if _, err := d.Update(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
	snap := snapshot(t, st)
	if !strings.Contains(snap, "copy ") || strings.Count(snap, "story ") < 3 {
		t.Fatalf("the single run found too little to compare:\n%s", snap)
	}
	return snap
}

// TestTwoClusterersAtOnce runs two Derivers, over two connections to one
// database as two processes would, at once after each arrival: they take
// turns through the leases (each step's writes are made by its lease's one
// holder), and the stories and copies are those of one Deriver alone.
func TestTwoClusterersAtOnce(t *testing.T) {
	want := single(t)
	path := filepath.Join(t.TempDir(), "p.db")
	tu := newTurns()
	a, b := tu.watch(open(t, path), "a"), tu.watch(open(t, path), "b")
	opts := lease.Options{Wait: -1, Poll: time.Millisecond}
	opts.Holder = "a"
	da := New(a, Config{Lease: opts})
	opts.Holder = "b"
	db := New(b, Config{Lease: opts})
	for _, arr := range arrivals(t) {
		if _, err := a.Put(context.Background(), arr); err != nil {
			t.Fatal(err)
		}
		var wg sync.WaitGroup
		errs := make([]error, 2)
		for i, d := range []*Deriver{da, db} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				_, errs[i] = d.Update(context.Background())
			}()
		}
		wg.Wait()
		if err := errors.Join(errs...); err != nil {
			t.Fatal(err)
		}
	}
	for _, w := range tu.wrongly {
		t.Error(w)
	}
	if tu.writes[store.LeaseCopies] == 0 || tu.writes[store.LeaseStories] == 0 {
		t.Errorf("writes seen: %v, want copy checks and stories", tu.writes)
	}
	if got := snapshot(t, a); got != want {
		t.Errorf("two clusterers at once made\n%s\nwant, as one alone\n%s", got, want)
	}
}

// TestStaleClustererStartsAgain: a Deriver that kept its clusterer in
// memory while another saved steps resumes from the store, and the result
// is still that of one Deriver alone.
func TestStaleClustererStartsAgain(t *testing.T) {
	want := single(t)
	path := filepath.Join(t.TempDir(), "p.db")
	a, b := open(t, path), open(t, path)
	da, db := New(a, Config{}), New(b, Config{})
	for i, arr := range arrivals(t) {
		if _, err := a.Put(context.Background(), arr); err != nil {
			t.Fatal(err)
		}
		d := da
		if i == 1 {
			d = db
		}
		if _, err := d.Update(context.Background()); err != nil {
			t.Fatalf("arrival %d: %v", i, err)
		}
	}
	if got := snapshot(t, a); got != want {
		t.Errorf("alternating clusterers made\n%s\nwant\n%s", got, want)
	}
}

// TestSecondClustererFailsClearly: with the lease held by another and no
// waiting, Update fails with an error that names the holder, and changes
// nothing.
func TestSecondClustererFailsClearly(t *testing.T) {
	ctx := context.Background()
	st := open(t, filepath.Join(t.TempDir(), "p.db"))
	if _, err := st.Put(ctx, arrivals(t)[0]); err != nil {
		t.Fatal(err)
	}
	if _, err := st.AcquireLease(ctx, store.LeaseCopies, "serve pid 7 on newsroom", time.Hour); err != nil {
		t.Fatal(err)
	}
	_, err := New(st, Config{}).Update(ctx)
	if !errors.Is(err, store.ErrLeaseHeld) || !strings.Contains(err.Error(), "serve pid 7 on newsroom") {
		t.Fatalf("Update with the lease held = %v, want an error naming the holder", err)
	}
	if n, _ := st.CountUnchecked(ctx); n != len(arrivals(t)[0]) {
		t.Errorf("%d articles left unchecked, want all", n)
	}
}

// TestDeadClustererLeaseExpires: the lease of a clusterer that died (it
// stopped renewing and the lease expired) is taken over.
func TestDeadClustererLeaseExpires(t *testing.T) {
	ctx := context.Background()
	st := open(t, filepath.Join(t.TempDir(), "p.db"))
	if _, err := st.Put(ctx, arrivals(t)[0]); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{store.LeaseCopies, store.LeaseStories} {
		if _, err := st.AcquireLease(ctx, name, "dead", 0); err != nil {
			t.Fatal(err)
		}
	}
	res, err := New(st, Config{}).Update(ctx)
	if err != nil || res.Checked == 0 || res.Assigned != res.Checked {
		t.Fatalf("Update after the holder died = %+v, %v", res, err)
	}
}
