// Package evaltest builds the small grouped databases the event-evaluation
// tools' tests read: made-up articles written to a real SQLite file,
// copies derived and stories grouped as `parallax stories` does.
package evaltest

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/copies"
	"github.com/parallax-news/parallax/internal/store/sqlite"
	"github.com/parallax-news/parallax/internal/stories"
)

// GroupedDB writes arts to a new SQLite file in t's temporary directory,
// article i with the external id ids[i] (the ids a judged-pairs file
// names), derives copies, groups the articles into stories, closes the
// store and returns the file's path. It fails t on any error.
func GroupedDB(t testing.TB, arts []*article.Article, ids ...string) string {
	t.Helper()
	if len(ids) != len(arts) {
		t.Fatalf("GroupedDB: %d articles, %d ids", len(arts), len(ids))
	}
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "events.db")
	st, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	for i, a := range arts {
		a.ExternalID = ids[i]
	}
	if _, err := st.Put(ctx, arts); err != nil {
		t.Fatal(err)
	}
	if _, err := copies.Update(ctx, st, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := stories.Update(ctx, st, nil); err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	return db
}
