package web

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"testing/synctest"

	"github.com/parallax-news/parallax/internal/compare"
)

func TestCacheBuildsOnceForConcurrentCallers(t *testing.T) {
	c := newCache[int](4, 0, nil)
	var builds atomic.Int32
	release := make(chan struct{})
	build := func(context.Context) (int, error) {
		builds.Add(1)
		<-release
		return 42, nil
	}
	var wg sync.WaitGroup
	for range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if v, err := c.get(context.Background(), "k", 1, nil, build); v != 42 || err != nil {
				t.Errorf("get = %d, %v", v, err)
			}
		}()
	}
	for builds.Load() == 0 {
		// wait until the first build started
	}
	close(release)
	wg.Wait()
	if n := builds.Load(); n != 1 {
		t.Errorf("%d builds, want 1", n)
	}
}

func TestCacheVersions(t *testing.T) {
	ctx := context.Background()
	c := newCache[int](4, 0, nil)
	n := 0
	build := func(context.Context) (int, error) { n++; return n, nil }
	stale := func(context.Context, int) bool { return false }
	fresh := func(context.Context, int) bool { return true }
	steps := []struct {
		version int64
		fresh   func(context.Context, int) bool
		want    int
	}{
		{1, stale, 1}, // built
		{1, stale, 1}, // same version: kept without asking
		{2, fresh, 1}, // new version, still fresh: kept
		{2, stale, 1}, // now current at 2
		{3, stale, 2}, // new version, stale: rebuilt
	}
	for i, s := range steps {
		if v, _ := c.get(ctx, "k", s.version, s.fresh, build); v != s.want {
			t.Errorf("step %d: got %d, want %d", i, v, s.want)
		}
	}
}

func TestCacheErrorsAndEviction(t *testing.T) {
	ctx := context.Background()
	c := newCache[string](2, 0, nil)
	fail := true
	build := func(key string) func(context.Context) (string, error) {
		return func(context.Context) (string, error) {
			if fail {
				return "", errors.New("boom")
			}
			return key, nil
		}
	}
	if _, err := c.get(ctx, "a", 1, nil, build("a")); err == nil {
		t.Fatal("want the build's error")
	}
	fail = false
	if v, err := c.get(ctx, "a", 1, nil, build("a")); v != "a" || err != nil {
		t.Fatalf("an error was kept: %q, %v", v, err)
	}
	c.get(ctx, "b", 1, nil, build("b"))
	c.get(ctx, "c", 1, nil, build("c"))
	if len(c.entries) != 2 || c.entries["a"] != nil {
		t.Errorf("entries after eviction: %v", c.entries)
	}
}

func TestAcceptsGzip(t *testing.T) {
	for h, want := range map[string]bool{
		"": false, "gzip": true, "br, gzip;q=0.8": true, "GZIP": true, "gzip;q=0": false, "gzip; q=0": false,
		"deflate": false, "*": true, "identity": false,
	} {
		r, _ := http.NewRequest("GET", "/", nil)
		r.Header.Set("Accept-Encoding", h)
		if got := acceptsGzip(r); got != want {
			t.Errorf("acceptsGzip(%q) = %v", h, got)
		}
	}
}

func TestCacheByteBudget(t *testing.T) {
	ctx := context.Background()
	c := newCache[string](100, 10, func(v string) int64 { return int64(len(v)) })
	for _, k := range []string{"aaaa", "bbbb", "cccc"} {
		c.get(ctx, k, 1, nil, func(context.Context) (string, error) { return k, nil })
	}
	if c.bytes != 8 || c.entries["aaaa"] != nil || c.entries["cccc"] == nil {
		t.Errorf("after 12 bytes in a 10-byte cache: %d bytes, %d entries", c.bytes, len(c.entries))
	}
	// A value larger than the budget is kept alone.
	c.get(ctx, "big", 1, nil, func(context.Context) (string, error) { return "0123456789abc", nil })
	if len(c.entries) != 1 || c.bytes != 13 {
		t.Errorf("after a big value: %d entries, %d bytes", len(c.entries), c.bytes)
	}
}

func TestFactsBlob(t *testing.T) {
	facts := []compare.Fact{
		{Coverage: "all", ReportedBy: []string{"a", "b"}, Sentences: []compare.FactSentence{{Article: "a", Text: "One."}}},
		{Coverage: "one", ReportedBy: []string{"b"}, Sentences: []compare.FactSentence{{Article: "b", Text: "Two “quoted”."}}},
		{Coverage: "some", ReportedBy: []string{"a"}, Sentences: []compare.FactSentence{{Article: "a", Text: "Three."}}},
	}
	b, err := newFactsBlob(facts)
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range facts {
		got, ok := b.fact(i)
		if !ok || got.Coverage != want.Coverage || got.Sentences[0].Text != want.Sentences[0].Text {
			t.Errorf("fact %d = %+v, %v", i, got, ok)
		}
	}
	for _, i := range []int{-1, 3} {
		if _, ok := b.fact(i); ok {
			t.Errorf("fact %d found", i)
		}
	}
}

func TestBodyPlain(t *testing.T) {
	text := []byte(strings.Repeat("a story page ", 1000))
	b := newBody(text)
	if !bytes.Equal(b.plain(), text) || b.size() >= int64(len(text)) {
		t.Errorf("body: %d plain bytes, %d kept", len(b.plain()), b.size())
	}
}

// TestCachePoolBoundsBuilds: however many different values are asked for
// at once, no more builds run than the pool has slots, each value is built
// once, and every caller gets its value.
func TestCachePoolBoundsBuilds(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		c := newCache[string](64, 0, nil)
		p := newBuildPool(2)
		c.slot = func(context.Context, string) func() { return p.acquire(0) }
		var running, most, builds atomic.Int32
		release := make(chan struct{})
		build := func(key string) func(context.Context) (string, error) {
			return func(context.Context) (string, error) {
				builds.Add(1)
				n := running.Add(1)
				for m := most.Load(); n > m && !most.CompareAndSwap(m, n); m = most.Load() {
				}
				<-release
				running.Add(-1)
				return "v" + key, nil
			}
		}
		var wg sync.WaitGroup
		for i := range 30 {
			key := string(rune('a' + i%10)) // 10 keys, 3 callers each
			wg.Go(func() {
				if v, err := c.get(context.Background(), key, 1, nil, build(key)); v != "v"+key || err != nil {
					t.Errorf("get(%s) = %q, %v", key, v, err)
				}
			})
		}
		synctest.Wait() // every caller is blocked: two building, the rest waiting
		if n := running.Load(); n != 2 {
			t.Errorf("%d builds running at once, want 2 (the pool's slots)", n)
		}
		close(release)
		wg.Wait()
		if n := most.Load(); n != 2 {
			t.Errorf("at most %d builds ran at once, want 2", n)
		}
		if n := builds.Load(); n != 10 {
			t.Errorf("%d builds, want 10 (one per key)", n)
		}
	})
}
