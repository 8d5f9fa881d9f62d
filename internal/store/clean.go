package store

import (
	"context"
	"fmt"

	"github.com/parallax-news/parallax/internal/clean"
)

// CleanStore keeps what cleaning learns about each outlet: which
// paragraphs recur across its articles (see package clean). Put learns
// from the articles it stores.
type CleanStore interface {
	// OutletModel returns the model learned for an outlet; an empty model
	// when the store has none for it.
	OutletModel(ctx context.Context, outlet string) (*clean.Model, error)
	// LearnPending learns from the stored articles that learning has not
	// read yet (all of them in a database written before cleaning
	// existed), and returns how many it read.
	LearnPending(ctx context.Context) (int, error)
}

// NewCleanReader returns a reader of the cleaned text of st's articles with
// the outlets' models, learning brought up to date first (see
// CleanStore.LearnPending).
func NewCleanReader(ctx context.Context, st CleanStore) (*clean.Reader, error) {
	c, err := clean.New()
	if err != nil {
		return nil, err
	}
	if _, err := st.LearnPending(ctx); err != nil {
		return nil, fmt.Errorf("learn cleaning models: %w", err)
	}
	return clean.NewReader(c, st), nil
}
