package web

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/parallax-news/parallax/internal/samples"
	"github.com/parallax-news/parallax/internal/store/sqlite"
)

// TestWarmKeepsKick: articles that arrive while story pages are warmed
// stop the warming, and their kick is kept, so that Run checks, groups and
// matches them next instead of after every page is built.
func TestWarmKeepsKick(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "w.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	arts, err := samples.Articles(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.Put(ctx, arts); err != nil {
		t.Fatal(err)
	}
	s, err := New(Config{Store: st})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Update(ctx); err != nil {
		t.Fatal(err)
	}
	s.wake() // an article arrived
	s.warmUntilKicked(ctx)
	select {
	case <-s.kick:
	default:
		t.Fatal("the kick was lost while warming")
	}
	// With no kick, warming runs to the end.
	if !s.warmUntilKicked(ctx) {
		t.Error("warming without a kick did not finish")
	}
	select {
	case <-s.kick:
		t.Error("warming without a kick made one")
	default:
	}
}
