package derive

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/store"
)

// callOrder is a store that notes, in order, each fold of the outlet
// records ("fold") and each save of a stories step ("save").
type callOrder struct {
	store.Store
	calls []string
}

func (s *callOrder) SyncOutlets(ctx context.Context) (bool, error) {
	s.calls = append(s.calls, "fold")
	return s.Store.SyncOutlets(ctx)
}

func (s *callOrder) SaveStories(ctx context.Context, u store.StoryUpdate) error {
	s.calls = append(s.calls, "save")
	return s.Store.SaveStories(ctx, u)
}

// outletsOf lists each story and storyline of st with its outlets, as the
// listings show them.
func outletsOf(t *testing.T, st store.Store) string {
	t.Helper()
	ctx := context.Background()
	stories, err := st.Stories(ctx, store.StoryQuery{})
	if err != nil {
		t.Fatal(err)
	}
	lines, err := st.Storylines(ctx, store.StorylineQuery{})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, s := range stories {
		out = append(out, fmt.Sprintf("story %s %d articles: %s", s.ID, s.Articles, strings.Join(s.Outlets, ", ")))
	}
	for _, l := range lines {
		out = append(out, fmt.Sprintf("storyline %s %d stories: %s", l.ID, l.Stories, strings.Join(l.Outlets, ", ")))
	}
	slices.Sort(out)
	return strings.Join(out, "\n")
}

// TestFoldBeforeStories: Update folds the outlet records before it saves
// the stories step, so that the fold's recount of every story's outlets
// does not run over the events just saved (they are counted under the
// folded records as they are saved), and the stories and storylines end
// with the outlets of folding after the stories.
func TestFoldBeforeStories(t *testing.T) {
	ctx := context.Background()
	arr := arrivals(t)
	all := slices.Concat(arr...)

	after := open(t, filepath.Join(t.TempDir(), "after.db"))
	if _, err := after.Put(ctx, all); err != nil {
		t.Fatal(err)
	}
	d := New(after, Config{})
	if _, err := d.Copies(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := d.Stories(ctx); err != nil {
		t.Fatal(err)
	}
	if folded, err := after.SyncOutlets(ctx); err != nil || !folded {
		t.Fatalf("fold after the stories: folded %v, %v; want a fold", folded, err)
	}
	want := outletsOf(t, after)

	st := &callOrder{Store: open(t, filepath.Join(t.TempDir(), "first.db"))}
	if _, err := st.Put(ctx, all); err != nil {
		t.Fatal(err)
	}
	if _, err := New(st, Config{}).Update(ctx); err != nil {
		t.Fatal(err)
	}
	if len(st.calls) < 2 || st.calls[0] != "fold" || slices.Index(st.calls[1:], "fold") >= 0 {
		t.Errorf("Update called %v; want the fold first, then the saves", st.calls)
	}
	if got := outletsOf(t, st.Store); got != want {
		t.Errorf("folding first gave\n%s\nwant, as folding after the stories\n%s", got, want)
	}
	if !strings.Contains(want, ", ") {
		t.Errorf("no story of two outlets to compare:\n%s", want)
	}
}
