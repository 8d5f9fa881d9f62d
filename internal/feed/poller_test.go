package feed

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/parallax-news/parallax/internal/fetch"
	"github.com/parallax-news/parallax/internal/store"
	"github.com/parallax-news/parallax/internal/store/sqlite"
)

// articlePage is a project-written news page with enough text to extract.
func articlePage(title string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<!doctype html><html lang="en"><head><title>%s</title><meta property="og:site_name" content="Harbour Gazette"></head><body><article><h1>%s</h1>`, title, title)
	for i := range 6 {
		fmt.Fprintf(&b, "<p>Paragraph %d of the report on %s: the council met on Tuesday evening and agreed, after a long debate about costs and timing, that the harbour works would go ahead in the spring with the support of local traders.</p>", i+1, strings.ToLower(title))
	}
	b.WriteString("</article></body></html>")
	return b.String()
}

// site is a test server with a feed, article pages and counters.
type site struct {
	*httptest.Server
	mu    sync.Mutex
	hits  map[string]int
	feed  func(w http.ResponseWriter, r *http.Request)
	pages map[string]string
}

func newSite(t *testing.T) *site {
	s := &site{hits: map[string]int{}, pages: map[string]string{}}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.hits[r.URL.Path]++
		page, ok := s.pages[r.URL.Path]
		s.mu.Unlock()
		switch {
		case r.URL.Path == "/robots.txt":
			w.Write([]byte("User-agent: *\nDisallow: /private/\n"))
		case strings.HasPrefix(r.URL.Path, "/feed"):
			s.feed(w, r)
		case ok:
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write([]byte(page))
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *site) count(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path]
}

func rssDocFor(base string, items ...string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Gazette</title><link>` + base + `/</link>`)
	for i, path := range items {
		fmt.Fprintf(&b, `<item><title>Story %d</title><link>%s%s</link><guid>%s</guid><pubDate>%s</pubDate><description>&lt;p&gt;Feed summary of story %d, which the feed itself carries in full for readers.&lt;/p&gt;</description></item>`,
			i, base, path, path, time.Date(2026, 3, 4, 12-i, 0, 0, 0, time.UTC).Format(time.RFC1123Z), i)
	}
	b.WriteString(`</channel></rss>`)
	return b.String()
}

type harness struct {
	st  *sqlite.Store
	p   *Poller
	now time.Time
}

func newHarness(t *testing.T) *harness {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "p.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	c, err := fetch.New(fetch.Config{AllowHosts: []string{"127.0.0.1"}, HostDelay: -1, StallTimeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	h := &harness{st: st, now: time.Now()}
	h.p = &Poller{Client: c, Articles: st, Feeds: st, Now: func() time.Time { return h.now }}
	return h
}

func (h *harness) add(t *testing.T, u string) store.Feed {
	t.Helper()
	f, _, err := h.st.AddFeed(context.Background(), store.Feed{URL: u})
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func (h *harness) feed(t *testing.T, id int64) store.Feed {
	t.Helper()
	fs, err := h.st.Feeds(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fs {
		if f.ID == id {
			return f
		}
	}
	t.Fatalf("feed %d not found", id)
	return store.Feed{}
}

func TestPollStoresNewItemsAndHonours304(t *testing.T) {
	s := newSite(t)
	s.pages["/news/a"] = articlePage("Harbour works approved")
	s.pages["/news/b"] = articlePage("Ferry timetable changes")
	s.feed = func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"f1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"f1"`)
		w.Write([]byte(rssDocFor(s.URL, "/news/a", "/news/b", "/private/c", "/news/missing")))
	}
	h := newHarness(t)
	f := h.add(t, s.URL+"/feed.xml")
	ctx := context.Background()

	r := h.p.Poll(ctx, f)
	if r.Err != nil || r.New != 4 || r.Stored != 4 || r.Failed != 0 {
		t.Fatalf("first poll = %+v", r)
	}
	if s.count("/private/c") != 0 {
		t.Fatal("a page disallowed by robots.txt was fetched")
	}
	arts, _ := h.st.List(ctx, store.ListQuery{})
	formats := map[string]int{}
	for _, a := range arts {
		formats[a.Source.Format]++
		if a.Source.Format == "html" && a.Outlet != "Harbour Gazette" {
			t.Errorf("outlet %q", a.Outlet)
		}
	}
	if formats["html"] != 2 || formats["feed"] != 2 {
		t.Fatalf("formats = %v; want 2 pages and 2 from the feed's content (robots, 404)", formats)
	}
	got := h.feed(t, f.ID)
	if got.ETag != `"f1"` || got.Title != "Harbour Gazette" || got.Articles != 4 || !got.NextPoll.After(h.now) {
		t.Fatalf("state after poll: %+v", got)
	}

	pages := s.count("/news/a")
	h.now = got.NextPoll
	r = h.p.Poll(ctx, got)
	if r.Err != nil || !r.NotModified || r.New != 0 {
		t.Fatalf("second poll = %+v, want not modified", r)
	}
	if s.count("/news/a") != pages {
		t.Fatal("pages fetched again after a 304")
	}
	if n, _ := h.st.Count(ctx, store.ListQuery{}); n != 4 {
		t.Fatalf("%d articles after the 304, want 4", n)
	}
}

func TestRetryAfterDelaysNextPoll(t *testing.T) {
	s := newSite(t)
	s.feed = func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "7200")
		w.WriteHeader(http.StatusTooManyRequests)
	}
	h := newHarness(t)
	f := h.add(t, s.URL+"/feed.xml")
	r := h.p.Poll(context.Background(), f)
	if r.Err == nil {
		t.Fatal("429 gave no error")
	}
	got := h.feed(t, f.ID)
	if got.NextPoll.Before(h.now.Add(2*time.Hour)) || got.Failures != 1 || !strings.Contains(got.LastError, "429") {
		t.Fatalf("after 429: next poll in %v, failures %d, error %q; want ≥ 2h", got.NextPoll.Sub(h.now), got.Failures, got.LastError)
	}
	// Not due: a round polls nothing, and says the feed is backed off.
	round, err := h.p.PollDue(context.Background())
	if err != nil || len(round.Results) != 0 || len(round.BackedOff) != 1 || !round.BackedOffUntil().Equal(got.NextPoll) {
		t.Fatalf("PollDue right after a 429 = %+v, %v", round, err)
	}
}

func TestMalformedFeedDoesNotStopOthers(t *testing.T) {
	good := newSite(t)
	good.pages["/news/a"] = articlePage("Harbour works approved")
	good.feed = func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(rssDocFor(good.URL, "/news/a"))) }
	bad := newSite(t)
	bad.feed = func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("<html><body>Moved!</body></html>")) }
	h := newHarness(t)
	fb := h.add(t, bad.URL+"/feed.xml")
	h.add(t, good.URL+"/feed.xml")
	round, err := h.p.PollDue(context.Background())
	res := round.Results
	if err != nil || len(res) != 2 {
		t.Fatalf("PollDue = %+v, %v", round, err)
	}
	if res[0].Err == nil || !strings.Contains(res[0].Err.Error(), bad.URL) || !strings.Contains(res[0].Err.Error(), "not an RSS") {
		t.Fatalf("bad feed error = %v; want a clear one naming the feed", res[0].Err)
	}
	if res[1].Err != nil || res[1].Stored != 1 {
		t.Fatalf("good feed = %+v", res[1])
	}
	got := h.feed(t, fb.ID)
	if got.Failures != 1 || got.LastError == "" || got.NextPoll.Sub(h.now) < 30*time.Minute {
		t.Fatalf("bad feed state: %+v (want backoff)", got)
	}
}

func TestNewItemsOnly(t *testing.T) {
	s := newSite(t)
	s.pages["/news/a"] = articlePage("Harbour works approved")
	s.pages["/news/b"] = articlePage("Ferry timetable changes")
	items := []string{"/news/a"}
	s.feed = func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(rssDocFor(s.URL, items...))) }
	h := newHarness(t)
	f := h.add(t, s.URL+"/feed.xml")
	ctx := context.Background()
	if r := h.p.Poll(ctx, f); r.New != 1 || r.Stored != 1 {
		t.Fatalf("first poll %+v", r)
	}
	items = []string{"/news/b", "/news/a"}
	if r := h.p.Poll(ctx, h.feed(t, f.ID)); r.New != 1 || r.Stored != 1 {
		t.Fatalf("second poll %+v, want only the new item", r)
	}
	if s.count("/news/a") != 1 {
		t.Fatalf("an old item's page was fetched %d times", s.count("/news/a"))
	}
}

func TestRunStopsWhenCancelled(t *testing.T) {
	s := newSite(t)
	s.pages["/news/a"] = articlePage("Harbour works approved")
	s.feed = func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(rssDocFor(s.URL, "/news/a"))) }
	h := newHarness(t)
	h.add(t, s.URL+"/feed.xml")
	h.p.Now = nil
	ctx, cancel := context.WithCancel(context.Background())
	polled := make(chan Result, 1)
	h.p.Report = func(r Result) { polled <- r }
	done := make(chan error, 1)
	go func() { done <- h.p.Run(ctx) }()
	select {
	case r := <-polled:
		if r.Err != nil || r.Stored != 1 {
			t.Fatalf("poll in Run: %+v", r)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Run did not poll")
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("Run returned %v after cancel, want nil", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not stop when cancelled")
	}
}

func TestPollFeedLimits(t *testing.T) {
	s := newSite(t)
	var big atomic.Bool
	s.feed = func(w http.ResponseWriter, r *http.Request) {
		var b strings.Builder
		b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>`)
		if big.Load() { // a 5 MiB document: over the feed limit
			fmt.Fprintf(&b, `<item><title>Padded</title><guid>p</guid><description>%s</description></item>`, strings.Repeat("x", 5<<20))
		} else {
			for i := range 1500 {
				fmt.Fprintf(&b, `<item><title>Story %d</title><guid>g-%d</guid><description>Text of story %d, told in full.</description></item>`, i, i, i)
			}
		}
		b.WriteString(`</channel></rss>`)
		w.Write([]byte(b.String()))
	}
	h := newHarness(t)
	h.p.MaxItems = 1
	f := h.add(t, s.URL+"/feed.xml")
	ctx := context.Background()
	if r := h.p.Poll(ctx, f); r.Err != nil {
		t.Fatalf("poll: %v", r.Err)
	}
	keys := make([]string, 1500)
	for i := range keys {
		keys[i] = fmt.Sprintf("g-%d", i)
	}
	unseen, err := h.st.Unseen(ctx, f.ID, keys)
	if err != nil {
		t.Fatal(err)
	}
	if seen := len(keys) - len(unseen); seen > maxSeenPerPoll {
		t.Fatalf("one poll marked %d keys seen, want at most %d", seen, maxSeenPerPoll)
	}
	big.Store(true)
	if r := h.p.Poll(ctx, h.feed(t, f.ID)); r.Err == nil {
		t.Fatal("a 5 MiB feed was accepted")
	}
}
