package feed

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"slices"
	"testing"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/store"
)

// recorder is an ItemQueue that keeps the items (through JSON, as a
// queue would carry them), failing from the failAt'th item on.
type recorder struct {
	jobs   []ItemJob
	failAt int
}

func (r *recorder) QueueItem(ctx context.Context, j ItemJob) error {
	if r.failAt > 0 && len(r.jobs)+1 >= r.failAt {
		return errors.New("the queue is away")
	}
	data, err := json.Marshal(j)
	if err != nil {
		return err
	}
	var back ItemJob
	if err := json.Unmarshal(data, &back); err != nil {
		return err
	}
	r.jobs = append(r.jobs, back)
	return nil
}

// skip is an ItemQueue that refuses every item.
type skip struct{}

func (skip) QueueItem(context.Context, ItemJob) error { return ErrSkipItem }

// TestQueuedItemsReadAsPolled: items queued by a poller, read by
// ReadItem, make the articles the poller makes when it reads them itself.
func TestQueuedItemsReadAsPolled(t *testing.T) {
	s := newSite(t)
	s.pages["/news/a"] = articlePage("Harbour works approved")
	s.pages["/news/b"] = articlePage("Ferry timetable changes")
	s.feed = func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(rssDocFor(s.URL, "/news/a", "/news/b", "/private/c", "/news/missing")))
	}
	ctx := context.Background()
	local := newHarness(t)
	if r := local.p.Poll(ctx, local.add(t, s.URL+"/feed.xml")); r.Err != nil || r.Stored != 4 {
		t.Fatalf("local poll = %+v", r)
	}
	want, _ := local.st.List(ctx, store.ListQuery{})

	queued := newHarness(t)
	rec := &recorder{}
	queued.p.Queue = rec
	f := queued.add(t, s.URL+"/feed.xml")
	r := queued.p.Poll(ctx, f)
	if r.Err != nil || r.New != 4 || r.Queued != 4 || r.Stored != 0 {
		t.Fatalf("queued poll = %+v, want 4 queued", r)
	}
	if n, _ := queued.st.Count(ctx, store.ListQuery{}); n != 0 {
		t.Errorf("the queueing poller stored %d articles itself", n)
	}
	var got []*article.Article
	for _, j := range rec.jobs {
		if j.FeedID != f.ID || j.FeedTitle != "Harbour Gazette" {
			t.Errorf("job %+v: want feed %d, Harbour Gazette", j, f.ID)
		}
		a, _, err := ReadItem(ctx, queued.p.Client, j, 0, nil)
		if err != nil {
			t.Fatalf("ReadItem(%s): %v", j.Input(), err)
		}
		got = append(got, a)
	}
	key := func(a *article.Article) string {
		return a.ID + " " + a.ContentHash + " " + a.Outlet + " " + a.Source.Format
	}
	var gk, wk []string
	for _, a := range got {
		gk = append(gk, key(a))
	}
	for _, a := range want {
		wk = append(wk, key(a))
	}
	slices.Sort(gk)
	slices.Sort(wk)
	if !slices.Equal(gk, wk) {
		t.Errorf("read from the queue:\n%v\nread by the poller:\n%v", gk, wk)
	}
	// Seen: a second poll queues nothing.
	if r := queued.p.Poll(ctx, queued.feed(t, f.ID)); r.New != 0 || r.Queued != 0 {
		t.Errorf("second poll = %+v, want nothing new", r)
	}
}

// TestQueueRefusals: an item the queue refuses is counted failed and not
// offered again; a queue that fails stops the poll, and the items it did
// not take are offered at the next poll.
func TestQueueRefusals(t *testing.T) {
	s := newSite(t)
	s.feed = func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(rssDocFor(s.URL, "/news/a", "/news/b", "/news/c")))
	}
	ctx := context.Background()
	h := newHarness(t)
	f := h.add(t, s.URL+"/feed.xml")
	h.p.Queue = skip{}
	if r := h.p.Poll(ctx, f); r.Err != nil || r.Failed != 3 || r.Queued != 0 {
		t.Errorf("all refused: %+v, want 3 failed", r)
	}
	if r := h.p.Poll(ctx, h.feed(t, f.ID)); r.New != 0 {
		t.Errorf("refused items offered again: %+v", r)
	}

	h = newHarness(t)
	f = h.add(t, s.URL+"/feed.xml")
	rec := &recorder{failAt: 2}
	h.p.Queue = rec
	if r := h.p.Poll(ctx, f); r.Err == nil || r.Queued != 1 {
		t.Errorf("queue failing at the second item: %+v, want 1 queued and the error", r)
	}
	rec.failAt = 0
	if r := h.p.Poll(ctx, h.feed(t, f.ID)); r.Err != nil || r.New != 2 || r.Queued != 2 {
		t.Errorf("next poll: %+v, want the 2 items not queued before", r)
	}
}

// TestReadItemRetry: a page that cannot be had is retried while retry
// says so, and the feed's content stands in once it does not.
func TestReadItemRetry(t *testing.T) {
	s := newSite(t)
	ctx := context.Background()
	h := newHarness(t)
	j := ItemJob{Key: "k1", URL: s.URL + "/news/gone", FeedTitle: "Harbour Gazette", Title: "Pier closes",
		Summary: "<p>The pier closes on Monday for six weeks of repairs, the harbour board said.</p>"}
	var asked []error
	if _, _, err := ReadItem(ctx, h.p.Client, j, 0, func(err error) bool { asked = append(asked, err); return true }); err == nil || len(asked) != 1 {
		t.Fatalf("retrying: err %v, asked %d times; want the page's error", err, len(asked))
	}
	a, warnings, err := ReadItem(ctx, h.p.Client, j, 0, func(error) bool { return false })
	if err != nil || a.Source.Format != "feed" || a.Outlet != "Harbour Gazette" || len(warnings) == 0 {
		t.Fatalf("no more tries: %+v %v %v; want the feed's content, with a warning", a, warnings, err)
	}
}
