package feed

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/fetch"
	"github.com/parallax-news/parallax/internal/store"
)

// TestZoneLinkInFeed is the regression test of a crash: an item whose
// link has an IPv6 zone took the poller (and watch, serve --watch) down,
// and, never marked seen, did so again at every restart. Now the link is
// refused, the feed's own content stands in, and the poll goes on.
func TestZoneLinkInFeed(t *testing.T) {
	s := newSite(t)
	s.pages["/news/a"] = articlePage("Harbour works approved")
	s.feed = func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Gazette</title>
<item><title>Zoned</title><link>http://[::1%%25lo]:9/a</link><guid>z1</guid><description>The harbour office says the ferry will run on the winter timetable from Monday, with two fewer crossings.</description></item>
<item><title>Zoned, no content</title><link>http://[fe80::1%%25eth0]/b</link><guid>z2</guid></item>
<item><title>Good</title><link>%s/news/a</link><guid>g1</guid></item>
</channel></rss>`, s.URL)
	}
	h := newHarness(t)
	var mu sync.Mutex
	var warnings []string
	h.p.Warn = func(input, msg string) {
		mu.Lock()
		defer mu.Unlock()
		warnings = append(warnings, input+": "+msg)
	}
	f := h.add(t, s.URL+"/feed.xml")
	ctx := context.Background()
	r := h.p.Poll(ctx, f)
	if r.Err != nil || r.New != 3 || r.Stored != 2 || r.Failed != 1 {
		t.Fatalf("poll = %+v, want 2 stored (one from the feed's content) and 1 failed", r)
	}
	if !strings.Contains(strings.Join(warnings, "\n"), "link not followed, feed content instead: http://[::1%25lo]:9/a: refused: the host has an IPv6 zone") {
		t.Errorf("warnings do not say why the link was not followed:\n%s", strings.Join(warnings, "\n"))
	}
	if unseen, err := h.st.Unseen(ctx, f.ID, []string{"z1", "z2", "g1"}); err != nil || len(unseen) != 0 {
		t.Fatalf("unseen after the poll: %q, %v; want every item marked seen", unseen, err)
	}
	arts, _ := h.st.List(ctx, store.ListQuery{})
	for _, a := range arts {
		if strings.Contains(a.URL, "%") {
			t.Errorf("article stored with the refused link %q", a.URL)
		}
	}
}

// TestItemPanicIsRecordedAndSeen: an item whose reading panics is a
// failed item, marked seen, and the others are stored.
func TestItemPanicIsRecordedAndSeen(t *testing.T) {
	s := newSite(t)
	s.pages["/news/a"] = articlePage("Harbour works approved")
	s.pages["/news/b"] = articlePage("Ferry timetable changes")
	s.pages["/news/c"] = articlePage("Lighthouse repainted")
	s.feed = func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(rssDocFor(s.URL, "/news/a", "/news/b", "/news/c")))
	}
	h := newHarness(t)
	h.p.readItem = func(ctx context.Context, f *Feed, it Item) (*article.Article, []string, error) {
		if strings.HasSuffix(it.URL, "/news/b") {
			panic("the extractor tripped")
		}
		return itemArticle(ctx, h.p.Client, f, it, 0)
	}
	var warned []string
	h.p.Warn = func(input, msg string) { warned = append(warned, input+": "+msg) }
	f := h.add(t, s.URL+"/feed.xml")
	ctx := context.Background()
	r := h.p.Poll(ctx, f)
	if r.Err != nil || r.New != 3 || r.Stored != 2 || r.Failed != 1 {
		t.Fatalf("poll = %+v, want 2 stored and 1 failed", r)
	}
	if w := strings.Join(warned, "\n"); !strings.Contains(w, s.URL+"/news/b: internal error") || !strings.Contains(w, "the extractor tripped") {
		t.Errorf("the panic is not reported against its item:\n%s", w)
	}
	if r := h.p.Poll(ctx, h.feed(t, f.ID)); r.Err != nil || r.New != 0 {
		t.Fatalf("second poll = %+v, want the failed item seen", r)
	}
}

// panickyFeeds is a feed store whose Unseen panics for one feed.
type panickyFeeds struct {
	store.FeedStore
	bad int64
}

func (p panickyFeeds) Unseen(ctx context.Context, id int64, keys []string) ([]string, error) {
	if id == p.bad {
		panic("the seen-items table tripped")
	}
	return p.FeedStore.Unseen(ctx, id, keys)
}

// TestFeedPanicIsAFailedPoll: a poll that panics is that feed's failure,
// recorded and backed off like any other; the other feeds are polled.
func TestFeedPanicIsAFailedPoll(t *testing.T) {
	bad, good := newSite(t), newSite(t)
	bad.pages["/news/a"] = articlePage("Harbour works approved")
	good.pages["/news/b"] = articlePage("Ferry timetable changes")
	bad.feed = func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(rssDocFor(bad.URL, "/news/a"))) }
	good.feed = func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(rssDocFor(good.URL, "/news/b"))) }
	h := newHarness(t)
	fb := h.add(t, bad.URL+"/feed.xml")
	h.add(t, good.URL+"/feed.xml")
	h.p.Feeds = panickyFeeds{FeedStore: h.st, bad: fb.ID}
	round, err := h.p.PollDue(context.Background())
	if err != nil || len(round.Results) != 2 {
		t.Fatalf("PollDue = %+v, %v", round, err)
	}
	if e := round.Results[0].Err; e == nil || !strings.Contains(e.Error(), "internal error") || !strings.Contains(e.Error(), bad.URL) {
		t.Fatalf("the panicking feed's error = %v", e)
	}
	if r := round.Results[1]; r.Err != nil || r.Stored != 1 {
		t.Fatalf("the other feed = %+v", r)
	}
	got := h.feed(t, fb.ID)
	if got.Failures != 1 || !strings.Contains(got.LastError, "the seen-items table tripped") || !got.NextPoll.After(h.now) {
		t.Fatalf("the panicking feed's state: %+v; want a failure, backed off", got)
	}
}

// listFeeds is a feed store that fails to list its feeds once, then has
// none.
type listFeeds struct {
	store.FeedStore
	mu    sync.Mutex
	calls int
}

func (l *listFeeds) Feeds(context.Context) ([]store.Feed, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.calls++
	if l.calls == 1 {
		return nil, errors.New("database is locked")
	}
	return nil, nil
}

// TestRunGoesOnAfterAFailedRound: Run reports a round that failed and
// tries again after a pause, instead of stopping the watcher for good.
func TestRunGoesOnAfterAFailedRound(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		rounds := make(chan Round)
		p := &Poller{Feeds: &listFeeds{}, Round: func(r Round) { rounds <- r }}
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() { done <- p.Run(ctx) }()
		start := time.Now()
		if r := <-rounds; r.Err == nil || !strings.Contains(r.Err.Error(), "database is locked") {
			t.Fatalf("first round = %+v, want its error", r)
		}
		if r := <-rounds; r.Err != nil {
			t.Fatalf("second round = %+v", r)
		}
		if d := time.Since(start); d != maxIdle {
			t.Fatalf("second round after %v, want after %v", d, maxIdle)
		}
		cancel()
		if err := <-done; err != nil {
			t.Fatalf("Run = %v after cancel, want nil", err)
		}
	})
}

// TestStoredZoneFeedFails: a feed added with such a URL before it was
// refused (or written into the database by other means) fails its poll,
// plainly, and is backed off.
func TestStoredZoneFeedFails(t *testing.T) {
	h := newHarness(t)
	f := h.add(t, "http://[::1%25lo]:9/feed.xml")
	r := h.p.Poll(context.Background(), f)
	if !errors.Is(r.Err, fetch.ErrBadURL) || !strings.Contains(r.Err.Error(), "IPv6 zone") {
		t.Fatalf("poll = %+v, want the URL refused", r)
	}
	got := h.feed(t, f.ID)
	if got.Failures != 1 || !strings.HasPrefix(got.LastError, "refused: the host has an IPv6 zone") || !got.NextPoll.After(h.now) {
		t.Fatalf("feed state %+v", got)
	}
}
