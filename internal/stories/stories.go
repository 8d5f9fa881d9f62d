// Package stories keeps story clustering up to date over a store: it
// resumes the clusterer from its saved state, assigns every article that
// has no story yet (and has been checked for copies), in the order of its
// publication, and saves the assignments with their reasons, the stories
// that changed, the merges and the new state. Each save compares and swaps
// the stories' version, so that a clusterer that another overtook saves
// nothing. The clustering itself is package story's.
package stories

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/clean"
	"github.com/parallax-news/parallax/internal/store"
	"github.com/parallax-news/parallax/internal/story"
)

// wholeCopy is the share of a derived article's text taken from its source
// from which it counts as a copy of it for stories (dedup calls such copies
// wholly derived).
const wholeCopy = 0.8

// batchSize is how many articles are clustered between two saves. Each save
// writes the clusterer's whole state (23 MB at full ABP), so larger
// batches write less: 2,000 wrote 609 MB over ABP.
const batchSize = 8000

// Update assigns every article without a story and returns how many it
// assigned. progress, when not nil, is told how many of how many are done:
// first 0, then after each batch. It resumes the clusterer from the store
// each time; an Updater keeps it.
func Update(ctx context.Context, st store.Store, progress func(done, total int)) (int, error) {
	var u Updater
	return u.Update(ctx, st, progress)
}

// Updater clusters articles into stories over one store, and keeps the
// clusterer in memory between updates for as long as no other clusterer
// saves a step: then it resumes from the store again. Only one update may
// run at a time.
type Updater struct {
	c *story.Clusterer
	// version is the stories' version c's state belongs to.
	version int64
	evicted []story.Story
}

// Update assigns every article without a story and returns how many it
// assigned; see the package Update. When another clusterer saved a step
// while this one worked, it fails with an error that wraps
// store.ErrConflict, having saved nothing of the step, and the next Update
// starts again from the store.
func (up *Updater) Update(ctx context.Context, st store.Store, progress func(done, total int)) (n int, err error) {
	total, err := st.CountUnassigned(ctx)
	if err != nil || total == 0 {
		return 0, err
	}
	if progress != nil {
		progress(0, total)
	}
	// A step not saved leaves the clusterer ahead of the store: forget it.
	defer func() {
		if err != nil {
			up.c = nil
		}
	}()
	if up.c != nil {
		v, err := st.StoryVersion(ctx)
		if err != nil {
			return 0, err
		}
		if v != up.version {
			up.c = nil
		}
	}
	if up.c == nil {
		if err := up.resume(ctx, st); err != nil {
			return 0, err
		}
	}
	c := up.c
	rd, err := store.NewCleanReader(ctx, st)
	if err != nil {
		return 0, fmt.Errorf("cluster stories: %w", err)
	}
	done := 0
	for done < total {
		arts, err := st.Unassigned(ctx, batchSize)
		if err != nil {
			return done, err
		}
		if len(arts) == 0 {
			break
		}
		docs := make([]story.Doc, len(arts))
		for i, a := range arts {
			v, err := rd.View(ctx, a)
			if err != nil {
				return done, fmt.Errorf("cluster stories: %w", err)
			}
			docs[i] = Doc(clean.WithParagraphs(a, v.Kept())) // the text, without page furniture
			if err := followSource(ctx, st, &docs[i]); err != nil {
				return done, err
			}
		}
		mergesBefore := len(c.Merges())
		u := store.StoryUpdate{}
		touched := map[string]bool{}
		err = c.AddAll(ctx, docs, 0, func(d story.Decision) {
			u.Assignments = append(u.Assignments, store.Assignment{Article: d.Article, Story: d.Story, New: d.New,
				Score: d.Score, Parts: d.Parts, TopTerms: d.TopTerms})
			touched[d.Story] = true
		})
		if err != nil {
			return done, fmt.Errorf("cluster stories: %w", err)
		}
		for _, m := range c.Merges()[mergesBefore:] {
			u.Merges = append(u.Merges, store.StoryMerge{From: m.From, Into: m.Into, Score: m.Score, At: m.At})
			touched[m.Into] = true
		}
		// Assignments made before a merge in this batch point at the story
		// that no longer exists: resolve them.
		for i := range u.Assignments {
			u.Assignments[i].Story = c.Resolve(u.Assignments[i].Story)
		}
		for _, s := range up.evicted {
			u.Stories = append(u.Stories, summary(s))
			delete(touched, s.ID)
		}
		up.evicted = up.evicted[:0]
		for id := range touched {
			if s, ok := c.Story(c.Resolve(id)); ok {
				u.Stories = append(u.Stories, summary(s))
			}
		}
		if u.State, err = json.Marshal(c.Snapshot()); err != nil {
			return done, fmt.Errorf("save story state: %w", err)
		}
		u.Version = up.version
		if err := st.SaveStories(ctx, u); err != nil {
			return done, err
		}
		up.version++
		done += len(arts)
		if progress != nil {
			progress(done, total)
		}
	}
	return done, nil
}

// followSource sets d.CopyOf (and d.SourceStory when the source already
// has a story) when copy detection found d to be a copy of an earlier
// article.
func followSource(ctx context.Context, st store.Store, d *story.Doc) error {
	links, err := st.CopyLinks(ctx, d.ID)
	if err != nil {
		return err
	}
	best := 0.0
	for _, l := range links {
		whole := l.Kind == "duplicate" || l.Kind == "near-duplicate" || (l.Kind == "derived" && l.Share >= wholeCopy)
		if l.Copy != d.ID || !whole || l.Share <= best {
			continue
		}
		best, d.CopyOf = l.Share, l.Source
	}
	if d.CopyOf != "" {
		if id, err := st.StoryOf(ctx, d.CopyOf); err == nil {
			d.SourceStory = id
		}
	}
	return nil
}

// resume rebuilds the clusterer from the saved state, or starts one.
func (up *Updater) resume(ctx context.Context, st store.Store) error {
	saved, err := st.StoryState(ctx)
	if err != nil {
		return err
	}
	var c *story.Clusterer
	if saved.Data == nil {
		c = story.New(story.DefaultConfig(), story.NewTextExtractor())
	} else {
		var state story.State
		if err := json.Unmarshal(saved.Data, &state); err != nil {
			return fmt.Errorf("read story state: %w", err)
		}
		if c, err = story.Resume(state, story.NewTextExtractor()); err != nil {
			return fmt.Errorf("read story state: %w", err)
		}
	}
	up.evicted = nil
	c.OnEvict(func(s story.Story) { up.evicted = append(up.evicted, s) })
	up.c, up.version = c, saved.Version
	return nil
}

// Doc converts an article for clustering.
func Doc(a *article.Article) story.Doc {
	d := story.Doc{ID: a.ID, Outlet: a.Outlet, Title: a.Title, Paragraphs: a.Paragraphs}
	if !a.Published.IsZero() {
		d.Published, d.HasTime = a.Published.Time.UTC(), true
	}
	return d
}

func summary(s story.Story) store.Story {
	return store.Story{ID: s.ID, Title: s.Title, First: store.OptionalTimeOf(s.First), Last: store.OptionalTimeOf(s.Last), Outlets: s.Outlets,
		Articles: len(s.Articles), Entities: s.Entities, Terms: s.Terms}
}
