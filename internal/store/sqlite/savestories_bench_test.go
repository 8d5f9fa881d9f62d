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

// BenchmarkSaveStoriesGrowing measures steps that write new events into a
// store that keeps growing, as a full run does: each op saves the next of
// 30 steps of 1,000 invented articles (500 new two-article events under
// hashed ids, 125 new storylines, names lists of run length), with the
// events and storylines of the step before saved again with a later last
// day. Run it with -benchtime 30x: each op must find its step unsaved.
// New rows split the tables' and indexes' pages; one statement that
// changes more than 64 KiB of pages moves SQLite's statement journal,
// when a statement keeps one, to a temporary file for the rest of the
// transaction.
func BenchmarkSaveStoriesGrowing(b *testing.B) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(b.TempDir(), "save.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	const steps, perStep, perStory, perLine = 30, 1000, 2, 4
	outlets := []string{"Harbour Gazette", "Valley Courier", "Ridge Times", "Lakeside Post", "Summit Ledger", "Bay Herald"}
	arts := make([]*article.Article, steps*perStep)
	for i := range arts {
		day := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i/perStep).Format("2006-01-02")
		arts[i] = storetest.Article(fmt.Sprintf("https://o%d.example/report-%d", i%len(outlets), i), outlets[i%len(outlets)],
			fmt.Sprintf("Ferry report %d", i), day, fmt.Sprintf("The ferry council met for the %dth time.", i))
	}
	if _, err := s.Put(ctx, arts); err != nil {
		b.Fatal(err)
	}
	id := func(prefix string, n int) string {
		return fmt.Sprintf("%s%016x", prefix, uint64(n+1)*0x9e3779b97f4a7c15)
	}
	names := make([]string, 12)
	for i := range names {
		names[i] = fmt.Sprintf("Ferry Council Member %c", 'A'+i)
	}
	events := func(step int, last time.Time) ([]store.Story, []store.Storyline) {
		var evs []store.Story
		var lines []store.Storyline
		first := step * perStep / perStory
		for e := first; e < first+perStep/perStory; e++ {
			evs = append(evs, store.Story{ID: id("s", e), Title: fmt.Sprintf("Ferry council meets for the %dth time", e),
				First: store.OptionalTime{Time: last.AddDate(0, 0, -1)}, Last: store.OptionalTime{Time: last},
				Outlets: outlets[:2], Articles: perStory, Entities: names, Terms: []string{"ferry", "council", "meet", "vote", "harbour"},
				Storyline: id("l", e/perLine)})
		}
		for l := first / perLine; l < (first+perStep/perStory)/perLine; l++ {
			lines = append(lines, store.Storyline{ID: id("l", l), Title: "Ferry council meets",
				First: store.OptionalTime{Time: last.AddDate(0, 0, -1)}, Last: store.OptionalTime{Time: last},
				Outlets: outlets[:2], Stories: perLine, Articles: perLine * perStory, Entities: names,
				Terms: []string{"ferry", "council", "meet"}})
		}
		return evs, lines
	}
	state := make([]byte, 1<<16)
	b.ResetTimer()
	start, n := cpuTime(b), 0
	for b.Loop() {
		step := n % steps
		n++
		day := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, step+1)
		var u store.StoryUpdate
		for i := step * perStep; i < (step+1)*perStep; i++ {
			u.Assignments = append(u.Assignments, store.Assignment{Article: arts[i].ID, Story: id("s", i/perStory),
				New: i%perStory == 0, Score: 0.5, Parts: map[string]float64{"words": 0.5}, TopTerms: []string{"ferry", "council"}})
		}
		if step > 0 {
			u.Stories, u.Storylines = events(step-1, day)
		}
		evs, lines := events(step, day)
		u.Stories, u.Storylines = append(u.Stories, evs...), append(u.Storylines, lines...)
		u.State = state
		if u.Version, err = s.StoryVersion(ctx); err != nil {
			b.Fatal(err)
		}
		if err := s.SaveStories(ctx, u); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(cpuTime(b)-start)/float64(n), "cpu-ns/op")
}
