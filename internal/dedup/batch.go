package dedup

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"time"
)

// BatchStats reports the work done by Batch.
type BatchStats struct {
	Docs  int   `json:"docs"`
	Words int   `json:"words"`
	Bytes int64 `json:"bytes"`
	// Keys counts index keys; Candidates the candidate pairs verified.
	Keys int `json:"keys"`
	// Evidence counts the (pair, shared key) records of candidate search.
	Evidence int `json:"evidence"`
	// ByBand and ByMark count the candidate pairs (before the
	// MaxCandidates cap) that share an LSH band and that share MinMarks
	// marks; a pair can count in both.
	ByBand     int `json:"by_band"`
	ByMark     int `json:"by_mark"`
	Candidates int `json:"candidates"`
	Matches    int `json:"matches"`
	// Sign, Search and Verify time the three steps.
	Sign   time.Duration `json:"sign_ns"`
	Search time.Duration `json:"search_ns"`
	Verify time.Duration `json:"verify_ns"`
}

// Batch finds every related pair among docs, in parallel on workers
// goroutines (0: one per CPU). It applies the same candidate rule as
// KeyIndex and the same verification as Detector, with the document earlier
// in docs taken as seen first, and corrects the direction of documents made
// of two others (BasisCompound). Matches are sorted by source, then copy.
func Batch(ctx context.Context, docs []Doc, cfg Config, workers int) ([]Match, BatchStats, error) {
	var st BatchStats
	signer, err := NewSigner(cfg)
	if err != nil {
		return nil, st, fmt.Errorf("batch: %w", err)
	}
	st.Docs = len(docs)
	if len(docs) >= 1<<31 {
		return nil, st, fmt.Errorf("batch: %d documents is too many", len(docs))
	}

	t0 := time.Now()
	sides := make([]side, len(docs))
	keys := make([][]uint64, len(docs))
	err = forEach(ctx, len(docs), workers, func(i int) {
		p := prepare(docs[i])
		sides[i] = sideOf(p)
		keys[i] = signer.sign(p).Keys(cfg.Bands)
	})
	if err != nil {
		return nil, st, fmt.Errorf("batch: sign: %w", err)
	}
	for i := range docs {
		st.Words += len(sides[i].words)
		st.Keys += len(keys[i])
		for _, p := range docs[i].Paragraphs {
			st.Bytes += int64(len(p))
		}
	}
	st.Sign = time.Since(t0)

	t0 = time.Now()
	pairs, cnt, err := candidatePairs(ctx, keys, cfg, workers)
	st.Evidence, st.ByBand, st.ByMark = cnt.evidence, cnt.byBand, cnt.byMark
	if err != nil {
		return nil, st, fmt.Errorf("batch: search: %w", err)
	}
	st.Candidates = len(pairs)
	st.Search = time.Since(t0)

	t0 = time.Now()
	// pairs are sorted by their first document: verify each first
	// document's pairs together, indexing and tokenising it once.
	var groups [][2]int // [start, end) in pairs
	for lo := 0; lo < len(pairs); {
		hi := lo + 1
		for hi < len(pairs) && pairs[hi].a == pairs[lo].a {
			hi++
		}
		groups = append(groups, [2]int{lo, hi})
		lo = hi
	}
	found := make([]*Match, len(pairs))
	err = forEach(ctx, len(groups), workers, func(g int) {
		i := pairs[groups[g][0]].a
		seeds := newSeedIndex(sides[i].words, cfg.SeedWords)
		var pi *prepared
		for k := groups[g][0]; k < groups[g][1]; k++ {
			j := pairs[k].b
			ov := measureIndexed(cfg, sides[i], sides[j], seeds)
			if ov.kind == KindUnrelated {
				continue
			}
			if pi == nil {
				pi = prepare(docs[i])
			}
			m := describe(cfg, pi, prepare(docs[j]), ov)
			found[k] = &m
		}
	})
	if err != nil {
		return nil, st, fmt.Errorf("batch: verify: %w", err)
	}
	var out []Match
	for _, m := range found {
		if m != nil {
			out = append(out, *m)
		}
	}
	resolveCompound(cfg, out)
	slices.SortFunc(out, func(a, b Match) int {
		if c := cmp.Compare(a.Source, b.Source); c != 0 {
			return c
		}
		return cmp.Compare(a.Copy, b.Copy)
	})
	st.Matches = len(out)
	st.Verify = time.Since(t0)
	return out, st, nil
}
