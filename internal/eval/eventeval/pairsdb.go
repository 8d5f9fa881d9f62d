package eventeval

import (
	"context"

	"github.com/parallax-news/parallax/internal/store/sqlite"
)

// PairsDB is a labelled pairs file read beside the Parallax database that
// holds its articles: what the pair-feature commands (pairfeat, factfeat)
// start from.
type PairsDB struct {
	// Pairs are the labelled pairs, in the file's order.
	Pairs []Pair
	// Corpus is the database's articles with their events and storylines.
	Corpus *Corpus
	// Store is the database opened for writing (cleaning brings its
	// outlets' models up to date), so callers give a copy. The caller
	// closes it.
	Store *sqlite.Store
}

// OpenPairsDB reads the pairs file and the articles of the database at
// db, and opens the database. An error names the file it could not read.
func OpenPairsDB(ctx context.Context, db, pairsFile string) (*PairsDB, error) {
	pairs, err := ReadPairsFile(pairsFile)
	if err != nil {
		return nil, err
	}
	corpus, err := ReadDB(ctx, db, false)
	if err != nil {
		return nil, err
	}
	st, err := sqlite.OpenExisting(ctx, db) // its errors name the file
	if err != nil {
		return nil, err
	}
	return &PairsDB{Pairs: pairs, Corpus: corpus, Store: st}, nil
}
