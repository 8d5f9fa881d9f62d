// Package stories keeps story clustering up to date over a store: it
// resumes the clusterer from its saved state, assigns every article that
// has no story yet, in the order of its publication, and saves the
// assignments with their reasons, the stories that changed, the merges and
// the new state. The clustering itself is package story's.
package stories

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/store"
	"github.com/parallax-news/parallax/internal/story"
)

// Store is what the updater needs of a store. When it also keeps copy
// detection (store.CopyStore), an article found to be a copy joins the
// story of its source.
type Store interface {
	store.StoryStore
}

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
// first 0, then after each batch.
func Update(ctx context.Context, st Store, progress func(done, total int)) (int, error) {
	total, err := st.CountUnassigned(ctx)
	if err != nil || total == 0 {
		return 0, err
	}
	if progress != nil {
		progress(0, total)
	}
	c, err := resume(ctx, st)
	if err != nil {
		return 0, err
	}
	var evicted []story.Story
	c.OnEvict(func(s story.Story) { evicted = append(evicted, s) })
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
			docs[i] = Doc(a)
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
		for _, s := range evicted {
			u.Stories = append(u.Stories, summary(s))
			delete(touched, s.ID)
		}
		evicted = evicted[:0]
		for id := range touched {
			if s, ok := c.Story(c.Resolve(id)); ok {
				u.Stories = append(u.Stories, summary(s))
			}
		}
		if u.State, err = json.Marshal(c.Snapshot()); err != nil {
			return done, fmt.Errorf("save story state: %w", err)
		}
		if err := st.SaveStories(ctx, u); err != nil {
			return done, err
		}
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
func followSource(ctx context.Context, st Store, d *story.Doc) error {
	cs, ok := st.(store.CopyStore)
	if !ok {
		return nil
	}
	links, err := cs.CopyLinks(ctx, d.ID)
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
func resume(ctx context.Context, st Store) (*story.Clusterer, error) {
	raw, err := st.StoryState(ctx)
	if err != nil {
		return nil, err
	}
	if raw == nil {
		return story.New(story.DefaultConfig(), story.NewTextExtractor()), nil
	}
	var state story.State
	if err := json.Unmarshal(raw, &state); err != nil {
		return nil, fmt.Errorf("read story state: %w", err)
	}
	c, err := story.Resume(state, story.NewTextExtractor())
	if err != nil {
		return nil, fmt.Errorf("read story state: %w", err)
	}
	return c, nil
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
