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

// checked puts articles and marks them checked for copies, as clustering
// wants them.
func checked(t *testing.T, s store.Store, arts ...*article.Article) {
	t.Helper()
	put(t, s, arts...)
	var checks []store.CopyCheck
	for _, a := range arts {
		cur, err := s.Get(context.Background(), a.ID)
		if err != nil {
			t.Fatal(err)
		}
		checks = append(checks, store.CopyCheck{ArticleID: a.ID, ContentHash: cur.ContentHash})
	}
	if err := s.SaveCopyChecks(context.Background(), checks); err != nil {
		t.Fatal(err)
	}
}

// version returns the stories' version.
func version(t *testing.T, s store.Store) int64 {
	t.Helper()
	v, err := s.StoryVersion(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func testUnassignedOrder(t *testing.T, s store.Store) {
	ctx := context.Background()
	checked(t, s,
		Article("https://o.example/2", "", "Second", "2026-02-02", "Two."),
		Article("https://o.example/1", "", "First", "2026-02-01", "One."),
		Article("https://o.example/0", "", "Undated", "", "Zero."),
	)
	arts, err := s.Unassigned(ctx, 10)
	if err != nil || len(arts) != 3 || arts[0].Title != "First" || arts[1].Title != "Second" {
		t.Fatalf("Unassigned = %v, %v; want First, Second, then the undated one added now", titles(arts), err)
	}
	if first, _ := s.Unassigned(ctx, 1); len(first) != 1 || first[0].Title != "First" {
		t.Fatalf("Unassigned(1) = %v", titles(first))
	}
	st0, err := s.StoryState(ctx)
	if err != nil || st0.Data != nil {
		t.Fatalf("StoryState of a new store = %+v, %v; want no state", st0, err)
	}
	if v := version(t, s); v != st0.Version {
		t.Fatalf("StoryVersion = %d, StoryState's = %d", v, st0.Version)
	}
	err = s.SaveStories(ctx, store.StoryUpdate{Assignments: []store.Assignment{{Article: arts[0].ID, Story: "s1", New: true}},
		State: []byte("{}"), Version: st0.Version})
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := s.CountUnassigned(ctx); n != 2 {
		t.Errorf("CountUnassigned = %d, want 2", n)
	}
	if v := version(t, s); v != st0.Version+1 {
		t.Errorf("StoryVersion after SaveStories = %d; was %d", v, st0.Version)
	}
	if st, err := s.StoryState(ctx); err != nil || string(st.Data) != "{}" || st.Version != st0.Version+1 {
		t.Errorf("StoryState = %q version %d, %v", st.Data, st.Version, err)
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
func testUnassignedRevised(t *testing.T, s store.Store) {
	ctx := context.Background()
	checked(t, s,
		Article("https://r.example/1", "", "One", "2026-02-01", "One."),
		Article("https://r.example/2", "", "Two", "2026-02-02", "Two."),
	)
	revised := Article("https://r.example/1", "", "One", "2026-02-03", "One, revised and redated.")
	put(t, s, revised)
	if arts, err := s.Unassigned(ctx, 10); err != nil || len(arts) != 1 || arts[0].Title != "Two" {
		t.Fatalf("Unassigned = %v, %v; want Two alone while One's revision waits for its copy check", titles(arts), err)
	}
	checked(t, s, revised)
	arts, err := s.Unassigned(ctx, 10)
	if err != nil || len(arts) != 2 || arts[0].Title != "Two" {
		t.Fatalf("Unassigned = %v, %v; want Two then One", titles(arts), err)
	}
	err = s.SaveStories(ctx, store.StoryUpdate{Assignments: []store.Assignment{{Article: arts[0].ID, Story: "s1", New: true}}, Version: version(t, s)})
	if err != nil {
		t.Fatal(err)
	}
	checked(t, s, Article("https://r.example/2", "", "Two", "2026-02-02", "Two, revised."))
	if arts, err := s.Unassigned(ctx, 10); err != nil || len(arts) != 1 || arts[0].Title != "One" {
		t.Errorf("Unassigned = %v, %v; want One alone", titles(arts), err)
	}
	if n, err := s.CountUnassigned(ctx); err != nil || n != 1 {
		t.Errorf("CountUnassigned = %d, %v; want 1", n, err)
	}
}

// twoStories stores three articles in two stories.
func twoStories(t *testing.T, s store.Store) []string {
	t.Helper()
	ctx := context.Background()
	a := Article("https://x.example/a", "Alpha News", "Ferry strike", "2026-03-01", "The ferry strike began.")
	b := Article("https://y.example/b", "Beta Post", "Ferry strike spreads", "2026-03-02", "The ferry strike spread to the port.")
	c := Article("https://y.example/c", "Beta Post", "Museum opens", "2026-01-05", "A museum opened its doors.")
	checked(t, s, a, b, c)
	day := func(d int) time.Time { return time.Date(2026, 3, d, 0, 0, 0, 0, time.UTC) }
	err := s.SaveStories(ctx, store.StoryUpdate{
		Assignments: []store.Assignment{
			{Article: a.ID, Story: "sferry0001", New: true},
			{Article: b.ID, Story: "sferry0001", Score: 0.8, Parts: map[string]float64{"words": 0.7}, TopTerms: []string{"ferry"}},
			{Article: c.ID, Story: "smuseum001", New: true},
		},
		Stories: []store.Story{
			{ID: "sferry0001", Title: "Ferry strike", First: store.OptionalTimeOf(day(1)), Last: store.OptionalTimeOf(day(2)), Outlets: []string{"Alpha News", "Beta Post"}, Entities: []string{"Ferry Union"}, Storyline: "lferry0001"},
			{ID: "smuseum001", Title: "Museum opens", First: store.OptionalTimeOf(time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC)), Last: store.OptionalTimeOf(time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC)), Outlets: []string{"Beta Post"}, Storyline: "lmuseum001"},
		},
		Storylines: []store.Storyline{
			{ID: "lferry0001", Title: "Ferry strike", First: store.OptionalTimeOf(day(1)), Last: store.OptionalTimeOf(day(2)), Outlets: []string{"Alpha News", "Beta Post"}, Entities: []string{"Ferry Union"}},
			{ID: "lmuseum001", Title: "Museum opens", First: store.OptionalTimeOf(time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC)), Last: store.OptionalTimeOf(time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC)), Outlets: []string{"Beta Post"}},
		},
		State:   []byte("state"),
		Version: version(t, s),
	})
	if err != nil {
		t.Fatal(err)
	}
	return []string{a.ID, b.ID, c.ID}
}

func testStoriesList(t *testing.T, s store.Store) {
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

func testStoryMerge(t *testing.T, s store.Store) {
	ctx := context.Background()
	ids := twoStories(t, s)
	err := s.SaveStories(ctx, store.StoryUpdate{
		Repairs: []store.StoryRepair{{Merge: &store.StoryMerge{From: "smuseum001", Into: "sferry0001", Score: 0.5}}},
		Stories: []store.Story{{ID: "sferry0001", Title: "Ferry strike", Outlets: []string{"Alpha News", "Beta Post"}}},
		Version: version(t, s),
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

func titles(arts []*article.Article) []string {
	var out []string
	for _, a := range arts {
		out = append(out, a.Title)
	}
	return out
}

// testUnassignedWaitsForChecks: clustering takes only articles whose
// current text copy detection has checked, so that a copy always finds its
// source's verdict.
func testUnassignedWaitsForChecks(t *testing.T, s store.Store) {
	ctx := context.Background()
	a := Article("https://w.example/a", "", "Checked", "2026-02-01", "Checked text.")
	b := Article("https://w.example/b", "", "Unchecked", "2026-01-01", "Unchecked text.")
	checked(t, s, a)
	put(t, s, b)
	if arts, err := s.Unassigned(ctx, 10); err != nil || fmt.Sprint(titles(arts)) != "[Checked]" {
		t.Fatalf("Unassigned = %v, %v; want only the checked article", titles(arts), err)
	}
	// A revision must be checked again before it is clustered.
	put(t, s, Article("https://w.example/a", "", "Checked", "2026-02-01", "Checked text, revised."))
	if n, err := s.CountUnassigned(ctx); err != nil || n != 0 {
		t.Fatalf("CountUnassigned after a revision = %d, %v; want 0", n, err)
	}
	checked(t, s, Article("https://w.example/a", "", "Checked", "2026-02-01", "Checked text, revised."), b)
	if arts, _ := s.Unassigned(ctx, 10); fmt.Sprint(titles(arts)) != "[Unchecked Checked]" {
		t.Fatalf("Unassigned = %v; want both, oldest first", titles(arts))
	}
}

// testStoriesCAS: a step saved over a version that is no longer current
// saves nothing and fails with ErrConflict.
func testStoriesCAS(t *testing.T, s store.Store) {
	ctx := context.Background()
	a := Article("https://cas.example/a", "", "A", "2026-02-01", "Text a.")
	b := Article("https://cas.example/b", "", "B", "2026-02-02", "Text b.")
	checked(t, s, a, b)
	st, err := s.StoryState(ctx)
	if err != nil {
		t.Fatal(err)
	}
	first := store.StoryUpdate{Assignments: []store.Assignment{{Article: a.ID, Story: "sfirst0001", New: true}},
		Stories: []store.Story{{ID: "sfirst0001", Title: "A"}}, State: []byte("one"), Version: st.Version}
	if err := s.SaveStories(ctx, first); err != nil {
		t.Fatal(err)
	}
	stale := store.StoryUpdate{Assignments: []store.Assignment{{Article: b.ID, Story: "sstale0001", New: true}},
		Stories: []store.Story{{ID: "sstale0001", Title: "B"}}, State: []byte("two"), Version: st.Version}
	if err := s.SaveStories(ctx, stale); !errors.Is(err, store.ErrConflict) {
		t.Fatalf("SaveStories over a stale version = %v, want ErrConflict", err)
	}
	if _, err := s.StoryOf(ctx, b.ID); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("the stale step's assignment was saved: %v", err)
	}
	if list, _ := s.Stories(ctx, store.StoryQuery{}); len(list) != 1 {
		t.Errorf("Stories = %+v, want the first step's only", list)
	}
	if cur, _ := s.StoryState(ctx); string(cur.Data) != "one" || cur.Version != st.Version+1 {
		t.Errorf("StoryState = %q version %d, want the first step's at %d", cur.Data, cur.Version, st.Version+1)
	}
	stale.Version = st.Version + 1
	if err := s.SaveStories(ctx, stale); err != nil {
		t.Fatalf("SaveStories over the current version: %v", err)
	}
}

// testStoriesConcurrentSaves: of several clusterers saving over the same
// version at once, exactly one wins.
func testStoriesConcurrentSaves(t *testing.T, s store.Store) {
	ctx := context.Background()
	const n = 6
	handles := make([]store.Store, n)
	for i := range handles {
		handles[i] = s
	}
	arts := saveRace(t, handles, "race", "2026-02-01")
	if list, _ := s.Stories(ctx, store.StoryQuery{}); len(list) != 1 {
		t.Errorf("%d stories saved, want the winner's one", len(list))
	}
	if n, _ := s.CountUnassigned(ctx); n != len(arts)-1 {
		t.Errorf("CountUnassigned = %d, want %d", n, len(arts)-1)
	}
}

// saveRace stores one article per handle, then has every handle save a
// story of its article over the same version at once, and fails t unless
// exactly one save wins and the others fail with ErrConflict. It returns
// the articles; names and day keep one race's URLs apart from another's.
func saveRace(t *testing.T, handles []store.Store, name, day string) []*article.Article {
	t.Helper()
	ctx := context.Background()
	var arts []*article.Article
	for i := range handles {
		arts = append(arts, Article(fmt.Sprintf("https://%s.example/%d", name, i), "", "R", day, fmt.Sprintf("Race text %d.", i)))
	}
	checked(t, handles[0], arts...)
	base := version(t, handles[0])
	errs := make([]error, len(handles))
	var wg sync.WaitGroup
	for i, h := range handles {
		wg.Add(1)
		go func() {
			defer wg.Done()
			id := fmt.Sprintf("s%s%05d", name, i)
			errs[i] = h.SaveStories(ctx, store.StoryUpdate{Assignments: []store.Assignment{{Article: arts[i].ID, Story: id, New: true}},
				Stories: []store.Story{{ID: id, Title: "R"}}, State: []byte(id), Version: base})
		}()
	}
	wg.Wait()
	oneWinner(t, errs, store.ErrConflict, "saves over one version")
	if v := version(t, handles[len(handles)-1]); v != base+1 {
		t.Errorf("version after the race = %d, want %d", v, base+1)
	}
	return arts
}

// oneWinner fails t unless exactly one of errs is nil and every other one
// is loser.
func oneWinner(t *testing.T, errs []error, loser error, what string) {
	t.Helper()
	won := 0
	for i, err := range errs {
		switch {
		case err == nil:
			won++
		case !errors.Is(err, loser):
			t.Errorf("contender %d: %v, want success or %v", i, err, loser)
		}
	}
	if won != 1 {
		t.Fatalf("%d of %d %s won, want 1", won, len(errs), what)
	}
}

func testStorySplit(t *testing.T, s store.Store) {
	ctx := context.Background()
	ids := twoStories(t, s)
	err := s.SaveStories(ctx, store.StoryUpdate{
		Repairs: []store.StoryRepair{{Split: &store.StorySplit{From: "sferry0001", Into: "sferry0002", Articles: []string{ids[1]}, Score: 0.05}}},
		Stories: []store.Story{
			{ID: "sferry0001", Title: "Ferry strike", Outlets: []string{"Alpha News"}, Storyline: "lferry0001"},
			{ID: "sferry0002", Title: "Ferry strike spreads", Outlets: []string{"Beta Post"}, Storyline: "lferry0001"},
		},
		Storylines: []store.Storyline{{ID: "lferry0001", Title: "Ferry strike"}},
		Version:    version(t, s),
	})
	if err != nil {
		t.Fatal(err)
	}
	if id, _ := s.StoryOf(ctx, ids[1]); id != "sferry0002" {
		t.Errorf("StoryOf(split article) = %s, want sferry0002", id)
	}
	st, as, err := s.Story(ctx, "sferry0001")
	if err != nil || st.Articles != 1 || len(as) != 1 || as[0].Article != ids[0] {
		t.Errorf("Story(split id) = %+v, %+v, %v; want it to keep the first article", st, as, err)
	}
	l, evs, err := s.Storyline(ctx, "lferry0001")
	if err != nil || l.Stories != 2 || l.Articles != 2 || len(evs) != 2 {
		t.Errorf("Storyline after split = %+v, %d stories, %v; want 2 stories of 1 article", l, len(evs), err)
	}
}

func testStorylines(t *testing.T, s store.Store) {
	ctx := context.Background()
	ids := twoStories(t, s)
	day := func(m, d int) time.Time { return time.Date(2026, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	list, err := s.Storylines(ctx, store.StorylineQuery{})
	if err != nil || len(list) != 2 || list[0].ID != "lferry0001" || list[0].Stories != 1 || list[0].Articles != 2 {
		t.Fatalf("Storylines = %+v, %v", list, err)
	}
	if list, _ := s.Storylines(ctx, store.StorylineQuery{Entity: "ferry"}); len(list) != 1 {
		t.Errorf("Storylines(entity) = %+v", list)
	}
	if list, _ := s.Storylines(ctx, store.StorylineQuery{Until: day(2, 1)}); len(list) != 1 || list[0].ID != "lmuseum001" {
		t.Errorf("Storylines(until) = %+v", list)
	}
	// The museum's event joins the ferry storyline, and its own storyline
	// is merged away: its old id still resolves.
	err = s.SaveStories(ctx, store.StoryUpdate{
		Stories:         []store.Story{{ID: "smuseum001", Title: "Museum opens", First: store.OptionalTimeOf(day(1, 5)), Last: store.OptionalTimeOf(day(1, 5)), Storyline: "lferry0001"}},
		Storylines:      []store.Storyline{{ID: "lferry0001", Title: "Ferry strike", First: store.OptionalTimeOf(day(1, 5)), Last: store.OptionalTimeOf(day(3, 2))}},
		StorylineMerges: []store.StoryMerge{{From: "lmuseum001", Into: "lferry0001", Score: 0.6}},
		Version:         version(t, s),
	})
	if err != nil {
		t.Fatal(err)
	}
	l, evs, err := s.Storyline(ctx, "lmuseum001")
	if err != nil || l.ID != "lferry0001" || l.Stories != 2 || l.Articles != 3 || len(evs) != 2 || evs[0].ID != "smuseum001" {
		t.Errorf("Storyline(merged id) = %+v, %+v, %v; want the ferry storyline, museum first", l, evs, err)
	}
	if list, _ := s.Stories(ctx, store.StoryQuery{Storyline: "lferry0001"}); len(list) != 2 {
		t.Errorf("Stories(storyline) = %d, want 2", len(list))
	}
	g, err := s.Groupings(ctx, []string{ids[0], ids[2], "0000000000000000"})
	if err != nil || len(g) != 2 || g[ids[2]] != (store.Grouping{Story: "smuseum001", Storyline: "lferry0001"}) {
		t.Errorf("Groupings = %+v, %v", g, err)
	}
	if _, _, err := s.Storyline(ctx, "lnothing"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Storyline(unknown) error = %v", err)
	}
	// An event with no articles (yet) in a storyline of its own is saved
	// with no outlets and no articles, every field in its place.
	err = s.SaveStories(ctx, store.StoryUpdate{
		Stories: []store.Story{{ID: "sempty0001", Title: "Lighthouse keeper named", First: store.OptionalTimeOf(day(4, 1)),
			Last: store.OptionalTimeOf(day(4, 2)), Entities: []string{"Ysolde Marrin"}, Storyline: "lempty0001"}},
		Storylines: []store.Storyline{{ID: "lempty0001", Title: "Lighthouse keeper", First: store.OptionalTimeOf(day(4, 1)),
			Last: store.OptionalTimeOf(day(4, 3)), Terms: []string{"lighthouse"}}},
		Version: version(t, s),
	})
	if err != nil {
		t.Fatal(err)
	}
	l, evs, err = s.Storyline(ctx, "lempty0001")
	if err != nil || l.Title != "Lighthouse keeper" || !l.First.Time.Equal(day(4, 1)) || !l.Last.Time.Equal(day(4, 3)) ||
		l.Stories != 1 || l.Articles != 0 || len(l.Outlets) != 0 || len(l.Terms) != 1 || len(evs) != 1 {
		t.Fatalf("Storyline(no articles) = %+v, %+v, %v", l, evs, err)
	}
	if e := evs[0]; e.ID != "sempty0001" || e.Title != "Lighthouse keeper named" || !e.First.Time.Equal(day(4, 1)) ||
		!e.Last.Time.Equal(day(4, 2)) || e.Articles != 0 || len(e.Outlets) != 0 || len(e.Entities) != 1 || e.Storyline != "lempty0001" {
		t.Errorf("an event with no articles reads back as %+v", e)
	}
}

func testInferredDate(t *testing.T, s store.Store) {
	ctx := context.Background()
	a := Article("https://x.example/2026/03/01/ferry-strike", "Alpha News", "Ferry strike", "", "The ferry strike began.")
	put(t, s, a)
	got, err := s.Get(ctx, a.ID)
	if err != nil || got.Published.String() != "2026-03-01" || got.DateSource != "url" {
		t.Errorf("stored article published %q from %q, %v", got.Published.String(), got.DateSource, err)
	}
}
