package dedup

import (
	"cmp"
	"context"
	"fmt"
	"slices"
)

// Postings is the storage behind an Index: for each key, the ids of the
// documents that have it. A database backs it with one table of (key, id)
// rows indexed on key; MemPostings keeps it in memory.
type Postings interface {
	// Put records that document id has the given keys.
	Put(ctx context.Context, id string, keys []uint64) error
	// Get returns the ids stored under each of keys, in the order they
	// were put, at most limit+1 per key: the first limit+1. (More than limit
	// ids tell the caller that the key is common.)
	Get(ctx context.Context, keys []uint64, limit int) (map[uint64][]string, error)
}

// Hit is one candidate returned by Index.Candidates: an earlier document
// and the evidence that it may be related.
type Hit struct {
	// ID is the earlier document.
	ID string
	// Text is true when the normalised texts are identical.
	Text bool
	// Bands counts the shared LSH bands.
	Bands int
	// Marks counts the shared marks and paragraph hashes.
	Marks int
}

// Index finds earlier documents that may be related to a new one in time
// that grows with the number of related documents, not with the corpus.
type Index interface {
	// Add records the signature of document id.
	Add(ctx context.Context, id string, sig Signature) error
	// Candidates returns the recorded documents worth verifying against
	// sig, most promising first.
	Candidates(ctx context.Context, sig Signature) ([]Hit, error)
}

// KeyIndex is the Index over any Postings: it turns signatures into keys
// (see Signature.Keys) and counts, per document, the keys shared.
type KeyIndex struct {
	cfg Config
	p   Postings
}

// NewIndex returns an Index that keeps its keys in p.
func NewIndex(cfg Config, p Postings) (*KeyIndex, error) {
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("new index: %w", err)
	}
	return &KeyIndex{cfg: cfg, p: p}, nil
}

// Add implements Index.
func (x *KeyIndex) Add(ctx context.Context, id string, sig Signature) error {
	keys := sig.Keys(x.cfg.Bands)
	if len(keys) == 0 {
		return nil
	}
	if err := x.p.Put(ctx, id, keys); err != nil {
		return fmt.Errorf("index add %q: %w", id, err)
	}
	return nil
}

// Candidates implements Index. A document is a candidate when it has the
// same text, shares an LSH band, or shares at least Config.MinMarks marks
// and paragraph hashes; at most Config.MaxCandidates are returned. Keys
// held by more than Config.MaxPostings documents count as described there.
func (x *KeyIndex) Candidates(ctx context.Context, sig Signature) ([]Hit, error) {
	keys := sig.Keys(x.cfg.Bands)
	if len(keys) == 0 {
		return nil, nil
	}
	got, err := x.p.Get(ctx, keys, x.cfg.MaxPostings)
	if err != nil {
		return nil, fmt.Errorf("index candidates: %w", err)
	}
	hits := map[string]*Hit{}
	for key, ids := range got {
		if len(ids) > x.cfg.MaxPostings {
			ids = commonKeyIDs(KindOf(key), ids, x.cfg)
		}
		for _, id := range ids {
			h := hits[id]
			if h == nil {
				h = &Hit{ID: id}
				hits[id] = h
			}
			h.count(KindOf(key))
		}
	}
	out := make([]Hit, 0, len(hits))
	for _, h := range hits {
		if h.qualifies(x.cfg) {
			out = append(out, *h)
		}
	}
	sortHits(out)
	if len(out) > x.cfg.MaxCandidates {
		out = out[:x.cfg.MaxCandidates]
	}
	return out, nil
}

// commonKeyIDs returns the ids a key held by more than MaxPostings
// documents still links to: the first StarLinks for a text hash or band,
// none for boilerplate marks and paragraphs.
func commonKeyIDs(k KeyKind, ids []string, cfg Config) []string {
	if k == KeyText || k == KeyBand {
		return ids[:min(cfg.StarLinks, len(ids))]
	}
	return nil
}

func (h *Hit) count(k KeyKind) {
	switch k {
	case KeyText:
		h.Text = true
	case KeyBand:
		h.Bands++
	default:
		h.Marks++
	}
}

// qualifies applies the candidate rule of Candidates.
func (h *Hit) qualifies(cfg Config) bool {
	return h.Text || h.Bands > 0 || h.Marks >= cfg.MinMarks
}

// score orders candidates: same text first, then by shared evidence.
func (h *Hit) score() int {
	s := 4*h.Bands + h.Marks
	if h.Text {
		s += 1 << 30
	}
	return s
}

func sortHits(hs []Hit) {
	slices.SortFunc(hs, func(a, b Hit) int {
		if c := cmp.Compare(b.score(), a.score()); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
}
