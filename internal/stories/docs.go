package stories

import (
	"context"
	"fmt"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/clean"
	"github.com/parallax-news/parallax/internal/store"
	"github.com/parallax-news/parallax/internal/story"
)

// cleanLoader returns the loader of docs for story.Clusterer.PrepareFinish:
// doc i is arts[i] as ClusterDoc reads it (cleaned, without its outlet's
// recurring paragraphs) with the copy link of meta[i]. Cleaning runs on
// the clusterer's workers, alongside the assignment of the docs before.
// It lets go of arts[i] once read, so that the texts of a batch are not
// all held until its end.
func cleanLoader(ctx context.Context, rd *clean.Reader, arts []*article.Article, meta []story.Doc) func(int) (story.Doc, error) {
	return func(i int) (story.Doc, error) {
		d, err := ClusterDoc(ctx, rd, arts[i])
		if err != nil {
			return story.Doc{}, fmt.Errorf("cluster stories: %w", err)
		}
		arts[i] = nil // its text is the doc's now: what it does not keep is free
		d.CopyOf = meta[i].CopyOf
		return d, nil
	}
}

// sourceFinish returns the finish of docs for story.Clusterer.PrepareFinish:
// a copy gets the story of its source, from sources (see followSources).
// It runs as the copy is assigned, so that waiting for the save of the
// batch before (which sources does) holds up the assignment alone, not the
// cleaning and extraction of the docs after the copy.
func sourceFinish(sources func() (map[string]store.Grouping, error)) func(int, *story.Doc) error {
	return func(_ int, d *story.Doc) error {
		if d.CopyOf == "" {
			return nil
		}
		groups, err := sources()
		if err != nil {
			return err
		}
		d.SourceStory = groups[d.CopyOf].Story
		return nil
	}
}
