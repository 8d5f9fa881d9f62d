package outlets_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/outlets"
	"github.com/parallax-news/parallax/internal/store"
	"github.com/parallax-news/parallax/internal/store/sqlite"
	"github.com/parallax-news/parallax/internal/store/storetest"
)

// TestUnionCoverage: the coverage of several stories together counts each
// outlet and each article once, however many of the stories hold them.
func TestUnionCoverage(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "u.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	a1 := storetest.Article("https://post.example/1", "Harbour Post", "Ferry strike begins", "2026-04-14", "Ferry crews walked out on Monday.")
	a2 := storetest.Article("https://post.example/2", "Harbour Post", "Ferry strike ends", "2026-04-20", "Ferry crews went back on Sunday.")
	a3 := storetest.Article("https://courier.example/1", "Valley Courier", "Strike over", "2026-04-20", "The ferry strike ended on Sunday.")
	if _, err := st.Put(ctx, []*article.Article{a1, a2, a3}); err != nil {
		t.Fatal(err)
	}
	v, err := st.StoryVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	u := store.StoryUpdate{Version: v, Assignments: []store.Assignment{
		{Article: a1.ID, Story: "sbegin0001", New: true},
		{Article: a2.ID, Story: "send000001", New: true},
		{Article: a3.ID, Story: "send000001"},
	}, Stories: []store.Story{{ID: "sbegin0001", Title: "begins"}, {ID: "send000001", Title: "ends"}}, State: []byte("{}")}
	if err := st.SaveStories(ctx, u); err != nil {
		t.Fatal(err)
	}
	ix, err := outlets.Load(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		ids               []string
		outlets, articles int
	}{
		{nil, 0, 0},
		{[]string{"sbegin0001"}, 1, 1},
		{[]string{"send000001"}, 2, 2},
		{[]string{"sbegin0001", "send000001"}, 2, 3},
		{[]string{"sbegin0001", "send000001", "send000001"}, 2, 3},
	} {
		c, err := outlets.UnionCoverage(ctx, st, ix, tc.ids)
		if err != nil {
			t.Fatal(err)
		}
		if c.Outlets != tc.outlets || c.Articles != tc.articles {
			t.Errorf("%v: %d outlets, %d articles; want %d, %d", tc.ids, c.Outlets, c.Articles, tc.outlets, tc.articles)
		}
	}
}
