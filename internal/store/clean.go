package store

import (
	"context"

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
