package storetest

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/parallax-news/parallax/internal/store"
)

// StoryStore is a store that keeps stories.
type StoryStore interface {
	store.Store
	store.StoryStore
}

// RunStories runs the suite of store.StoryStore against the stores that
// open returns.
func RunStories(t *testing.T, open func(t *testing.T) StoryStore) {
	tests := []struct {
		name string
		fn   func(*testing.T, StoryStore)
	}{
		{"UnassignedOrder", testUnassignedOrder},
		{"UnassignedRevised", testUnassignedRevised},
		{"SaveListAndFilter", testStoriesList},
		{"MergeResolves", testStoryMerge},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := open(t)
			defer s.Close()
			tc.fn(t, s)
		})
	}
}

func testUnassignedOrder(t *testing.T, s StoryStore) {
	ctx := context.Background()
	put(t, s,
		Article("https://o.example/2", "", "Second", "2026-02-02", "Two."),
		Article("https://o.example/1", "", "First", "2026-02-01", "One."),
	)
	arts, err := s.Unassigned(ctx, 10)
	if err != nil || len(arts) != 2 || arts[0].Title != "First" {
		t.Fatalf("Unassigned = %v, %v; want First then Second", arts, err)
	}
	v0, err := s.StoryVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	err = s.SaveStories(ctx, store.StoryUpdate{Assignments: []store.Assignment{{Article: arts[0].ID, Story: "s1", New: true}}, State: []byte("{}")})
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := s.CountUnassigned(ctx); n != 1 {
		t.Errorf("CountUnassigned = %d, want 1", n)
	}
	if v, err := s.StoryVersion(ctx); err != nil || v == v0 {
		t.Errorf("StoryVersion after SaveStories = %d, %v; was %d", v, err, v0)
	}
	if st, err := s.StoryState(ctx); err != nil || string(st) != "{}" {
		t.Errorf("StoryState = %q, %v", st, err)
	}
	if id, err := s.StoryOf(ctx, arts[0].ID); err != nil || id != "s1" {
		t.Errorf("StoryOf = %q, %v", id, err)
	}
	if _, err := s.StoryOf(ctx, arts[1].ID); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("StoryOf(unassigned) error = %v, want ErrNotFound", err)
	}
}

// A revision of an article waiting for its story moves it to its new
// time; a revision of an article with a story leaves it there.
func testUnassignedRevised(t *testing.T, s StoryStore) {
	ctx := context.Background()
	put(t, s,
		Article("https://r.example/1", "", "One", "2026-02-01", "One."),
		Article("https://r.example/2", "", "Two", "2026-02-02", "Two."),
	)
	put(t, s, Article("https://r.example/1", "", "One", "2026-02-03", "One, revised and redated."))
	arts, err := s.Unassigned(ctx, 10)
	if err != nil || len(arts) != 2 || arts[0].Title != "Two" {
		t.Fatalf("Unassigned = %v, %v; want Two then One", arts, err)
	}
	err = s.SaveStories(ctx, store.StoryUpdate{Assignments: []store.Assignment{{Article: arts[0].ID, Story: "s1", New: true}}})
	if err != nil {
		t.Fatal(err)
	}
	put(t, s, Article("https://r.example/2", "", "Two", "2026-02-02", "Two, revised."))
	if arts, err := s.Unassigned(ctx, 10); err != nil || len(arts) != 1 || arts[0].Title != "One" {
		t.Errorf("Unassigned = %v, %v; want One alone", arts, err)
	}
}

// twoStories stores three articles in two stories.
func twoStories(t *testing.T, s StoryStore) []string {
	t.Helper()
	ctx := context.Background()
	a := Article("https://x.example/a", "Alpha News", "Ferry strike", "2026-03-01", "The ferry strike began.")
	b := Article("https://y.example/b", "Beta Post", "Ferry strike spreads", "2026-03-02", "The ferry strike spread to the port.")
	c := Article("https://y.example/c", "Beta Post", "Museum opens", "2026-01-05", "A museum opened its doors.")
	put(t, s, a, b, c)
	day := func(d int) time.Time { return time.Date(2026, 3, d, 0, 0, 0, 0, time.UTC) }
	err := s.SaveStories(ctx, store.StoryUpdate{
		Assignments: []store.Assignment{
			{Article: a.ID, Story: "sferry0001", New: true},
			{Article: b.ID, Story: "sferry0001", Score: 0.8, Parts: map[string]float64{"words": 0.7}, TopTerms: []string{"ferry"}},
			{Article: c.ID, Story: "smuseum001", New: true},
		},
		Stories: []store.Story{
			{ID: "sferry0001", Title: "Ferry strike", First: store.OptionalTimeOf(day(1)), Last: store.OptionalTimeOf(day(2)), Outlets: []string{"Alpha News", "Beta Post"}, Entities: []string{"Ferry Union"}},
			{ID: "smuseum001", Title: "Museum opens", First: store.OptionalTimeOf(time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC)), Last: store.OptionalTimeOf(time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC)), Outlets: []string{"Beta Post"}},
		},
		State: []byte("state"),
	})
	if err != nil {
		t.Fatal(err)
	}
	return []string{a.ID, b.ID, c.ID}
}

func testStoriesList(t *testing.T, s StoryStore) {
	ctx := context.Background()
	ids := twoStories(t, s)
	titles := func(q store.StoryQuery) string {
		list, err := s.Stories(ctx, q)
		if err != nil {
			t.Fatalf("Stories(%+v): %v", q, err)
		}
		var out []string
		for _, st := range list {
			out = append(out, fmt.Sprintf("%s/%d", st.Title, st.Articles))
		}
		return fmt.Sprint(out)
	}
	cases := []struct {
		q    store.StoryQuery
		want string
	}{
		{store.StoryQuery{}, "[Ferry strike/2 Museum opens/1]"},
		{store.StoryQuery{Covered: true}, "[Ferry strike/2 Museum opens/1]"},
		{store.StoryQuery{Outlet: "Alpha News"}, "[Ferry strike/2]"},
		{store.StoryQuery{Entity: "union"}, "[Ferry strike/2]"},
		{store.StoryQuery{Entity: "%"}, "[]"},
		{store.StoryQuery{Text: "museum"}, "[Museum opens/1]"},
		{store.StoryQuery{Since: time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC)}, "[Ferry strike/2]"},
		{store.StoryQuery{Until: time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC)}, "[Museum opens/1]"},
		{store.StoryQuery{Limit: 1, Offset: 1}, "[Museum opens/1]"},
	}
	for _, c := range cases {
		if got := titles(c.q); got != c.want {
			t.Errorf("Stories(%+v) = %s, want %s", c.q, got, c.want)
		}
	}
	st, as, err := s.Story(ctx, "sferry")
	if err != nil || st.ID != "sferry0001" || len(as) != 2 || as[0].Article != ids[0] || !as[0].New ||
		as[1].Parts["words"] != 0.7 || as[1].TopTerms[0] != "ferry" {
		t.Errorf("Story(prefix) = %+v, %+v, %v", st, as, err)
	}
	if _, _, err := s.Story(ctx, "s"); !errors.Is(err, store.ErrShortID) {
		t.Errorf("Story(too short) error = %v", err)
	}
	if _, _, err := s.Story(ctx, "snothing"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Story(unknown) error = %v", err)
	}
}

func testStoryMerge(t *testing.T, s StoryStore) {
	ctx := context.Background()
	ids := twoStories(t, s)
	err := s.SaveStories(ctx, store.StoryUpdate{
		Merges:  []store.StoryMerge{{From: "smuseum001", Into: "sferry0001", Score: 0.5}},
		Stories: []store.Story{{ID: "sferry0001", Title: "Ferry strike", Outlets: []string{"Alpha News", "Beta Post"}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	st, as, err := s.Story(ctx, "smuseum001")
	if err != nil || st.ID != "sferry0001" || len(as) != 3 || st.Articles != 3 {
		t.Errorf("Story(merged id) = %+v, %d articles, %v; want the story it merged into, with 3", st, len(as), err)
	}
	if id, _ := s.StoryOf(ctx, ids[2]); id != "sferry0001" {
		t.Errorf("StoryOf(moved article) = %s", id)
	}
	if list, _ := s.Stories(ctx, store.StoryQuery{}); len(list) != 1 {
		t.Errorf("Stories after merge = %d, want 1", len(list))
	}
}
