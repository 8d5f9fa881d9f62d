package dedup

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
)

// Detector checks each new document against all earlier ones: it finds
// candidates in its Index and verifies them by alignment. Calls must not
// overlap (Add changes the index); use Batch for a whole corpus at once.
type Detector struct {
	cfg    Config
	signer *Signer
	index  Index
	docs   DocStore
}

// NewDetector returns a Detector that finds candidates in index and reads
// earlier documents from docs.
func NewDetector(cfg Config, index Index, docs DocStore) (*Detector, error) {
	s, err := NewSigner(cfg)
	if err != nil {
		return nil, fmt.Errorf("new detector: %w", err)
	}
	if index == nil || docs == nil {
		return nil, fmt.Errorf("new detector: nil index or document store")
	}
	return &Detector{cfg: cfg, signer: s, index: index, docs: docs}, nil
}

// NewMemDetector returns a Detector that keeps its index and documents in
// memory.
func NewMemDetector(cfg Config) (*Detector, error) {
	idx, err := NewIndex(cfg, NewMemPostings())
	if err != nil {
		return nil, fmt.Errorf("new memory detector: %w", err)
	}
	return NewDetector(cfg, idx, NewMemDocs())
}

// Sign returns the signature of d as the Detector computes it, for storage.
func (d *Detector) Sign(doc Doc) Signature { return d.signer.Sign(doc) }

// Check returns the related earlier documents of doc, closest first,
// without recording doc. It also returns doc's signature. When doc is made
// of two earlier documents that share nothing, it is the copy of both
// (BasisCompound) unless publication dates say otherwise.
func (d *Detector) Check(ctx context.Context, doc Doc) ([]Match, Signature, error) {
	p := prepare(doc)
	sig := d.signer.sign(p)
	hits, err := d.index.Candidates(ctx, sig)
	if err != nil {
		return nil, sig, fmt.Errorf("check %q: %w", doc.ID, err)
	}
	sp := sideOf(p)
	seeds := newSeedIndex(sp.words, d.cfg.SeedWords) // once for all candidates
	var out []Match
	for _, h := range hits {
		if err := ctx.Err(); err != nil {
			return nil, sig, fmt.Errorf("check %q: %w", doc.ID, err)
		}
		if h.ID == doc.ID {
			continue
		}
		earlier, err := d.docs.Doc(ctx, h.ID)
		if errors.Is(err, ErrNotFound) {
			continue
		}
		if err != nil {
			return nil, sig, fmt.Errorf("check %q against %q: %w", doc.ID, h.ID, err)
		}
		pe := prepare(earlier)
		ov := measureIndexed(d.cfg, sp, sideOf(pe), seeds).swapped()
		if ov.kind == KindUnrelated {
			continue
		}
		out = append(out, describe(d.cfg, pe, p, ov))
	}
	resolveCompound(d.cfg, out)
	sortMatches(out)
	return out, sig, nil
}

// Add checks doc against the earlier documents, then records it (and, when
// the DocStore is a DocPutter, stores it) so that later documents are checked
// against it. It returns the related earlier documents, closest first.
func (d *Detector) Add(ctx context.Context, doc Doc) ([]Match, error) {
	ms, sig, err := d.Check(ctx, doc)
	if err != nil {
		return nil, err
	}
	if p, ok := d.docs.(DocPutter); ok {
		if err := p.Put(ctx, doc); err != nil {
			return nil, fmt.Errorf("add %q: %w", doc.ID, err)
		}
	}
	if err := d.index.Add(ctx, doc.ID, sig); err != nil {
		return nil, fmt.Errorf("add %q: %w", doc.ID, err)
	}
	return ms, nil
}

// sortMatches orders matches closest first, then by ids.
func sortMatches(ms []Match) {
	slices.SortFunc(ms, func(a, b Match) int {
		if c := cmp.Compare(b.SharedWords, a.SharedWords); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Source, b.Source); c != 0 {
			return c
		}
		return cmp.Compare(a.Copy, b.Copy)
	})
}
