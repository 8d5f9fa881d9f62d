package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/store"
	"github.com/parallax-news/parallax/internal/store/storetest"
)

// BenchmarkSaveStories measures one clustering step's save of 2,000
// articles in 1,000 events of 250 storylines, each event of two outlets:
// the assignments, the events and storylines, and the recount of their
// outlets (refreshOutlets), as stories saves after every batch.
func BenchmarkSaveStories(b *testing.B) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(b.TempDir(), "save.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	const articles, perStory, perLine = 2000, 2, 4
	arts := make([]*article.Article, articles)
	outlets := []string{"Harbour Gazette", "Valley Courier", "Ridge Times", "Lakeside Post"}
	for i := range arts {
		arts[i] = storetest.Article(fmt.Sprintf("https://o%d.example/report-%d", i%len(outlets), i), outlets[i%len(outlets)],
			fmt.Sprintf("Ferry report %d", i), "2026-02-01", fmt.Sprintf("The ferry council met for the %dth time.", i))
	}
	if _, err := s.Put(ctx, arts); err != nil {
		b.Fatal(err)
	}
	var u store.StoryUpdate
	for i, a := range arts {
		u.Assignments = append(u.Assignments, store.Assignment{Article: a.ID, Story: fmt.Sprintf("s%d", i/perStory),
			New: i%perStory == 0, Score: 0.5, Parts: map[string]float64{"words": 0.5}, TopTerms: []string{"ferry", "council"}})
	}
	for i := range articles / perStory {
		u.Stories = append(u.Stories, store.Story{ID: fmt.Sprintf("s%d", i), Title: "Ferry council meets",
			Outlets: outlets[:2], Articles: perStory, Entities: []string{"Ferry Council"}, Terms: []string{"ferry", "council"},
			Storyline: fmt.Sprintf("l%d", i/perLine)})
	}
	for i := range articles / perStory / perLine {
		u.Storylines = append(u.Storylines, store.Storyline{ID: fmt.Sprintf("l%d", i), Title: "Ferry council meets",
			Outlets: outlets[:2], Stories: perLine, Articles: perLine * perStory, Entities: []string{"Ferry Council"},
			Terms: []string{"ferry", "council"}})
	}
	u.State = make([]byte, 1<<16)
	b.ResetTimer()
	start, n := cpuTime(b), 0
	for b.Loop() {
		n++
		if u.Version, err = s.StoryVersion(ctx); err != nil {
			b.Fatal(err)
		}
		if err := s.SaveStories(ctx, u); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(cpuTime(b)-start)/float64(n), "cpu-ns/op")
}

// cpuTime returns the CPU time this process has used, all threads: a
// steadier measure than the wall clock on a shared machine.
func cpuTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
