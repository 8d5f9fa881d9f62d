package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/store"
	"github.com/parallax-news/parallax/internal/store/storetest"
)

// TestUnassignedAfterPagesTheQueue: reading the queue in batches, each
// from the mark of the one before, gives the articles Unassigned gives at
// once, in its order (articles of one time by the order they were added),
// though none of them was assigned meanwhile.
func TestUnassignedAfterPagesTheQueue(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "p.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	arts := []*article.Article{
		storetest.Article("https://a.example/late", "", "Late", "2026-02-03", "The late report."),
		storetest.Article("https://a.example/first", "", "First", "2026-02-01", "The first report."),
		storetest.Article("https://b.example/second", "", "Second", "2026-02-02", "The second report."),
		storetest.Article("https://c.example/second", "", "Second too", "2026-02-02", "Another second report."),
		storetest.Article("https://d.example/second", "", "Second again", "2026-02-02", "A third second report."),
		storetest.Article("https://e.example/undated", "", "Undated", "", "A report of no day."),
	}
	if _, err := s.Put(ctx, arts); err != nil {
		t.Fatal(err)
	}
	var checks []store.CopyCheck
	for _, a := range arts {
		checks = append(checks, store.CopyCheck{ArticleID: a.ID, ContentHash: a.ContentHash})
	}
	if err := s.SaveCopyChecks(ctx, checks); err != nil {
		t.Fatal(err)
	}
	all, err := s.Unassigned(ctx, 10)
	if err != nil {
		t.Fatal(err)
	}
	if got := fmt.Sprint(titlesOf(all)); got != "[First Second Second too Second again Late Undated]" {
		t.Fatalf("Unassigned = %s", got)
	}
	var paged []*article.Article
	var mark store.QueueMark
	for range 5 {
		batch, next, err := s.UnassignedAfter(ctx, 2, mark)
		if err != nil {
			t.Fatal(err)
		}
		if len(batch) == 0 {
			if next != mark {
				t.Errorf("an empty batch moved the mark from %+v to %+v", mark, next)
			}
			break
		}
		paged = append(paged, batch...)
		mark = next
	}
	if got, want := fmt.Sprint(titlesOf(paged)), fmt.Sprint(titlesOf(all)); got != want {
		t.Errorf("paged by 2: %s, want %s", got, want)
	}
}

func titlesOf(arts []*article.Article) []string {
	out := make([]string, len(arts))
	for i, a := range arts {
		out[i] = a.Title
	}
	return out
}
