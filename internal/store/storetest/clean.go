package storetest

import (
	"context"
	"fmt"
	"testing"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/clean"
	"github.com/parallax-news/parallax/internal/store"
)

// pitch is a line the test outlet prints under every article.
const pitch = "The Harbour Post is funded by its readers."

func outletArticle(outlet string, i int, extra ...string) *article.Article {
	paras := append([]string{fmt.Sprintf("The ferry to island %d sailed on time on Monday, the harbour office said.", i)}, extra...)
	return Article(fmt.Sprintf("https://%s.example/%d", outlet, i), outlet, fmt.Sprintf("Ferry %d sails", i), "2026-04-14", paras...)
}

func testPutLearns(t *testing.T, s store.Store) {
	ctx := context.Background()
	var arts []*article.Article
	for i := range 5 {
		arts = append(arts, outletArticle("harbour-post", i, pitch))
	}
	arts = append(arts, outletArticle("valley-courier", 0, pitch))
	put(t, s, arts[:3]...)
	put(t, s, arts[3:]...)
	put(t, s, arts[0]) // unchanged: not learned twice
	if n, err := s.LearnPending(ctx); err != nil || n != 0 {
		t.Errorf("LearnPending after Put = %d, %v; want 0 (Put learned)", n, err)
	}
	m, err := s.OutletModel(ctx, "harbour-post")
	if err != nil {
		t.Fatal(err)
	}
	if m.Articles != 5 {
		t.Errorf("harbour-post model learned %d articles, want 5", m.Articles)
	}
	if l, ok := m.Lookup(clean.Key(pitch)); !ok || l.Articles != 5 {
		t.Errorf("the pitch: %+v, %v; want it in 5 articles", l, ok)
	}
	other, err := s.OutletModel(ctx, "valley-courier")
	if err != nil {
		t.Fatal(err)
	}
	if l, _ := other.Lookup(clean.Key(pitch)); l.Articles != 1 {
		t.Errorf("another outlet's model counts the pitch in %d articles, want 1", l.Articles)
	}
	none, err := s.OutletModel(ctx, "never-seen")
	if err != nil || none == nil || none.Articles != 0 {
		t.Errorf("model of an unknown outlet = %+v, %v; want an empty model", none, err)
	}
}

func testRevisionLearns(t *testing.T, s store.Store) {
	ctx := context.Background()
	a := outletArticle("harbour-post", 1, pitch)
	put(t, s, a)
	b := outletArticle("harbour-post", 1, pitch, "This story has been updated.")
	put(t, s, b)
	m, err := s.OutletModel(ctx, "harbour-post")
	if err != nil {
		t.Fatal(err)
	}
	if l, _ := m.Lookup(clean.Key(pitch)); l.Articles != 1 {
		t.Errorf("a line kept by a revision counted in %d articles, want 1", l.Articles)
	}
	if l, _ := m.Lookup(clean.Key("This story has been updated.")); l.Articles != 1 {
		t.Errorf("a line new in a revision counted in %d articles, want 1", l.Articles)
	}
}

// testProcessesLearn: two processes take turns adding an outlet's
// articles; each learns into the model the other wrote, not into one it
// kept from its own last write, so no article is counted twice or lost.
func testProcessesLearn(t *testing.T, open func() store.Store) {
	ctx := context.Background()
	stores := []store.Store{open(), open()}
	own := func(w int) string { return "The line of the writer " + []string{"on the left.", "on the right."}[w] }
	for i := range 6 {
		var arts []*article.Article
		for j := range 3 {
			arts = append(arts, outletArticle("harbour-post", 3*i+j, pitch, own(i%2)))
		}
		put(t, stores[i%2], arts...)
	}
	for w, s := range stores {
		m, err := s.OutletModel(ctx, "harbour-post")
		if err != nil {
			t.Fatal(err)
		}
		if l, ok := m.Lookup(clean.Key(pitch)); m.Articles != 18 || !ok || l.Articles != 18 {
			t.Errorf("process %d: model of %d articles, pitch %+v; want 18 each", w, m.Articles, l)
		}
		for i := range 2 {
			if l, _ := m.Lookup(clean.Key(own(i))); l.Articles != 9 {
				t.Errorf("process %d: line of writer %d in %d articles, want 9", w, i, l.Articles)
			}
		}
	}
}
