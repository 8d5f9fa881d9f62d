package storetest

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"testing"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/store"
)

// postings asks for all the holders of keys and checks that their count
// is the number of ids.
func postings(s store.Store, keys []uint64, limit int) (map[uint64][]string, error) {
	hs, err := s.CopyHolders(context.Background(), keys, limit, nil)
	if err != nil {
		return nil, err
	}
	if len(hs) != len(keys) {
		return nil, fmt.Errorf("%d answers for %d keys", len(hs), len(keys))
	}
	out := map[uint64][]string{}
	for i, h := range hs {
		if h.N != len(h.IDs) {
			return nil, fmt.Errorf("key %x: %d holders counted, %d ids", keys[i], h.N, len(h.IDs))
		}
		if h.N > 0 {
			out[keys[i]] = h.IDs
		}
	}
	return out, nil
}

func testUncheckedOrder(t *testing.T, s store.Store) {
	ctx := context.Background()
	put(t, s,
		Article("https://u.example/new", "", "New", "2026-02-01", "New text."),
		Article("https://u.example/undated", "", "Undated", "", "Undated text."),
		Article("https://u.example/old", "", "Old", "2025-01-01", "Old text."),
	)
	arts, err := s.Unchecked(ctx, 10)
	if err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, a := range arts {
		titles = append(titles, a.Title)
	}
	if fmt.Sprint(titles) != "[Old New Undated]" {
		t.Errorf("Unchecked = %v, want oldest first, undated last", titles)
	}
	if err := s.SaveCopyChecks(ctx, []store.CopyCheck{{ArticleID: arts[0].ID, ContentHash: arts[0].ContentHash}}); err != nil {
		t.Fatal(err)
	}
	if n, _ := s.CountUnchecked(ctx); n != 2 {
		t.Errorf("CountUnchecked = %d, want 2", n)
	}
}

func testPostings(t *testing.T, s store.Store) {
	ctx := context.Background()
	var checks []store.CopyCheck
	for i := 0; i < 5; i++ {
		a := Article(fmt.Sprintf("https://p.example/%d", i), "", "P", "", fmt.Sprintf("Text %d.", i))
		put(t, s, a)
		keys := []uint64{1, 1<<63 + uint64(i)} // a shared key, and one with the top bit set
		checks = append(checks, store.CopyCheck{ArticleID: a.ID, ContentHash: a.ContentHash, Keys: keys})
	}
	if err := s.SaveCopyChecks(ctx, checks); err != nil {
		t.Fatal(err)
	}
	got, err := postings(s, []uint64{1, 1<<63 + 3, 99}, 2)
	if err != nil {
		t.Fatal(err)
	}
	if len(got[1]) != 3 || got[1][0] != checks[0].ArticleID || got[1][2] != checks[2].ArticleID {
		t.Errorf("postings of a shared key = %v, want the first 3 checked", got[1])
	}
	if len(got[1<<63+3]) != 1 || got[1<<63+3][0] != checks[3].ArticleID {
		t.Errorf("postings of a high key = %v", got[1<<63+3])
	}
	if len(got[99]) != 0 {
		t.Errorf("postings of an unknown key = %v", got[99])
	}
	if all, _ := postings(s, []uint64{1}, 100); len(all[1]) != 5 {
		t.Errorf("postings of a shared key, no limit = %d, want 5", len(all[1]))
	}
	// Only the first ids of a common key, when asked so.
	few, err := s.CopyHolders(ctx, []uint64{1, 1<<63 + 3}, 2, func(k uint64, n int) int {
		if n > 2 {
			return 1
		}
		return n
	})
	if err != nil {
		t.Fatal(err)
	}
	if h := few[0]; h.N != 3 || len(h.IDs) != 1 || h.IDs[0] != checks[0].ArticleID {
		t.Errorf("holders of a common key = %+v, want 3 counted and the first id", h)
	}
	if h := few[1]; h.N != 1 || len(h.IDs) != 1 {
		t.Errorf("holders of a rare key = %+v", h)
	}
}

func testRecheck(t *testing.T, s store.Store) {
	ctx := context.Background()
	src := Article("https://r.example/src", "", "Source", "2026-01-01", "Source text.")
	cp := Article("https://r.example/copy", "", "Copy", "2026-01-02", "Copy text v1.")
	put(t, s, src, cp)
	detail, _ := json.Marshal(map[string]any{"source": src.ID, "copy": cp.ID})
	link := store.CopyLink{Source: src.ID, Copy: cp.ID, Kind: "derived", Share: 0.9, Detail: detail}
	err := s.SaveCopyChecks(ctx, []store.CopyCheck{
		{ArticleID: src.ID, ContentHash: src.ContentHash, Keys: []uint64{7}},
		{ArticleID: cp.ID, ContentHash: cp.ContentHash, Keys: []uint64{7}, Links: []store.CopyLink{link}},
	})
	if err != nil {
		t.Fatal(err)
	}
	links, err := s.CopyLinks(ctx, src.ID)
	if err != nil || len(links) != 1 || links[0].Kind != "derived" || links[0].CheckedBy != cp.ID || string(links[0].Detail) != string(detail) {
		t.Fatalf("CopyLinks = %+v, %v", links, err)
	}
	// A revision of the copy must be checked again; its new check replaces
	// the old keys and links.
	put(t, s, Article("https://r.example/copy", "", "Copy", "2026-01-02", "Copy text v2, rewritten."))
	if n, _ := s.CountUnchecked(ctx); n != 1 {
		t.Fatalf("CountUnchecked after revision = %d, want 1", n)
	}
	cur, _ := s.Get(ctx, cp.ID)
	if err := s.SaveCopyChecks(ctx, []store.CopyCheck{{ArticleID: cp.ID, ContentHash: cur.ContentHash, Keys: []uint64{8}}}); err != nil {
		t.Fatal(err)
	}
	if links, _ := s.CopyLinks(ctx, ""); len(links) != 0 {
		t.Errorf("links after recheck = %+v, want none", links)
	}
	got, _ := postings(s, []uint64{7, 8}, 10)
	if len(got[7]) != 1 || got[7][0] != src.ID || len(got[8]) != 1 || got[8][0] != cp.ID {
		t.Errorf("postings after recheck = %v", got)
	}
	if n, _ := s.CountUnchecked(ctx); n != 0 {
		t.Errorf("CountUnchecked = %d, want 0", n)
	}
}

// An article revised after it was taken for checking stays unchecked: the
// check saved is of its old text.
func testRevisedWhileChecked(t *testing.T, s store.Store) {
	ctx := context.Background()
	put(t, s, Article("https://w.example/a", "", "A", "2026-01-01", "First text."))
	arts, err := s.Unchecked(ctx, 10)
	if err != nil || len(arts) != 1 {
		t.Fatalf("Unchecked = %d articles, %v", len(arts), err)
	}
	put(t, s, Article("https://w.example/a", "", "A", "2026-01-01", "Second text, revised."))
	if err := s.SaveCopyChecks(ctx, []store.CopyCheck{{ArticleID: arts[0].ID, ContentHash: arts[0].ContentHash, Keys: []uint64{1}}}); err != nil {
		t.Fatal(err)
	}
	if n, _ := s.CountUnchecked(ctx); n != 1 {
		t.Errorf("CountUnchecked = %d, want 1: the revision was never checked", n)
	}
	again, err := s.Unchecked(ctx, 10)
	if err != nil || len(again) != 1 || again[0].ContentHash == arts[0].ContentHash {
		t.Errorf("Unchecked after the revision = %v, %v", again, err)
	}
}

func testCopyKinds(t *testing.T, s store.Store) {
	ctx := context.Background()
	a := Article("https://k.example/a", "", "A", "2026-01-01", "A text.")
	b := Article("https://k.example/b", "", "B", "2026-01-02", "B text.")
	c := Article("https://k.example/c", "", "C", "2026-01-03", "C text.")
	put(t, s, a, b, c)
	detail := json.RawMessage(`{}`)
	err := s.SaveCopyChecks(ctx, []store.CopyCheck{
		{ArticleID: a.ID, ContentHash: a.ContentHash},
		{ArticleID: b.ID, ContentHash: b.ContentHash, Links: []store.CopyLink{{Source: a.ID, Copy: b.ID, Kind: "duplicate", Share: 1, Detail: detail}}},
		{ArticleID: c.ID, ContentHash: c.ContentHash, Links: []store.CopyLink{
			{Source: a.ID, Copy: c.ID, Kind: "derived", Share: 0.5, Detail: detail},
			{Source: b.ID, Copy: c.ID, Kind: "derived", Share: 0.5, Detail: detail}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	kinds, err := s.CopyKinds(ctx)
	if err != nil || fmt.Sprint(kinds) != "map[derived:2 duplicate:1]" {
		t.Errorf("CopyKinds = %v, %v", kinds, err)
	}
}

// Thousands of keys in one call, in any order and repeated, as copy
// detection asks for a whole batch of articles.
func testManyKeys(t *testing.T, s store.Store) {
	ctx := context.Background()
	var checks []store.CopyCheck
	var ids []string
	for i := range 20 {
		a := Article(fmt.Sprintf("https://mk.example/%d", i), "", "M", "2026-01-01", fmt.Sprintf("Text %d.", i))
		put(t, s, a)
		var keys []uint64
		for k := range 500 {
			keys = append(keys, uint64(k*7919+i%3)*0x9E3779B97F4A7C15)
		}
		checks = append(checks, store.CopyCheck{ArticleID: a.ID, ContentHash: a.ContentHash, Keys: keys})
		ids = append(ids, a.ID)
	}
	if err := s.SaveCopyChecks(ctx, checks[:10]); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveCopyChecks(ctx, checks[10:]); err != nil {
		t.Fatal(err)
	}
	var ask []uint64
	for i := 499; i >= 0; i-- {
		ask = append(ask, uint64(i*7919)*0x9E3779B97F4A7C15, uint64(i*7919)*0x9E3779B97F4A7C15)
	}
	got, err := postings(s, ask, 3)
	if err != nil {
		t.Fatal(err)
	}
	// Key k*7919 (times the constant) belongs to articles 0, 3, 6, ...
	want := fmt.Sprint([]string{ids[0], ids[3], ids[6], ids[9]})
	for _, k := range ask {
		if fmt.Sprint(got[k]) != want {
			t.Fatalf("postings of %x = %v, want %v", k, got[k], want)
		}
	}
	if len(got) != 500 {
		t.Errorf("%d keys answered, want 500", len(got))
	}
}

// testCheckNumbers: checks are numbered in the order saved; a recheck
// gets a new number, and the last number given stays the last even when
// its check is replaced.
func testCheckNumbers(t *testing.T, s store.Store) {
	ctx := context.Background()
	if last, err := s.LastCopyCheck(ctx); err != nil || last != 0 {
		t.Fatalf("LastCopyCheck of an empty store = %d, %v", last, err)
	}
	a := Article("https://n.example/a", "", "A", "", "Text a.")
	b := Article("https://n.example/b", "", "B", "", "Text b.")
	put(t, s, a, b)
	if err := s.SaveCopyChecks(ctx, []store.CopyCheck{{ArticleID: a.ID, ContentHash: a.ContentHash}, {ArticleID: b.ID, ContentHash: b.ContentHash}}); err != nil {
		t.Fatal(err)
	}
	cur, err := s.CurrentCopyChecks(ctx, []string{a.ID, b.ID, "nope"})
	if err != nil {
		t.Fatal(err)
	}
	ca, cb := cur[a.ID], cur[b.ID]
	if len(cur) != 2 || ca.Seq <= 0 || cb.Seq <= ca.Seq || ca.ContentHash != a.ContentHash {
		t.Fatalf("CurrentCopyChecks = %+v, want a then b", cur)
	}
	if last, err := s.LastCopyCheck(ctx); err != nil || last != cb.Seq {
		t.Errorf("LastCopyCheck = %d, %v; want %d", last, err, cb.Seq)
	}
	// b is checked again: its old number is gone but stays the last but one.
	if err := s.SaveCopyChecks(ctx, []store.CopyCheck{{ArticleID: b.ID, ContentHash: b.ContentHash}}); err != nil {
		t.Fatal(err)
	}
	cur, err = s.CurrentCopyChecks(ctx, []string{b.ID})
	if err != nil || cur[b.ID].Seq <= cb.Seq {
		t.Fatalf("after a recheck CurrentCopyChecks = %+v, %v", cur, err)
	}
	if last, err := s.LastCopyCheck(ctx); err != nil || last != cur[b.ID].Seq {
		t.Errorf("LastCopyCheck after a recheck = %d, %v; want %d", last, err, cur[b.ID].Seq)
	}
	ids, err := s.CopyCheckArticles(ctx, []int64{ca.Seq, cb.Seq, cur[b.ID].Seq})
	if err != nil {
		t.Fatal(err)
	}
	if len(ids) != 2 || ids[ca.Seq] != a.ID || ids[cur[b.ID].Seq] != b.ID {
		t.Errorf("CopyCheckArticles = %v, want a's and b's current checks only", ids)
	}
}

// testCleanViews: a check's cleaned view is kept with it, replaced by the
// view of a later check of the article and dropped by a later check
// without one; articles without a view are left out.
func testCleanViews(t *testing.T, s store.Store) {
	ctx := context.Background()
	a := Article("https://v.example/a", "", "A", "2026-01-02", "Text of a.")
	b := Article("https://v.example/b", "", "B", "2026-01-03", "Text of b.")
	c := Article("https://v.example/c", "", "C", "2026-01-04", "Text of c.")
	for _, x := range []*article.Article{a, b, c} {
		put(t, s, x)
	}
	views := func() map[string][]byte {
		t.Helper()
		got, err := s.CleanViews(ctx, []string{a.ID, b.ID, c.ID, "no-such-article"})
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	if got := views(); len(got) != 0 {
		t.Errorf("CleanViews before any check = %v, want none", got)
	}
	err := s.SaveCopyChecks(ctx, []store.CopyCheck{
		{ArticleID: a.ID, ContentHash: a.ContentHash, CleanView: []byte{'V', 0, 1, 2}},
		{ArticleID: b.ID, ContentHash: b.ContentHash, CleanView: []byte{'V', 3}},
		{ArticleID: c.ID, ContentHash: c.ContentHash},
	})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := views(), map[string][]byte{a.ID: {'V', 0, 1, 2}, b.ID: {'V', 3}}; !reflect.DeepEqual(got, want) {
		t.Errorf("CleanViews = %v, want %v", got, want)
	}
	err = s.SaveCopyChecks(ctx, []store.CopyCheck{
		{ArticleID: a.ID, ContentHash: a.ContentHash, CleanView: []byte{'V', 9}},
		{ArticleID: b.ID, ContentHash: b.ContentHash},
	})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := views(), map[string][]byte{a.ID: {'V', 9}}; !reflect.DeepEqual(got, want) {
		t.Errorf("CleanViews after checking again = %v, want %v", got, want)
	}
	if got, err := s.CleanViews(ctx, nil); err != nil || len(got) != 0 {
		t.Errorf("CleanViews of no article = %v, %v", got, err)
	}
}
