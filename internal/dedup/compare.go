package dedup

import "fmt"

// side is what verification needs of one document: its metadata and its
// words as 32-bit hashes.
type side struct {
	doc   Doc
	words []uint32
	text  uint64
	// quoted marks the words inside quotation marks.
	quoted []bool
	// docFrom is the first word of a document printed whole after a
	// paragraph announcing it (words intro[0] to intro[1]), or -1.
	docFrom int
	intro   [2]int
}

func sideOf(p *prepared) side {
	start, end, ok := announcingParagraph(p.text)
	s := side{doc: p.doc, words: wordHashes(p.toks), text: TextHash(p.toks), quoted: quotedWordsAt(p.text, p.toks, end), docFrom: -1}
	if ok {
		s.docFrom, s.intro = tokenAt(p.toks, end+len(ParagraphSeparator)), [2]int{tokenAt(p.toks, start), tokenAt(p.toks, end)}
	}
	return s
}

// overlap is the verified overlap of a pair (a, b) and the decision on it.
type overlap struct {
	sameText bool
	sig      []passage // passages of at least MinPassageWords matched words
	short    []passage // the other passages
	shared   int       // matched words in sig
	// quoted counts the matched words of sig that are inside quotation
	// marks (in either text, see quotedMatched): a speaker's words, which
	// alone do not make a copy.
	quoted  int
	tiled   int // words in all tiles
	longest int // matched words of the longest passage
	kind    Kind
}

// measure aligns a and b and decides the kind of relation.
func measure(cfg Config, a, b side) overlap {
	return measureIndexed(cfg, a, b, nil)
}

// measureIndexed is measure with the seeds of a already indexed (nil: index
// them now).
func measureIndexed(cfg Config, a, b side, seeds *seedIndex) overlap {
	var ov overlap
	ov.sameText = a.text == b.text && len(a.words) > 0 && len(a.words) == len(b.words)
	if ov.sameText {
		ov.sig = []passage{{aHi: len(a.words), bHi: len(b.words), matched: len(a.words)}}
		ov.shared, ov.tiled, ov.longest = len(a.words), len(a.words), len(a.words)
	} else {
		if seeds == nil {
			seeds = newSeedIndex(a.words, cfg.SeedWords)
		}
		tiles := greedyTiles(seeds.matches(b.words), len(a.words), len(b.words), cfg.SeedWords)
		for _, t := range tiles {
			ov.tiled += t.N
		}
		q := newQuoting(&a, &b)
		for _, p := range passages(a.words, b.words, tiles, cfg.MaxGap) {
			ov.longest = max(ov.longest, p.matched)
			if p.matched >= cfg.MinPassageWords {
				ov.sig = append(ov.sig, p)
				ov.shared += p.matched
				ov.quoted += quotedPassage(p, q)
			} else {
				ov.short = append(ov.short, p)
			}
		}
	}
	ov.kind = decide(cfg, len(a.words), len(b.words), &ov)
	if ov.kind != KindUnrelated && 2*ov.quoted >= ov.shared && !ov.sameText {
		// Quoted words are the speaker's, not the outlet's: two
		// reports quoting one statement, or one quoting a speech the
		// other prints as its transcript, are not a copy. When shared
		// quotations are most of what a pair shares, it is a copy only
		// if what it shares besides makes one; then the quotes the
		// copier took along count too.
		own := ov
		own.shared -= ov.quoted
		own.longest = 0
		q := newQuoting(&a, &b)
		for _, p := range ov.sig {
			own.longest = max(own.longest, p.matched-quotedPassage(p, q))
		}
		// Shares are taken of the words each text does not quote.
		if decide(cfg, unquoted(a.quoted), unquoted(b.quoted), &own) == KindUnrelated {
			ov.kind = KindUnrelated
		}
	}
	if ov.kind != KindUnrelated && isRevision(a.doc, b.doc) {
		ov.kind = KindRevision
	}
	return ov
}

// swapped returns the overlap of (b, a) from that of (a, b).
func (ov overlap) swapped() overlap {
	out := ov
	out.sig = make([]passage, len(ov.sig))
	for i, p := range ov.sig {
		out.sig[i] = p.swapped()
	}
	out.short = make([]passage, len(ov.short))
	for i, p := range ov.short {
		out.short[i] = p.swapped()
	}
	return out
}

// decide applies the thresholds of cfg to an overlap. A text shorter than
// MinSharedWords/0.8 words needs 80% of it shared instead of MinSharedWords.
func decide(cfg Config, na, nb int, ov *overlap) Kind {
	if ov.sameText {
		return KindDuplicate
	}
	small := min(na, nb)
	if small == 0 {
		return KindUnrelated
	}
	need := min(cfg.MinSharedWords, (4*small+4)/5)
	if ov.shared < max(need, 1) {
		return KindUnrelated
	}
	shareA, shareB := float64(ov.shared)/float64(na), float64(ov.shared)/float64(nb)
	switch {
	case min(shareA, shareB) >= cfg.NearDuplicate:
		return KindNearDuplicate
	case max(shareA, shareB) >= cfg.Derived:
		return KindDerived
	case cfg.LongPassage > 0 && ov.longest >= cfg.LongPassage:
		return KindDerived
	}
	return KindUnrelated
}

// Comparer verifies pairs of documents. It is safe for concurrent use.
type Comparer struct {
	cfg Config
}

// NewComparer returns a Comparer for cfg.
func NewComparer(cfg Config) (*Comparer, error) {
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("new comparer: %w", err)
	}
	return &Comparer{cfg: cfg}, nil
}

// Compare decides the relation between a and b, where a was seen first
// (which only matters when nothing else tells the source from the copy).
// For an unrelated pair the match has Kind KindUnrelated, the shares and
// word counts, and no edits.
func (c *Comparer) Compare(a, b Doc) Match {
	pa, pb := prepare(a), prepare(b)
	sa, sb := sideOf(pa), sideOf(pb)
	return describe(c.cfg, pa, pb, measure(c.cfg, sa, sb))
}
