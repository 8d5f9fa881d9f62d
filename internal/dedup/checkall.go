package dedup

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"time"
)

// Holders are the recorded documents that have a key, as a KeyLookup
// reports them.
type Holders struct {
	// N counts them, up to the limit asked for plus one.
	N int
	// IDs are the first of them, in the order they were recorded: as many
	// as asked for.
	IDs []string
}

// KeyLookup answers which recorded documents have given keys. CheckAll
// needs all the holders of a rare key, but of a key with more than
// Config.MaxPostings holders only the first StarLinks (a text hash or a
// band) or none (a mark or paragraph), and a store need not read the rest.
type KeyLookup interface {
	// Holders returns, for each of keys (sorted and distinct), how many
	// recorded documents have it, counted up to limit+1, and the ids of
	// the first want(key, n) of them in the order they were recorded.
	Holders(ctx context.Context, keys []uint64, limit int, want func(key uint64, n int) int) ([]Holders, error)
}

// PostingsLookup is the KeyLookup of a Postings.
func PostingsLookup(p Postings) KeyLookup { return postingsLookup{p} }

type postingsLookup struct{ p Postings }

func (l postingsLookup) Holders(ctx context.Context, keys []uint64, limit int, want func(uint64, int) int) ([]Holders, error) {
	got, err := l.p.Get(ctx, keys, limit)
	if err != nil {
		return nil, err
	}
	out := make([]Holders, len(keys))
	for i, k := range keys {
		if ids := got[k]; len(ids) > 0 {
			out[i] = Holders{N: len(ids), IDs: ids[:max(0, min(len(ids), want(k, len(ids))))]}
		}
	}
	return out, nil
}

// Checked is what CheckAll found for one document.
type Checked struct {
	// Matches are the related earlier documents, closest first, as
	// Detector.Check returns them.
	Matches []Match
	// Keys are the document's index keys to record so that later
	// documents find it: those that at most Config.MaxPostings earlier
	// documents have. Later documents read only the first MaxPostings+1
	// holders of a key, so the others would never be read.
	Keys []uint64
}

// CheckStats reports the work CheckAll did.
type CheckStats struct {
	Docs int `json:"docs"`
	// Keys counts the documents' index keys; Recorded those in Keys.
	Keys     int `json:"keys"`
	Recorded int `json:"recorded"`
	// Candidates counts the pairs verified, Loaded the earlier documents
	// read from the DocStore, Matches the related pairs found.
	Candidates int `json:"candidates"`
	Loaded     int `json:"loaded"`
	Matches    int `json:"matches"`
	// Sign, Lookup, Search and Verify time the steps.
	Sign   time.Duration `json:"sign_ns"`
	Lookup time.Duration `json:"lookup_ns"`
	Search time.Duration `json:"search_ns"`
	Verify time.Duration `json:"verify_ns"`
}

// CheckAll checks docs in order, each against the documents recorded in
// index (read from earlier; see KeyLookup) and against the docs before it, exactly as
// Detector.Add would one document at a time with an index that holds the
// recorded documents and then each of docs: the same candidates, the same
// verification, the same matches. It asks index for the keys of all docs
// at once, and signs, searches and verifies on workers goroutines (0: one
// per CPU). It records nothing: the caller stores each document's Keys
// before it checks later documents. Memory grows with len(docs).
func CheckAll(ctx context.Context, cfg Config, docs []Doc, index KeyLookup, earlier DocStore, workers int) ([]Checked, CheckStats, error) {
	st := CheckStats{Docs: len(docs)}
	signer, err := NewSigner(cfg)
	if err != nil {
		return nil, st, fmt.Errorf("check all: %w", err)
	}
	if len(docs) >= 1<<31 {
		return nil, st, fmt.Errorf("check all: %d documents is too many", len(docs))
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
		return nil, st, fmt.Errorf("check all: sign: %w", err)
	}
	var batch []posting // every key of docs, sorted by key then document
	for i, ks := range keys {
		st.Keys += len(ks)
		for _, k := range ks {
			batch = append(batch, posting{key: k, doc: uint32(i)})
		}
	}
	sortPostings(batch)
	st.Sign = time.Since(t0)

	t0 = time.Now()
	distinct := make([]uint64, 0, len(batch))
	for i, p := range batch {
		if i == 0 || p.key != batch[i-1].key {
			distinct = append(distinct, p.key)
		}
	}
	stored, err := index.Holders(ctx, distinct, cfg.MaxPostings, func(k uint64, n int) int {
		switch kind := KindOf(k); {
		case n <= cfg.MaxPostings:
			return n
		case kind == KeyText || kind == KeyBand:
			return min(n, cfg.StarLinks) // as commonKeyIDs
		default:
			return 0
		}
	})
	if err != nil {
		return nil, st, fmt.Errorf("check all: look up keys: %w", err)
	}
	st.Lookup = time.Since(t0)

	// Candidates of each document, as KeyIndex.Candidates finds them over
	// the recorded documents and the docs before it: one pass over the
	// batch's postings, key by key, gives each document its evidence.
	t0 = time.Now()
	out := make([]Checked, len(docs))
	if len(stored) != len(distinct) {
		return nil, st, fmt.Errorf("check all: look up keys: %d answers for %d keys", len(stored), len(distinct))
	}
	for y := range out {
		out[y].Keys = make([]uint64, 0, len(keys[y]))
	}
	ev, names := keyEvidence(batch, stored, cfg, out)
	byDoc := make([]int, len(docs)+1) // ev[byDoc[y]:byDoc[y+1]] is y's
	for _, e := range ev {
		byDoc[e.doc+1]++
	}
	for y := range docs {
		byDoc[y+1] += byDoc[y]
	}
	sorted := make([]evidence, len(ev))
	next := slices.Clone(byDoc[:len(docs)])
	for _, e := range ev {
		sorted[next[e.doc]] = e
		next[e.doc]++
	}
	ev = nil
	cands := make([][]Hit, len(docs))
	err = forEach(ctx, len(docs), workers, func(y int) {
		hits := map[string]*Hit{}
		for _, e := range sorted[byDoc[y]:byDoc[y+1]] {
			id := names[e.cand]
			if e.cand >= 0 {
				id = docs[e.cand].ID
			}
			h := hits[id]
			if h == nil {
				h = &Hit{ID: id}
				hits[id] = h
			}
			h.count(e.kind)
		}
		var hs []Hit
		for _, h := range hits {
			if h.qualifies(cfg) {
				hs = append(hs, *h)
			}
		}
		sortHits(hs)
		cands[y] = hs[:min(len(hs), cfg.MaxCandidates)]
	})
	if err != nil {
		return nil, st, fmt.Errorf("check all: search: %w", err)
	}
	// A candidate is the batch document of that id when it comes earlier
	// in docs (as the Detector would have recorded it by then), else a
	// recorded one, read once.
	pos := make(map[string]int, len(docs))
	for i := len(docs) - 1; i >= 0; i-- {
		pos[docs[i].ID] = i
	}
	inBatch := func(id string, y int) (int, bool) {
		i, ok := pos[id]
		return i, ok && i < y
	}
	var load []string
	loading := map[string]bool{}
	for y, hs := range cands {
		for _, h := range hs {
			if _, ok := inBatch(h.ID, y); !ok && h.ID != docs[y].ID && !loading[h.ID] {
				loading[h.ID] = true
				load = append(load, h.ID)
			}
			st.Candidates++
		}
	}
	st.Search = time.Since(t0)

	t0 = time.Now()
	type loaded struct {
		side side
		err  error
	}
	got := make([]loaded, len(load))
	err = forEach(ctx, len(load), workers, func(i int) {
		d, err := earlier.Doc(ctx, load[i])
		if err != nil {
			got[i].err = err
			return
		}
		got[i].side = sideOf(prepare(d))
	})
	if err != nil {
		return nil, st, fmt.Errorf("check all: read earlier documents: %w", err)
	}
	prior := make(map[string]*side, len(load))
	for i, id := range load {
		switch {
		case errors.Is(got[i].err, ErrNotFound):
		case got[i].err != nil:
			return nil, st, fmt.Errorf("check all: read %q: %w", id, got[i].err)
		default:
			prior[id] = &got[i].side
			st.Loaded++
		}
	}
	err = forEach(ctx, len(docs), workers, func(y int) {
		if len(cands[y]) == 0 {
			return
		}
		sp := sides[y]
		seeds := newSeedIndex(sp.words, cfg.SeedWords)
		var p *prepared
		var ms []Match
		for _, h := range cands[y] {
			if h.ID == docs[y].ID {
				continue
			}
			var e *side
			if i, ok := inBatch(h.ID, y); ok {
				e = &sides[i]
			} else if e = prior[h.ID]; e == nil {
				continue // no longer stored
			}
			ov := measureIndexed(cfg, sp, *e, seeds).swapped()
			if ov.kind == KindUnrelated {
				continue
			}
			if p == nil {
				p = prepare(docs[y])
			}
			ms = append(ms, describe(cfg, prepare(e.doc), p, ov))
		}
		resolveCompound(cfg, ms)
		sortMatches(ms)
		out[y].Matches = ms
	})
	if err != nil {
		return nil, st, fmt.Errorf("check all: verify: %w", err)
	}
	for _, c := range out {
		st.Matches += len(c.Matches)
		st.Recorded += len(c.Keys)
	}
	st.Verify = time.Since(t0)
	return out, st, nil
}

// evidence is one shared key of a document and a candidate: a batch
// document (cand >= 0) or a recorded one (names[cand], cand < 0).
type evidence struct {
	doc  uint32
	cand int32
	kind KeyKind
}

// names maps negative candidate numbers to recorded documents' ids.
type names map[int32]string

// keyEvidence goes through the batch's postings key by key. For each
// document that has a key it applies the rule of KeyIndex.Candidates to
// the documents a Postings would return for the key at that point (the
// first MaxPostings+1 of the recorded ones, then the batch's before it) and
// makes the evidence; and it adds the key to the document's Keys while
// MaxPostings or fewer documents had it before.
func keyEvidence(batch []posting, stored []Holders, cfg Config, out []Checked) ([]evidence, names) {
	var ev []evidence
	nm := names{}
	seen := map[string]int32{}
	for g, lo := 0, 0; lo < len(batch); g++ {
		k := batch[lo].key
		hi := lo + 1
		for hi < len(batch) && batch[hi].key == k {
			hi++
		}
		kind := KindOf(k)
		holders := stored[g] // the gth distinct key is k
		prior := holders.IDs // all of them while they are few: see the want of CheckAll
		var priorNum []int32
		for j := lo; j < hi; j++ {
			y := batch[j].doc
			n := min(holders.N+j-lo, cfg.MaxPostings+1) // what Postings.Get would return
			switch {
			case n <= cfg.MaxPostings:
				out[y].Keys = append(out[y].Keys, k)
			case kind == KeyText || kind == KeyBand:
				n = min(n, cfg.StarLinks) // as commonKeyIDs
			default:
				n = 0
			}
			for i := range n {
				if i >= holders.N {
					ev = append(ev, evidence{doc: y, cand: int32(batch[lo+i-holders.N].doc), kind: kind})
					continue
				}
				if i >= len(prior) {
					break // not asked for (never: see the want of CheckAll)
				}
				if priorNum == nil {
					priorNum = make([]int32, len(prior))
					for p, id := range prior {
						c, ok := seen[id]
						if !ok {
							c = -int32(len(seen)) - 1
							seen[id], nm[c] = c, id
						}
						priorNum[p] = c
					}
				}
				ev = append(ev, evidence{doc: y, cand: priorNum[i], kind: kind})
			}
		}
		lo = hi
	}
	return ev, nm
}

// sortPostings sorts postings by key, keeping the order of postings with
// the same key (a least-significant-digit radix sort: postings made in
// document order come out sorted by key then document).
func sortPostings(ps []posting) {
	if len(ps) < 256 {
		slices.SortStableFunc(ps, func(a, b posting) int { return cmp.Compare(a.key, b.key) })
		return
	}
	tmp := make([]posting, len(ps))
	src, dst := ps, tmp
	for shift := uint(0); shift < 64; shift += 8 {
		var count [257]int
		for _, p := range src {
			count[(p.key>>shift)&0xff+1]++
		}
		if count[(src[0].key>>shift)&0xff+1] == len(src) {
			continue // every posting has the same byte here: nothing moves
		}
		for i := 1; i < 257; i++ {
			count[i] += count[i-1]
		}
		for _, p := range src {
			b := (p.key >> shift) & 0xff
			dst[count[b]] = p
			count[b]++
		}
		src, dst = dst, src
	}
	if &src[0] != &ps[0] {
		copy(ps, src)
	}
}
