// Package storetest is the one test suite that every store.Store backend
// must pass: articles, search, copy detection, stories, outlets, cleaning
// models, feeds, watches and leases, and what several processes over one
// database must agree on. A backend's tests fill in a Suite (how to make and
// open a database) and call its Run.
package storetest

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/store"
)

// Suite is the shared suite for one backend, after restic's backend test
// suite: New makes a database, Open opens it, and Run runs every test
// against a fresh database. Opening one database again gives a handle of
// its own, as another process (or machine) would have, so the suite also
// checks what several processes over one database must agree on: leases,
// compare-and-swap of the stories and concurrent writes.
type Suite struct {
	// New makes a new, empty database for one test and returns its
	// address; it removes it when the test ends (t.Cleanup).
	New func(t *testing.T) string
	// Open opens the database at an address New returned. The suite
	// closes every store it opens.
	Open func(t *testing.T, addr string) store.Store
}

// Run runs the whole suite.
func (s Suite) Run(t *testing.T) {
	tests := []struct {
		name string
		fn   func(*testing.T, store.Store)
	}{
		{"PutGet", testPutGet},
		{"Unchanged", testUnchanged},
		{"Revision", testRevision},
		{"RevisionsInOneBatch", testRevisionsInOneBatch},
		{"GetPrefix", testGetPrefix},
		{"ListOrderAndFilters", testList},
		{"Search", testSearch},
		{"SearchHostileQueries", testSearchHostile},
		{"SearchSeesEveryArticle", testSearchDeferred},
		{"ConcurrentPut", testConcurrentPut},
		{"FeedsAddListRemove", testFeedsAddListRemove},
		{"FeedsUpdate", testFeedsUpdate},
		{"FeedsSeen", testFeedsSeen},
		{"UncheckedOrder", testUncheckedOrder},
		{"PostingsOrderAndLimit", testPostings},
		{"CleanViews", testCleanViews},
		{"RecheckAfterRevision", testRecheck},
		{"RevisedWhileChecked", testRevisedWhileChecked},
		{"CopyKindsCounted", testCopyKinds},
		{"CopyHoldersManyKeysAtOnce", testManyKeys},
		{"CopyCheckNumbers", testCheckNumbers},
		{"UnassignedOrder", testUnassignedOrder},
		{"UnassignedWaitsForCopyChecks", testUnassignedWaitsForChecks},
		{"UnassignedRevised", testUnassignedRevised},
		{"StoriesSaveListAndFilter", testStoriesList},
		{"StoriesMergeResolves", testStoryMerge},
		{"StoriesSplitMovesArticles", testStorySplit},
		{"Storylines", testStorylines},
		{"InferredDateKept", testInferredDate},
		{"StoriesCompareAndSwap", testStoriesCAS},
		{"StoriesLaterState", testLaterState},
		{"StoriesConcurrentSaves", testStoriesConcurrentSaves},
		{"Leases", testLeases},
		{"LeaseExpiry", testLeaseExpiry},
		{"LeasesConcurrent", testLeasesConcurrent},
		{"OutletFoldAndFind", testOutletFold},
		{"OutletSharedHostStaysApart", testOutletSharedHost},
		{"OutletEditPinsAndRates", testOutletEdit},
		{"OutletMerge", testOutletMerge},
		{"OutletMembersStoriesCopies", testOutletMembers},
		{"StoryOutletCounts", testStoryOutletCounts},
		{"OutletInputChangesOnReAdd", testOutletReAdd},
		{"CleanPutLearnsPerOutlet", testPutLearns},
		{"CleanRevisionLearnsNewLinesOnly", testRevisionLearns},
		{"WatchesAddListRemove", testWatchAddListRemove},
		{"WatchesCursorsStartAtEnds", testWatchCursors},
		{"WatchesMatchesOncePerKey", testMatchesOnce},
		{"WatchesDeliveryClaimsAndLog", testDeliveries},
		{"WatchesMatchText", testMatchText},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.fn(t, s.handle(t, s.New(t)))
		})
	}
	// Several handles over one database: several processes.
	processes := []struct {
		name string
		fn   func(*testing.T, func() store.Store)
	}{
		{"ProcessesSeeEachOthersArticles", testProcessesPut},
		{"ProcessesTakeTurnsWithLeases", testProcessesLeases},
		{"ProcessesLeaseRace", testProcessesLeaseRace},
		{"ProcessesStaleClustererLoses", testProcessesCAS},
		{"ProcessesSaveRace", testProcessesSaveRace},
		{"ProcessesLearnIntoOneModel", testProcessesLearn},
	}
	for _, tc := range processes {
		t.Run(tc.name, func(t *testing.T) {
			addr := s.New(t)
			tc.fn(t, func() store.Store { return s.handle(t, addr) })
		})
	}
}

// handle opens the database at addr and closes it when the test ends.
func (s Suite) handle(t *testing.T, addr string) store.Store {
	t.Helper()
	st := s.Open(t, addr)
	t.Cleanup(func() {
		if err := st.Close(); err != nil {
			t.Errorf("close: %v", err)
		}
	})
	return st
}

// Article makes an identified test article.
func Article(url, outlet, title string, published string, paragraphs ...string) *article.Article {
	a := &article.Article{URL: url, Outlet: outlet, Title: title, Paragraphs: paragraphs,
		Authors: []string{"A. Writer"}, Source: article.Source{Location: "test", Format: "text"}}
	if published != "" {
		d, err := article.ParseDate(published)
		if err != nil {
			panic(err)
		}
		a.Published = d
	}
	if _, err := a.Finish(); err != nil {
		panic(err)
	}
	return a
}

func put(t *testing.T, s store.Store, arts ...*article.Article) []store.PutResult {
	t.Helper()
	r, err := s.Put(context.Background(), arts)
	if err != nil {
		t.Fatalf("Put: %v", err)
	}
	return r
}

func testPutGet(t *testing.T, s store.Store) {
	a := Article("https://example.org/a?utm_source=x", "Example Post", "Harbour bridge reopens", "2026-03-04T10:00:00+01:00",
		"The harbour bridge reopened on Tuesday.", "Officials said traffic was light.")
	a.Categories = []string{"Local"}
	r := put(t, s, a)
	if r[0].Outcome != store.Added || r[0].Revision != 1 || r[0].ID != a.ID {
		t.Fatalf("Put result = %+v, want added revision 1", r[0])
	}
	got, err := s.Get(context.Background(), a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Title != a.Title || got.URL != "https://example.org/a" || got.Outlet != "Example Post" ||
		got.Published.String() != "2026-03-04T10:00:00+01:00" || len(got.Paragraphs) != 2 ||
		got.Paragraphs[1] != "Officials said traffic was light." || got.Authors[0] != "A. Writer" ||
		got.Categories[0] != "Local" || got.ContentHash != a.ContentHash || got.Added.IsZero() {
		t.Errorf("Get = %+v, want what was put", got)
	}
	if _, err := s.Get(context.Background(), "ffffffffffffffff"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Get(unknown) error = %v, want ErrNotFound", err)
	}
	if _, err := s.Get(context.Background(), "x' OR 1=1 --"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Get(hostile) error = %v, want ErrNotFound", err)
	}
	if _, err := s.Get(context.Background(), "ff"); !errors.Is(err, store.ErrShortID) {
		t.Errorf("Get(2 characters) error = %v, want ErrShortID", err)
	}
}

func testUnchanged(t *testing.T, s store.Store) {
	a := Article("", "", "Same", "", "One text.")
	b := Article("", "", "Same", "", "One text.")
	r := put(t, s, a, b)
	if r[0].Outcome != store.Added || r[1].Outcome != store.Unchanged {
		t.Fatalf("outcomes = %v, %v; want added, unchanged", r[0].Outcome, r[1].Outcome)
	}
	if r := put(t, s, Article("", "", "Same", "", "One text.")); r[0].Outcome != store.Unchanged {
		t.Errorf("third put = %v, want unchanged", r[0].Outcome)
	}
	if n, _ := s.Count(context.Background(), store.ListQuery{}); n != 1 {
		t.Errorf("Count = %d, want 1", n)
	}
}

func testRevision(t *testing.T, s store.Store) {
	ctx := context.Background()
	v1 := Article("https://example.org/story", "", "Early title", "", "First version.")
	v2 := Article("https://example.org/story", "", "Later title", "", "First version.", "An update.")
	put(t, s, v1)
	r := put(t, s, v2)
	if r[0].Outcome != store.Revised || r[0].Revision != 2 || r[0].ID != v1.ID {
		t.Fatalf("second put = %+v, want revised, revision 2, same id", r[0])
	}
	// The old text again is not news: unchanged.
	if r := put(t, s, Article("https://example.org/story", "", "Early title", "", "First version.")); r[0].Outcome != store.Unchanged {
		t.Errorf("old text again = %v, want unchanged", r[0].Outcome)
	}
	if n, _ := s.Count(ctx, store.ListQuery{}); n != 1 {
		t.Errorf("Count = %d, want 1", n)
	}
	got, err := s.Get(ctx, v1.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Title != "Later title" || got.Revision != 2 || len(got.Paragraphs) != 2 {
		t.Errorf("current = %q rev %d, want the later revision", got.Title, got.Revision)
	}
	revs, err := s.Revisions(ctx, v1.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(revs) != 1 || revs[0].Revision != 1 || revs[0].Title != "Early title" || revs[0].Paragraphs[0] != "First version." {
		t.Errorf("Revisions = %+v, want the first version", revs)
	}
	// Search finds the current text, not the old title.
	if hits, _ := s.Search(ctx, "later", 10); len(hits) != 1 {
		t.Errorf("search current title: %d hits, want 1", len(hits))
	}
	if hits, _ := s.Search(ctx, "early", 10); len(hits) != 0 {
		t.Errorf("search old title: %d hits, want 0", len(hits))
	}
}

// testRevisionsInOneBatch revises a new and a stored article several times
// inside one Put: the index must hold each article once, with its last text.
func testRevisionsInOneBatch(t *testing.T, s store.Store) {
	ctx := context.Background()
	put(t, s, Article("https://example.org/story", "", "First title", "", "First version."))
	r := put(t, s,
		Article("https://example.org/batch", "", "B1", "", "Batch one."),
		Article("https://example.org/batch", "", "B2", "", "Batch two."),
		Article("https://example.org/batch", "", "B3", "", "Batch three."),
		Article("https://example.org/story", "", "Second title", "", "Second version."),
		Article("https://example.org/story", "", "Third title", "", "Third version."),
	)
	if r[2].Outcome != store.Revised || r[2].Revision != 3 || r[4].Revision != 3 {
		t.Errorf("revisions in one batch = %+v", r)
	}
	for q, want := range map[string]int{"batch": 1, "three": 1, "third": 1, "one": 0, "two": 0, "second": 0, "first": 0} {
		if hits, err := s.Search(ctx, q, 10); err != nil || len(hits) != want {
			t.Errorf("search %q = %d hits, %v; want %d", q, len(hits), err, want)
		}
	}
	if revs, _ := s.Revisions(ctx, r[4].ID); len(revs) != 2 {
		t.Errorf("revisions of the stored article = %d, want 2", len(revs))
	}
}

func testGetPrefix(t *testing.T, s store.Store) {
	a := Article("https://example.org/p", "", "Prefix", "", "Text.")
	put(t, s, a)
	got, err := s.Get(context.Background(), a.ID[:6])
	if err != nil || got.ID != a.ID {
		t.Fatalf("Get(prefix) = %v, %v; want %s", got, err, a.ID)
	}
	if _, err := s.Get(context.Background(), a.ID[:3]); err == nil {
		t.Errorf("Get(3-char prefix) succeeded, want an error")
	}
	// Make two ids that share a prefix of length 4 by trying many.
	seen := map[string]*article.Article{}
	for i := 0; i < 5000; i++ {
		b := Article(fmt.Sprintf("https://example.org/q%d", i), "", "Q", "", "Text.")
		if other, ok := seen[b.ID[:4]]; ok {
			put(t, s, other, b)
			if _, err := s.Get(context.Background(), b.ID[:4]); !errors.Is(err, store.ErrAmbiguous) {
				t.Errorf("Get(shared prefix) error = %v, want ErrAmbiguous", err)
			}
			return
		}
		seen[b.ID[:4]] = b
	}
	t.Fatal("found no two ids sharing a prefix")
}

func testList(t *testing.T, s store.Store) {
	ctx := context.Background()
	put(t, s,
		Article("https://a.example/1", "Alpha", "Old", "2025-01-01", "Old text."),
		Article("https://b.example/2", "Beta", "New", "2026-02-01T08:00:00Z", "New text."),
		Article("https://a.example/3", "Alpha", "Undated", "", "Undated text."),
		Article("https://a.example/4", "Alpha", "Middle", "2025-06-01", "Middle text."),
	)
	all, err := s.List(ctx, store.ListQuery{})
	if err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, a := range all {
		titles = append(titles, a.Title)
	}
	if fmt.Sprint(titles) != "[New Middle Old Undated]" {
		t.Errorf("order = %v, want newest first, undated last", titles)
	}
	alpha, _ := s.List(ctx, store.ListQuery{Outlet: "Alpha", Limit: 1, Offset: 1})
	if len(alpha) != 1 || alpha[0].Title != "Old" {
		t.Errorf("Alpha page 2 = %v, want [Old]", alpha)
	}
	since := time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)
	if n, _ := s.Count(ctx, store.ListQuery{Since: since}); n != 2 {
		t.Errorf("Count(since) = %d, want 2", n)
	}
	if n, _ := s.Count(ctx, store.ListQuery{Outlet: "Alpha"}); n != 3 {
		t.Errorf("Count(Alpha) = %d, want 3", n)
	}
}

func testSearch(t *testing.T, s store.Store) {
	ctx := context.Background()
	put(t, s,
		Article("https://a.example/1", "", "Ferry strike ends", "", "Ferry workers returned after the strike ended.", "Unions said military hubs were not involved."),
		Article("https://a.example/2", "", "Council budget", "", "The council approved its budget; the ferries were not mentioned."),
		Article("https://a.example/3", "", "Hubs", "", "Military planners discussed hubs of logistics."),
	)
	cases := []struct {
		q    string
		want int
	}{
		{"ferry", 2},                 // stemmed: ferry, ferries
		{"military hubs", 2},         // all words
		{`"military hubs"`, 1},       // phrase
		{"strik*", 1},                // prefix
		{"FERRY Strike", 1},          // case
		{"budget ferry military", 0}, // no article has all
	}
	for _, c := range cases {
		hits, err := s.Search(ctx, c.q, 10)
		if err != nil {
			t.Errorf("Search(%q): %v", c.q, err)
			continue
		}
		if len(hits) != c.want {
			t.Errorf("Search(%q) = %d hits, want %d", c.q, len(hits), c.want)
		}
	}
	hits, _ := s.Search(ctx, "strike", 10)
	if len(hits) != 1 || hits[0].Snippet == "" || hits[0].Article.Title != "Ferry strike ends" {
		t.Errorf("Search(strike) = %+v, want the ferry article with a snippet", hits)
	}
}

func testSearchHostile(t *testing.T, s store.Store) {
	ctx := context.Background()
	put(t, s, Article("https://a.example/1", "", "Quotes", "", "He said \"no\" and left; O'Brien NEAR AND OR."))
	for _, q := range []string{`"unbalanced`, `a AND OR NOT`, `NEAR(`, `'; DROP TABLE articles; --`, `title:x`, `*`, `-x`, `^x`, `o'brien`} {
		if _, err := s.Search(ctx, q, 10); err != nil && !errors.Is(err, store.ErrBadQuery) {
			t.Errorf("Search(%q) error = %v, want results or ErrBadQuery", q, err)
		}
	}
	if _, err := s.Search(ctx, "  ;; ", 10); !errors.Is(err, store.ErrBadQuery) {
		t.Errorf("Search(punctuation) error = %v, want ErrBadQuery", err)
	}
	if n, _ := s.Count(ctx, store.ListQuery{}); n != 1 {
		t.Errorf("store changed by queries: Count = %d", n)
	}
}

func testConcurrentPut(t *testing.T, s store.Store) {
	ctx := context.Background()
	const writers, each = 4, 25
	var wg sync.WaitGroup
	errs := make(chan error, writers)
	for w := 0; w < writers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < each; i++ {
				// Every writer also puts one shared article.
				arts := []*article.Article{
					Article(fmt.Sprintf("https://c.example/%d/%d", w, i), "", "T", "", fmt.Sprintf("Text %d %d.", w, i)),
					Article("https://c.example/shared", "", "Shared", "", "Shared text."),
				}
				if _, err := s.Put(ctx, arts); err != nil {
					errs <- err
					return
				}
			}
		}(w)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatalf("concurrent Put: %v", err)
	}
	if n, _ := s.Count(ctx, store.ListQuery{}); n != writers*each+1 {
		t.Errorf("Count = %d, want %d", n, writers*each+1)
	}
}

// Search sees every stored article, whether or not IndexText has indexed
// it yet, and never an old text of a revised one.
func testSearchDeferred(t *testing.T, s store.Store) {
	ctx := context.Background()
	for i := range 10 {
		put(t, s, Article(fmt.Sprintf("https://d.example/%d", i), "Deferred Daily", fmt.Sprintf("Lighthouse keeper %d", i), "2026-03-01",
			fmt.Sprintf("The lighthouse keeper number %d logged the storm.", i)))
	}
	if n, err := s.TextPending(ctx); err != nil || n > 10 {
		t.Fatalf("TextPending = %d, %v", n, err)
	}
	if n, err := s.IndexText(ctx, 3); err != nil || n > 3 {
		t.Fatalf("IndexText(3) = %d, %v", n, err)
	}
	// Revise one indexed and one waiting article.
	put(t, s, Article("https://d.example/0", "Deferred Daily", "Lighthouse keeper 0", "2026-03-01", "The keeper counted gulls instead."))
	put(t, s, Article("https://d.example/9", "Deferred Daily", "Lighthouse keeper 9", "2026-03-01", "The keeper painted the tower red."))
	hits, err := s.Search(ctx, "storm", 50)
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 8 {
		t.Errorf("storm: %d hits, want 8 (every article but the two revised)", len(hits))
	}
	for _, q := range []string{"gulls", "tower"} {
		if hits, err := s.Search(ctx, q, 50); err != nil || len(hits) != 1 {
			t.Errorf("%s: %d hits, %v; want the revised article", q, len(hits), err)
		}
	}
	if n, err := s.TextPending(ctx); err != nil || n != 0 {
		t.Errorf("TextPending after a search = %d, %v", n, err)
	}
}
