package stories

import (
	"context"
	"fmt"
	"runtime"
	"sync"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/clean"
	"github.com/parallax-news/parallax/internal/story"
)

// cleanDocs returns the docs of arts for clustering, each with its cleaned
// text (without page furniture), in the order of arts. Cleaning runs on
// all cores: it costs as much as a third of clustering.
func cleanDocs(ctx context.Context, rd *clean.Reader, arts []*article.Article) ([]story.Doc, error) {
	docs := make([]story.Doc, len(arts))
	workers := min(runtime.GOMAXPROCS(0), max(1, len(arts)))
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(arts); i += workers {
				if err := ctx.Err(); err != nil {
					errs[w] = err
					return
				}
				v, err := rd.View(ctx, arts[i])
				if err != nil {
					errs[w] = fmt.Errorf("cluster stories: %w", err)
					return
				}
				docs[i] = Doc(clean.WithParagraphs(arts[i], v.Kept()))
			}
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return docs, nil
}
