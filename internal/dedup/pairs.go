package dedup

import (
	"cmp"
	"context"
	"slices"
)

// docPair is a candidate pair of document indexes, a < b.
type docPair struct{ a, b uint32 }

// posting is one (key, document) entry of the batch index.
type posting struct {
	key uint64
	doc uint32
}

// pairEvidence is one shared key of a pair.
type pairEvidence struct {
	pair uint64 // a<<32 | b
	kind KeyKind
}

// candidatePairs returns the pairs that the KeyIndex candidate rule selects
// (including the MaxPostings, StarLinks and MaxCandidates limits), without
// a quadratic step: postings are sharded by key and sorted, keys held by at
// most MaxPostings documents pair all their documents, and commoner keys
// pair each document with at most StarLinks others. It consumes keys: the entries are
// set to nil once their postings are made.
func candidatePairs(ctx context.Context, keys [][]uint64, cfg Config, workers int) ([]docPair, searchCounts, error) {
	var cnt searchCounts
	shards := max(workers, 1) * 4
	total := 0
	for _, ks := range keys {
		total += len(ks)
	}
	postings := make([][]posting, shards)
	for s := range postings {
		postings[s] = make([]posting, 0, total/shards+total/(8*shards)+16)
	}
	for d, ks := range keys {
		for _, k := range ks {
			s := int(mix64(k) % uint64(shards))
			postings[s] = append(postings[s], posting{key: k, doc: uint32(d)})
		}
		keys[d] = nil // the postings hold them now
	}
	evidence := make([][]pairEvidence, shards)
	err := forEach(ctx, shards, workers, func(s int) {
		ps := postings[s]
		slices.SortFunc(ps, func(x, y posting) int {
			if c := cmp.Compare(x.key, y.key); c != 0 {
				return c
			}
			return cmp.Compare(x.doc, y.doc)
		})
		var ev []pairEvidence
		for lo := 0; lo < len(ps); {
			hi := lo + 1
			for hi < len(ps) && ps[hi].key == ps[lo].key {
				hi++
			}
			kind := KindOf(ps[lo].key)
			// the first docs of the group each doc is linked with: all
			// earlier ones, or the first StarLinks of a common text or band
			// key, or none of a common mark.
			hub := hi - lo
			if hub > cfg.MaxPostings {
				hub = 0
				if kind == KeyText || kind == KeyBand {
					hub = cfg.StarLinks
				}
			}
			for y := lo + 1; y < hi; y++ {
				for x := lo; x < min(y, lo+hub); x++ {
					if ps[x].doc != ps[y].doc {
						ev = append(ev, pairEvidence{pair: uint64(ps[x].doc)<<32 | uint64(ps[y].doc), kind: kind})
					}
				}
			}
			lo = hi
		}
		slices.SortFunc(ev, func(x, y pairEvidence) int { return cmp.Compare(x.pair, y.pair) })
		evidence[s] = ev
		postings[s] = nil
	})
	if err != nil {
		return nil, cnt, err
	}
	for _, ev := range evidence {
		cnt.evidence += len(ev)
	}
	type scored struct {
		docPair
		hit Hit
	}
	var cands []scored
	// k-way merge of the sorted evidence lists, one pair at a time.
	pos := make([]int, shards)
	for {
		var cur uint64
		found := false
		for s, ev := range evidence {
			if pos[s] < len(ev) && (!found || ev[pos[s]].pair < cur) {
				cur, found = ev[pos[s]].pair, true
			}
		}
		if !found {
			break
		}
		var h Hit
		for s, ev := range evidence {
			for pos[s] < len(ev) && ev[pos[s]].pair == cur {
				h.count(ev[pos[s]].kind)
				pos[s]++
			}
		}
		if h.qualifies(cfg) {
			cands = append(cands, scored{docPair{a: uint32(cur >> 32), b: uint32(cur)}, h})
			if h.Bands > 0 {
				cnt.byBand++
			}
			if h.Marks >= cfg.MinMarks {
				cnt.byMark++
			}
		}
	}
	// MaxCandidates per document, best first, as KeyIndex does for the
	// later document of each pair.
	slices.SortStableFunc(cands, func(x, y scored) int { return cmp.Compare(y.hit.score(), x.hit.score()) })
	perDoc := map[uint32]int{}
	out := make([]docPair, 0, len(cands))
	for _, c := range cands {
		if perDoc[c.b] >= cfg.MaxCandidates {
			continue
		}
		perDoc[c.b]++
		out = append(out, c.docPair)
	}
	slices.SortFunc(out, func(x, y docPair) int {
		if c := cmp.Compare(x.a, y.a); c != 0 {
			return c
		}
		return cmp.Compare(x.b, y.b)
	})
	return out, cnt, nil
}

// searchCounts report on candidate search.
type searchCounts struct {
	evidence, byBand, byMark int
}
