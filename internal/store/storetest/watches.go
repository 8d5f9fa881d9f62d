package storetest

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/parallax-news/parallax/internal/store"
)

func addWatch(t *testing.T, s store.Store, w store.Watch) store.Watch {
	t.Helper()
	w, err := s.AddWatch(context.Background(), w)
	if err != nil {
		t.Fatalf("AddWatch: %v", err)
	}
	return w
}

func testWatchAddListRemove(t *testing.T, s store.Store) {
	ctx := context.Background()
	a := addWatch(t, s, store.Watch{Title: "Ports", Spec: store.WatchSpec{Kind: "article", Query: "port strike"}})
	b := addWatch(t, s, store.Watch{Spec: store.WatchSpec{Kind: "uncredited-copy", Outlet: "Quay Courier"},
		Webhook: "https://hooks.example/in", Secret: "0123456789abcdef"})
	if a.ID == 0 || b.ID <= a.ID || a.Created.IsZero() {
		t.Fatalf("ids %d, %d, created %v", a.ID, b.ID, a.Created)
	}
	ws, err := s.Watches(ctx)
	if err != nil || len(ws) != 2 {
		t.Fatalf("Watches = %v, %v", ws, err)
	}
	if ws[0].Title != "Ports" || ws[0].Spec.Query != "port strike" || ws[1].Webhook != "https://hooks.example/in" || ws[1].Secret != "0123456789abcdef" {
		t.Errorf("Watches = %+v", ws)
	}
	got, err := s.GetWatch(ctx, b.ID)
	if err != nil || got.Spec.Outlet != "Quay Courier" {
		t.Errorf("GetWatch = %+v, %v", got, err)
	}
	if _, err := s.SaveMatches(ctx, b.ID, []store.WatchMatch{{Key: "k", Kind: "uncredited-copy", Payload: []byte(`{}`)}}, 0, 0); err != nil {
		t.Fatal(err)
	}
	if err := s.RemoveWatch(ctx, b.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.GetWatch(ctx, b.ID); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("GetWatch(removed) = %v, want ErrNotFound", err)
	}
	if err := s.RemoveWatch(ctx, b.ID); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("RemoveWatch(removed) = %v, want ErrNotFound", err)
	}
	if ms, _ := s.Matches(ctx, b.ID, 0); len(ms) != 0 {
		t.Errorf("matches of a removed watch: %v", ms)
	}
	if _, err := s.SaveMatches(ctx, b.ID, nil, 1, 1); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("SaveMatches(removed) = %v, want ErrNotFound", err)
	}
}

func testWatchCursors(t *testing.T, s store.Store) {
	ctx := context.Background()
	arts := []string{}
	for i := range 3 {
		a := Article(fmt.Sprintf("https://c.example/%d", i), "Courier", fmt.Sprintf("Story %d", i), "2026-02-01", "Some text here.")
		put(t, s, a)
		arts = append(arts, a.ID)
	}
	u := store.StoryUpdate{Version: version(t, s)} // migration 0010 raised it
	for _, id := range arts {
		u.Assignments = append(u.Assignments, store.Assignment{Article: id, Story: "s1", New: id == arts[0]})
	}
	u.Stories = []store.Story{{ID: "s1", Title: "One"}}
	if err := s.SaveStories(ctx, u); err != nil {
		t.Fatal(err)
	}
	w := addWatch(t, s, store.Watch{Spec: store.WatchSpec{Kind: "article", Outlet: "Courier"}})
	end, _, err := s.WatchEnds(ctx)
	if err != nil || w.StorySeq != end || end == 0 {
		t.Fatalf("cursor %d, ends %d, %v", w.StorySeq, end, err)
	}
	if arr, err := s.Arrivals(ctx, w.StorySeq, 10); err != nil || len(arr) != 0 {
		t.Errorf("Arrivals after the end = %v, %v", arr, err)
	}
	all, err := s.Arrivals(ctx, 0, 2)
	if err != nil || len(all) != 2 || all[0].Article != arts[0] || !all[0].New || all[1].Seq <= all[0].Seq || all[0].Story != "s1" {
		t.Errorf("Arrivals(0, 2) = %+v, %v", all, err)
	}
	// A cursor never moves back.
	if _, err := s.SaveMatches(ctx, w.ID, nil, 1, 0); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.GetWatch(ctx, w.ID); got.StorySeq != end {
		t.Errorf("cursor moved back to %d from %d", got.StorySeq, end)
	}
	// Copy checks come back in order with their links.
	if err := s.SaveCopyChecks(ctx, []store.CopyCheck{{ArticleID: arts[0], ContentHash: "h0"},
		{ArticleID: arts[1], ContentHash: "h1", Links: []store.CopyLink{{Source: arts[0], Copy: arts[1], Kind: "derived", Share: 0.9, Detail: []byte(`{}`)}}}}); err != nil {
		t.Fatal(err)
	}
	checks, err := s.CopyChecksAfter(ctx, 0, 10)
	if err != nil || len(checks) != 2 || checks[0].Article != arts[0] || len(checks[0].Links) != 0 ||
		len(checks[1].Links) != 1 || checks[1].Links[0].Source != arts[0] {
		t.Errorf("CopyChecksAfter = %+v, %v", checks, err)
	}
}

func testMatchesOnce(t *testing.T, s store.Store) {
	ctx := context.Background()
	w := addWatch(t, s, store.Watch{Spec: store.WatchSpec{Kind: "article", Query: "x"}, Webhook: "https://hooks.example/a", Secret: "0123456789abcdef"})
	quiet := addWatch(t, s, store.Watch{Spec: store.WatchSpec{Kind: "article", Query: "x"}})
	ms := []store.WatchMatch{{Key: "article:1", Kind: "article", Title: "One", Payload: []byte(`{"n":1}`)},
		{Key: "article:2", Kind: "article", Title: "Two", Payload: []byte(`{"n":2}`)}}
	added, err := s.SaveMatches(ctx, w.ID, ms, 5, 7)
	if err != nil || len(added) != 2 || added[0].ID == 0 || added[1].ID <= added[0].ID {
		t.Fatalf("SaveMatches = %+v, %v", added, err)
	}
	again, err := s.SaveMatches(ctx, w.ID, append(ms, store.WatchMatch{Key: "article:3", Kind: "article", Payload: []byte(`{}`)}), 6, 8)
	if err != nil || len(again) != 1 || again[0].Key != "article:3" {
		t.Fatalf("SaveMatches again = %+v, %v; want only the new key", again, err)
	}
	got, _ := s.GetWatch(ctx, w.ID)
	if got.StorySeq != 6 || got.CheckSeq != 8 {
		t.Errorf("cursors %d, %d; want 6, 8", got.StorySeq, got.CheckSeq)
	}
	list, err := s.Matches(ctx, w.ID, 2)
	if err != nil || len(list) != 2 || list[0].Key != "article:3" || list[1].Title != "Two" || string(list[1].Payload) != `{"n":2}` {
		t.Errorf("Matches = %+v, %v; want newest first", list, err)
	}
	// The same key in another watch is another match.
	if added, err := s.SaveMatches(ctx, quiet.ID, ms[:1], 0, 0); err != nil || len(added) != 1 {
		t.Errorf("SaveMatches(other watch) = %v, %v", added, err)
	}
	c, err := s.DeliveryCounts(ctx, w.ID)
	if err != nil || c.Pending != 3 {
		t.Errorf("DeliveryCounts = %+v, %v; want 3 pending", c, err)
	}
	if c, _ := s.DeliveryCounts(ctx, quiet.ID); c.Pending != 0 {
		t.Errorf("a watch without a webhook has deliveries: %+v", c)
	}
}

func testDeliveries(t *testing.T, s store.Store) {
	ctx := context.Background()
	w := addWatch(t, s, store.Watch{Spec: store.WatchSpec{Kind: "article", Query: "x"}, Webhook: "https://hooks.example/a", Secret: "0123456789abcdef"})
	added, err := s.SaveMatches(ctx, w.ID, []store.WatchMatch{{Key: "a", Kind: "article", Payload: []byte(`{"a":1}`)},
		{Key: "b", Kind: "article", Payload: []byte(`{"b":1}`)}}, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now().Add(time.Second)
	lease := now.Add(time.Minute)
	got, err := s.ClaimDeliveries(ctx, "p1", now, lease, 10)
	if err != nil || len(got) != 2 || got[0].Webhook != w.Webhook || got[0].Secret != w.Secret || got[0].Match.ID != added[0].ID ||
		string(got[0].Match.Payload) != `{"a":1}` || got[0].Attempts != 0 {
		t.Fatalf("ClaimDeliveries = %+v, %v", got, err)
	}
	if again, _ := s.ClaimDeliveries(ctx, "p2", now, lease, 10); len(again) != 0 {
		t.Errorf("claimed twice: %+v", again)
	}
	if next, err := s.NextDelivery(ctx); err != nil || next.UnixMilli() != lease.UnixMilli() {
		t.Errorf("NextDelivery while claimed = %v, %v; want the lease's end", next, err)
	}
	// The first is delivered; the second fails and is due again later.
	if err := s.FinishAttempt(ctx, store.DeliveryAttempt{Watch: w.ID, Match: got[0].Match.ID, Attempt: 1, At: now, Status: 200, Outcome: store.DeliveryDelivered}, time.Time{}); err != nil {
		t.Fatal(err)
	}
	retry := now.Add(30 * time.Second)
	if err := s.FinishAttempt(ctx, store.DeliveryAttempt{Watch: w.ID, Match: got[1].Match.ID, Attempt: 1, At: now, Status: 500, Outcome: "retry", Error: "HTTP status 500"}, retry); err != nil {
		t.Fatal(err)
	}
	if again, _ := s.ClaimDeliveries(ctx, "p2", now, lease, 10); len(again) != 0 {
		t.Errorf("claimed before it was due: %+v", again)
	}
	later, err := s.ClaimDeliveries(ctx, "p2", retry, retry.Add(time.Minute), 10)
	if err != nil || len(later) != 1 || later[0].Attempts != 1 || later[0].Match.Key != "b" {
		t.Fatalf("ClaimDeliveries when due = %+v, %v", later, err)
	}
	// A process that stops gives its claims back; one that dies lets them
	// lapse.
	if err := s.ReleaseDeliveries(ctx, "p2"); err != nil {
		t.Fatal(err)
	}
	if back, _ := s.ClaimDeliveries(ctx, "p3", retry, retry.Add(time.Minute), 10); len(back) != 1 {
		t.Errorf("a released delivery is not due: %+v", back)
	}
	if none, _ := s.ClaimDeliveries(ctx, "p4", retry, retry.Add(time.Minute), 10); len(none) != 0 {
		t.Errorf("claimed while another claim holds: %+v", none)
	}
	if lapsed, _ := s.ClaimDeliveries(ctx, "p4", retry.Add(2*time.Minute), retry.Add(3*time.Minute), 10); len(lapsed) != 1 {
		t.Errorf("a lapsed claim is not due again: %+v", lapsed)
	}
	if err := s.LogAttempt(ctx, store.DeliveryAttempt{Watch: w.ID, Attempt: 1, At: now, Status: 204, Outcome: "ping", Duration: 12 * time.Millisecond}); err != nil {
		t.Fatal(err)
	}
	log, err := s.DeliveryLog(ctx, w.ID, 10)
	if err != nil || len(log) != 3 || log[0].Outcome != "ping" || log[0].Duration != 12*time.Millisecond || log[2].Status != 200 || log[1].Error != "HTTP status 500" {
		t.Errorf("DeliveryLog = %+v, %v", log, err)
	}
	c, _ := s.DeliveryCounts(ctx, w.ID)
	if c.Delivered != 1 || c.Pending != 1 || c.Failed != 0 {
		t.Errorf("DeliveryCounts = %+v", c)
	}
}

func testMatchText(t *testing.T, s store.Store) {
	ctx := context.Background()
	a := Article("https://m.example/a", "Courier", "Harbour strike", "2026-02-01", "Dockworkers strike at the harbour.")
	b := Article("https://m.example/b", "Courier", "Budget", "2026-02-01", "The council passed the budget.")
	put(t, s, a, b)
	got, err := s.MatchText(ctx, "striking dockworkers", []string{a.ID, b.ID, "0000000000000000"})
	if err != nil || !got[a.ID] || got[b.ID] || len(got) != 1 {
		t.Errorf("MatchText = %v, %v", got, err)
	}
	if _, err := s.MatchText(ctx, `"" *`, []string{a.ID}); !errors.Is(err, store.ErrBadQuery) {
		t.Errorf("MatchText(nothing) = %v, want ErrBadQuery", err)
	}
}
