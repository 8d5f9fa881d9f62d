package worker

import (
	"context"
	"errors"
	"fmt"
	"net"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/derive"
	"github.com/parallax-news/parallax/internal/feed"
	"github.com/parallax-news/parallax/internal/fetch"
	"github.com/parallax-news/parallax/internal/metrics"
	"github.com/parallax-news/parallax/internal/queue"
	"github.com/parallax-news/parallax/internal/store"
)

// storeArticles stores one batch of articles in one transaction. A batch
// stored before is unchanged by storing it again.
func (w *Worker) storeArticles(ctx context.Context, it queue.Item) error {
	m, err := queue.DecodeArticles(it.Data)
	if err != nil {
		return queue.Permanent(err)
	}
	if m, err = w.cfg.Queue.Gather(ctx, m); err != nil {
		return err
	}
	res, err := w.cfg.Store.Put(ctx, m.Articles)
	if err != nil {
		return fmt.Errorf("store %d articles (first from %s): %w", len(m.Articles), first(m.Inputs), err)
	}
	var stored, unchanged int
	for _, r := range res {
		if r.Outcome == store.Unchanged {
			unchanged++
		} else {
			stored++
		}
	}
	w.cfg.Metrics.ArticlesIn(metrics.PathQueue, stored, unchanged, 0)
	w.stats.articles(stored, unchanged)
	w.log.Debug("stored articles", "seq", it.Seq, "delivery", it.Deliveries, "articles", len(res), "new", stored, "unchanged", unchanged, "first", first(m.Inputs))
	return nil
}

func first(ss []string) string {
	if len(ss) == 0 {
		return ""
	}
	return ss[0]
}

// fetch fetches and extracts one page, or reads one feed item, and queues
// its article for storing. A failure that a later try may mend (a timeout, a 5xx, a host
// asking us to wait) is retried; any other goes to the dead letters at
// once, with its reason.
func (w *Worker) fetch(ctx context.Context, it queue.Item) error {
	m, err := queue.DecodeFetch(it.Data)
	if err != nil {
		return queue.Permanent(err)
	}
	var art *article.Article
	var warnings []string
	if m.Item != nil {
		// A feed item: the feed's own content stands in for a page that
		// cannot be had, as when the poller reads it, but only once a
		// failure that may mend has had all its tries.
		art, warnings, err = feed.ReadItem(ctx, w.cfg.Client, *m.Item, 0, func(err error) bool { return !it.Last && transient(err) })
	} else {
		art, warnings, err = feed.FetchPage(ctx, w.cfg.Client, m.URL, 0)
	}
	kind := metrics.PollOutcome(feed.Result{Err: err})
	w.stats.fetched(kind)
	for _, msg := range warnings {
		w.log.Debug("fetch warning", "url", fetch.Redact(m.URL), "warning", msg)
	}
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		w.log.Debug("fetch failed", "url", fetch.Redact(m.URL), "kind", kind, "delivery", it.Deliveries, "err", fetch.Reason(err))
		if transient(err) {
			return err
		}
		return queue.Permanent(err)
	}
	// The id makes a retried publish, or a redelivered fetch within the
	// server's de-duplication window, one message.
	id := fmt.Sprintf("fetched %d", it.Seq)
	input := m.URL
	if m.Item != nil {
		input = m.Item.Input()
	}
	if _, err := w.cfg.Queue.PublishArticles(ctx, queue.Articles{Articles: []*article.Article{art}, Inputs: []string{input}}, id); err != nil {
		return fmt.Errorf("queue the article of %s: %w", fetch.Redact(input), err)
	}
	w.log.Debug("fetched", "url", fetch.Redact(m.URL), "id", art.ID, "delivery", it.Deliveries)
	return nil
}

// transient says whether a fetch error may go away by itself.
func transient(err error) bool {
	var status *fetch.StatusError
	var hold *fetch.HoldError
	var netErr net.Error
	switch {
	case errors.As(err, &hold):
		return true
	case errors.As(err, &status):
		return status.Code >= 500 || status.Code == 429 || status.Code == 408
	case errors.Is(err, fetch.ErrStalled), errors.Is(err, context.DeadlineExceeded):
		return true
	case errors.As(err, &netErr):
		return netErr.Timeout()
	}
	return false
}

// copies brings copy detection up to date once the work queued before the
// request is stored, then asks for stories.
func (w *Worker) copies(d *derive.Deriver) queue.Handler {
	return func(ctx context.Context, it queue.Item) error {
		m, err := queue.DecodeDerive(it.Data)
		if err != nil {
			return queue.Permanent(err)
		}
		if err := w.cfg.Queue.Wait(ctx, m.After, func(stream string, left uint64) {
			w.log.Info("copy detection waits for queued work to be stored", "stream", stream, "items_left", left)
		}); err != nil {
			return err
		}
		res, err := d.Copies(ctx)
		if err != nil {
			return fmt.Errorf("copy detection: %w", err)
		}
		w.log.Debug("copy detection done", "seq", it.Seq, "delivery", it.Deliveries, "checked", res.Checked, "found", res.Found)
		if m.StoriesQueued {
			return nil // a job's: its stories request waits for this one
		}
		// The same id for every try of this request: one stories request.
		if _, err := w.cfg.Queue.PublishStories(ctx, it.Seq); err != nil {
			return fmt.Errorf("ask for stories: %w", err)
		}
		return nil
	}
}

// stories folds the outlet records and groups the checked articles into
// stories.
func (w *Worker) stories(d *derive.Deriver) queue.Handler {
	return func(ctx context.Context, it queue.Item) error {
		m, err := queue.DecodeDerive(it.Data)
		if err != nil {
			return queue.Permanent(err)
		}
		// A request queued with its copies request (serve's jobs) waits
		// for that to be done.
		if err := w.cfg.Queue.Wait(ctx, m.After, func(stream string, left uint64) {
			w.log.Info("story clustering waits for copy detection", "stream", stream, "items_left", left)
		}); err != nil {
			return err
		}
		// Folded first, as derive.Deriver.Update does: the fold then
		// recounts the outlets of the stories before, not of the new ones.
		if _, err := w.cfg.Store.SyncOutlets(ctx); err != nil {
			return fmt.Errorf("fold outlet records: %w", err)
		}
		n, err := d.Stories(ctx)
		if err != nil {
			return fmt.Errorf("story clustering: %w", err)
		}
		w.log.Debug("stories done", "seq", it.Seq, "delivery", it.Deliveries, "grouped", n)
		return nil
	}
}
