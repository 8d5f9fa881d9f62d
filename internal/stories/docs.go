package stories

import (
	"context"
	"fmt"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/clean"
	"github.com/parallax-news/parallax/internal/story"
)

// cleanLoader returns the loader of docs for story.Clusterer.AddEach: doc
// i is arts[i] as ClusterDoc reads it (cleaned, without its outlet's
// recurring paragraphs) with the copy links of meta[i] (see
// followSources). Cleaning runs on the clusterer's workers, alongside the
// assignment of the docs before.
func cleanLoader(ctx context.Context, rd *clean.Reader, arts []*article.Article, meta []story.Doc) func(int) (story.Doc, error) {
	return func(i int) (story.Doc, error) {
		d, err := ClusterDoc(ctx, rd, arts[i])
		if err != nil {
			return story.Doc{}, fmt.Errorf("cluster stories: %w", err)
		}
		d.CopyOf, d.SourceStory = meta[i].CopyOf, meta[i].SourceStory
		return d, nil
	}
}
