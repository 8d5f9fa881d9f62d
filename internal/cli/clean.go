package cli

import (
	"context"

	"github.com/parallax-news/parallax/internal/clean"
	"github.com/parallax-news/parallax/internal/store"
)

// cleanReader returns a reader of the cleaned text of st's articles: with
// the outlets' models when st keeps them (learning brought up to date
// first), else by form only.
func cleanReader(ctx context.Context, st store.Store) (*clean.Reader, error) {
	c, err := clean.New()
	if err != nil {
		return nil, err
	}
	cs, ok := st.(store.CleanStore)
	if !ok {
		return clean.NewReader(c, nil), nil
	}
	if _, err := cs.LearnPending(ctx); err != nil {
		return nil, err
	}
	return clean.NewReader(c, cs), nil
}
