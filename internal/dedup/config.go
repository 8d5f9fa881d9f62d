package dedup

import "fmt"

// Config holds the parameters of signatures, candidate search, alignment and
// the decision. DefaultConfig explains how each default was chosen.
type Config struct {
	// MinHashes is the number of MinHash values per signature.
	MinHashes int
	// Bands is the number of LSH bands; MinHashes must be a multiple of it.
	Bands int
	// ShingleWords is the shingle length, in words, of the MinHash sketch.
	ShingleWords int
	// MarkWords is the shingle length of the winnowed fingerprints (marks).
	MarkWords int
	// MarkWindow is the winnowing window: any shared run of
	// MarkWords+MarkWindow-1 words yields at least one shared mark.
	MarkWindow int
	// MinParagraphWords is the shortest paragraph that gets an exact hash.
	MinParagraphWords int

	// MinMarks is how many marks (or paragraph hashes) two documents must
	// share to become a candidate pair when they share no LSH band.
	MinMarks int
	// MaxPostings drops marks and paragraph hashes shared by more documents
	// than this from candidate search: such keys are boilerplate, not
	// copying. A text hash or LSH band shared by more documents (a wire
	// story run by many outlets) links each document only to the first
	// StarLinks documents that had it.
	MaxPostings int
	// StarLinks is how many of the first documents with a common text hash
	// or band each later one is checked against.
	StarLinks int
	// MaxCandidates caps the candidates verified per document, best first.
	MaxCandidates int

	// SeedWords is the shortest exact run of words that alignment uses.
	SeedWords int
	// MaxGap is the largest gap, in words on either side, bridged inside a
	// passage (a synonym swap or small edit).
	MaxGap int
	// MinPassageWords is the fewest matched words of a passage that counts
	// as copied; shorter shared runs are set phrases and common quotes.
	MinPassageWords int

	// NearDuplicate is the share of both documents above which the pair is
	// a near-duplicate.
	NearDuplicate float64
	// Derived is the share of the smaller document above which the pair is
	// derived.
	Derived float64
	// MinSharedWords is the fewest copied words for any copy decision.
	MinSharedWords int
	// LongPassage, when positive, is the matched words of one passage that
	// make a pair derived whatever its share: a single copied paragraph
	// inside a long article. It is off by default: at 80 words over the
	// 37,554 ABP articles it adds 3,310 pairs, 3,145 of them passages that
	// one outlet repeats in its own articles and most others long quotes
	// (a statement, a tweet) that two outlets both print.
	LongPassage int
	// Wholly is the share of the copy above which it is wholly derived.
	Wholly float64
	// MaxLeadWords is the longest unshared lead that counts as a phrase
	// inserted at the start of a copy when telling source from copy.
	MaxLeadWords int
	// MaxEditWords clips each reported inserted or removed passage to this
	// many words (0: no clipping).
	MaxEditWords int
}

// DefaultConfig returns the parameters used by the project.
//
// The signature parameters follow the usual choices for news near-duplicate
// search: 128 MinHash values (one-permutation hashing) in 32 bands of 4 rows
// put the LSH threshold near Jaccard (1/32)^(1/4) ≈ 0.42 on 3-word
// shingles; marks are 5-word
// shingles winnowed with a window of 10 (about one mark per 5.5 words, a
// guaranteed shared mark for any 14-word shared run). The decision thresholds
// are round numbers set from the meaning of the kinds, not fitted to an
// evaluation set: a derived copy takes at least a fifth of the smaller text
// and at least 40 words in passages of at least 10 matched words (longer
// than a set phrase or a short quote), a near-duplicate shares 80% of both
// texts, and a copy is wholly derived when 80% of it comes from the source.
func DefaultConfig() Config {
	return Config{
		MinHashes:         128,
		Bands:             32,
		ShingleWords:      3,
		MarkWords:         5,
		MarkWindow:        10,
		MinParagraphWords: 8,
		MinMarks:          3,
		MaxPostings:       64,
		StarLinks:         4,
		MaxCandidates:     64,
		SeedWords:         3,
		MaxGap:            4,
		MinPassageWords:   10,
		NearDuplicate:     0.8,
		Derived:           0.2,
		MinSharedWords:    40,
		Wholly:            0.8,
		MaxLeadWords:      20,
		MaxEditWords:      60,
	}
}

// Validate reports the first parameter that cannot work.
func (c Config) Validate() error {
	switch {
	case c.MinHashes < 1 || c.Bands < 1 || c.MinHashes%c.Bands != 0:
		return fmt.Errorf("dedup: config: MinHashes %d must be a positive multiple of Bands %d", c.MinHashes, c.Bands)
	case c.ShingleWords < 1 || c.MarkWords < 1 || c.MarkWindow < 1:
		return fmt.Errorf("dedup: config: ShingleWords, MarkWords and MarkWindow must be positive")
	case c.SeedWords < 1:
		return fmt.Errorf("dedup: config: SeedWords must be positive")
	case c.MaxGap < 0 || c.MinPassageWords < 0 || c.MinSharedWords < 0:
		return fmt.Errorf("dedup: config: MaxGap, MinPassageWords and MinSharedWords must not be negative")
	case c.MaxPostings < 2 || c.StarLinks < 0 || c.StarLinks > c.MaxPostings:
		return fmt.Errorf("dedup: config: MaxPostings %d must be at least 2 and StarLinks %d in [0, MaxPostings]", c.MaxPostings, c.StarLinks)
	}
	return nil
}
