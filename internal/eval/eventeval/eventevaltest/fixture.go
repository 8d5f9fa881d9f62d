// Package eventevaltest builds a small Parallax database of made-up
// articles and stories for the tests of eventeval and its commands.
package eventevaltest

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/store"
	"github.com/parallax-news/parallax/internal/store/sqlite"
	"github.com/parallax-news/parallax/internal/store/storetest"
)

// Story is the story each fixture article is in ("" for none), by its
// corpus id.
var Story = map[string]string{
	"rec-1": "s1", "rec-2": "s1", "rec-3": "s2", "rec-4": "", "rec-5": "s3", "rec-6": "s3",
}

// DB writes the fixture database in a temporary directory and returns its
// path and its articles, in the order of their corpus ids rec-1…rec-6:
// two outlets on a bridge vote (story s1), a cake fair (s2), a storm with
// no story, and two reports of a ferry strike (s3). rec-4 has no corpus id
// and is found by its URL https://coast.example/storm.
func DB(t testing.TB) (string, []*article.Article) {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "events.db")
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	arts := []*article.Article{
		storetest.Article("https://harbour.example/vote", "Harbour Post", "Council votes to close Marlow bridge", "2026-03-03",
			"The harbour council voted on Tuesday to close the Marlow bridge.", "Repairs start next month."),
		storetest.Article("https://valley.example/vote", "Valley Times", "Marlow bridge to close after vote", "2026-03-04",
			"Councillors backed the closure of the Marlow bridge."),
		storetest.Article("https://valley.example/fair", "Valley Times", "Cake fair draws record crowd", "",
			"The annual cake fair drew a record crowd."),
		storetest.Article("https://coast.example/storm", "Coast News", "Storm reaches the coast", "2026-03-05",
			"A storm reached the coast overnight."),
		storetest.Article("https://coast.example/ferry", "Coast News", "Ferry crews walk out", "2026-03-06",
			"Ferry crews began a two-day strike at dawn."),
		storetest.Article("https://harbour.example/ferry", "Harbour Post", "Ferry strike strands travellers", "2026-03-06",
			"Travellers were stranded as ferry crews struck."),
	}
	ids := []string{"rec-1", "rec-2", "rec-3", "", "rec-5", "rec-6"}
	for i, a := range arts {
		a.ExternalID = ids[i]
	}
	if _, err := s.Put(ctx, arts); err != nil {
		t.Fatal(err)
	}
	var as []store.Assignment
	seen := map[string]bool{}
	for i, a := range arts {
		st := Story[ids[i]]
		if ids[i] == "" || st == "" {
			continue
		}
		as = append(as, store.Assignment{Article: a.ID, Story: st, New: !seen[st]})
		seen[st] = true
	}
	v, err := s.StoryVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SaveStories(ctx, store.StoryUpdate{Assignments: as, State: []byte("{}"), Version: v}); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return path, arts
}
