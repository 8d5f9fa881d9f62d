package storetest

import (
	"context"
	"errors"
	"testing"

	"github.com/parallax-news/parallax/internal/store"
)

// testLaterState: a state handed over later (StoryUpdate.LaterState) is
// asked for after the step's rows are written and saved with them; one
// that fails saves nothing of the step.
func testLaterState(t *testing.T, s store.Store) {
	ctx := context.Background()
	a := Article("https://later.example/a", "", "Ferry fares rise", "2026-03-01", "The Orsten ferry raised its fares.")
	b := Article("https://later.example/b", "", "Ferry pier closes", "2026-03-02", "The Orsten pier closed for repairs.")
	checked(t, s, a, b)
	v := version(t, s)
	boom := errors.New("state not drawn up")
	failing := store.StoryUpdate{Assignments: []store.Assignment{{Article: a.ID, Story: "slater0001", New: true}},
		Stories:    []store.Story{{ID: "slater0001", Title: "Ferry fares rise"}},
		LaterState: func() ([]byte, error) { return nil, boom }, Version: v}
	if err := s.SaveStories(ctx, failing); !errors.Is(err, boom) {
		t.Fatalf("SaveStories with a failing LaterState = %v, want its error", err)
	}
	if _, err := s.StoryOf(ctx, a.ID); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("the failed step's assignment was saved: %v", err)
	}
	if got := version(t, s); got != v {
		t.Errorf("version after the failed step = %d, want %d", got, v)
	}
	calls := 0
	ok := store.StoryUpdate{Assignments: []store.Assignment{{Article: b.ID, Story: "slater0002", New: true}},
		Stories: []store.Story{{ID: "slater0002", Title: "Ferry pier closes"}},
		LaterState: func() ([]byte, error) {
			calls++
			return []byte("drawn later"), nil
		}, Version: v}
	if err := s.SaveStories(ctx, ok); err != nil {
		t.Fatalf("SaveStories with LaterState: %v", err)
	}
	if calls != 1 {
		t.Errorf("LaterState called %d times, want once", calls)
	}
	if cur, err := s.StoryState(ctx); err != nil || string(cur.Data) != "drawn later" || cur.Version != v+1 {
		t.Errorf("StoryState = %q version %d, %v; want the state drawn later at %d", cur.Data, cur.Version, err, v+1)
	}
	if got, err := s.StoryOf(ctx, b.ID); err != nil || got != "slater0002" {
		t.Errorf("StoryOf(b) = %q, %v; want slater0002", got, err)
	}
}
