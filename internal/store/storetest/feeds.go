package storetest

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/parallax-news/parallax/internal/store"
)

func testFeedsAddListRemove(t *testing.T, s store.Store) {
	fs := s
	ctx := context.Background()
	a, created, err := fs.AddFeed(ctx, store.Feed{URL: "https://example.org/feed.xml", Title: "Example"})
	if err != nil || !created || a.ID == 0 || a.Added.IsZero() {
		t.Fatalf("AddFeed = %+v, %v, %v", a, created, err)
	}
	again, created, err := fs.AddFeed(ctx, store.Feed{URL: "https://example.org/feed.xml", Title: "Other"})
	if err != nil || created || again.ID != a.ID || again.Title != "Example" {
		t.Fatalf("AddFeed again = %+v, %v, %v; want the stored feed, not created", again, created, err)
	}
	b, _, err := fs.AddFeed(ctx, store.Feed{URL: "https://example.net/atom"})
	if err != nil {
		t.Fatal(err)
	}
	list, err := fs.Feeds(ctx)
	if err != nil || len(list) != 2 || list[0].ID != a.ID || list[1].ID != b.ID {
		t.Fatalf("Feeds = %+v, %v", list, err)
	}
	if err := fs.RemoveFeed(ctx, a.ID); err != nil {
		t.Fatal(err)
	}
	if err := fs.RemoveFeed(ctx, a.ID); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("RemoveFeed of a removed feed = %v, want ErrNotFound", err)
	}
	list, _ = fs.Feeds(ctx)
	if len(list) != 1 || list[0].URL != "https://example.net/atom" {
		t.Fatalf("Feeds after remove = %+v", list)
	}
	if _, _, err := fs.AddFeed(ctx, store.Feed{}); err == nil {
		t.Fatal("AddFeed with no URL succeeded")
	}
}

func testFeedsUpdate(t *testing.T, s store.Store) {
	fs := s
	ctx := context.Background()
	f, _, err := fs.AddFeed(ctx, store.Feed{URL: "https://example.org/rss"})
	if err != nil {
		t.Fatal(err)
	}
	polled := time.Date(2026, 3, 4, 10, 0, 0, 0, time.UTC)
	f.Title, f.SiteURL = "Example Post", "https://example.org/"
	f.ETag, f.LastModified = `"v2"`, "Wed, 04 Mar 2026 09:00:00 GMT"
	f.LastPolled, f.NextPoll, f.Interval = polled, polled.Add(30*time.Minute), 30*time.Minute
	f.Failures, f.LastError, f.Articles = 2, "GET https://example.org/rss: HTTP status 503", 7
	if err := fs.UpdateFeed(ctx, f); err != nil {
		t.Fatal(err)
	}
	list, err := fs.Feeds(ctx)
	if err != nil || len(list) != 1 {
		t.Fatalf("Feeds = %+v, %v", list, err)
	}
	got := list[0]
	if got.Title != f.Title || got.SiteURL != f.SiteURL || got.ETag != f.ETag || got.LastModified != f.LastModified ||
		!got.LastPolled.Equal(polled) || !got.NextPoll.Equal(f.NextPoll) || got.Interval != f.Interval ||
		got.Failures != 2 || got.LastError != f.LastError || got.Articles != 7 {
		t.Fatalf("after UpdateFeed: %+v, want %+v", got, f)
	}
	if err := fs.UpdateFeed(ctx, store.Feed{ID: 9999, URL: "https://nowhere.example/"}); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("UpdateFeed of a missing feed = %v, want ErrNotFound", err)
	}
}

func testFeedsSeen(t *testing.T, s store.Store) {
	fs := s
	ctx := context.Background()
	a, _, _ := fs.AddFeed(ctx, store.Feed{URL: "https://example.org/a.xml"})
	b, _, _ := fs.AddFeed(ctx, store.Feed{URL: "https://example.org/b.xml"})
	keys := make([]string, 0, 1000)
	for i := range 1000 { // more than one statement's worth of keys
		keys = append(keys, "https://example.org/item/"+string(rune('a'+i%26))+time.Duration(i).String())
	}
	if err := fs.MarkSeen(ctx, a.ID, keys[:600]); err != nil {
		t.Fatal(err)
	}
	if err := fs.MarkSeen(ctx, a.ID, keys[:10]); err != nil { // again: no error
		t.Fatal(err)
	}
	got, err := fs.Unseen(ctx, a.ID, append(slices.Clone(keys), keys[700]))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got, keys[600:]) {
		t.Fatalf("Unseen returned %d keys starting %q, want the last 400 once each", len(got), got[:min(1, len(got))])
	}
	other, err := fs.Unseen(ctx, b.ID, keys[:3])
	if err != nil || len(other) != 3 {
		t.Fatalf("another feed's Unseen = %v, %v; seen items are per feed", other, err)
	}
	if err := fs.RemoveFeed(ctx, a.ID); err != nil {
		t.Fatal(err)
	}
	again, _, _ := fs.AddFeed(ctx, store.Feed{URL: "https://example.org/a.xml"})
	fresh, err := fs.Unseen(ctx, again.ID, keys[:5])
	if err != nil || len(fresh) != 5 {
		t.Fatalf("after remove and re-add, Unseen = %v, %v; want all unseen", fresh, err)
	}
}
