package store

import (
	"context"
	"encoding/json"
	"time"

	"github.com/parallax-news/parallax/internal/article"
)

// CopyLink is a copy relation between two stored articles, as found by copy
// detection.
type CopyLink struct {
	Source string  `json:"source"`
	Copy   string  `json:"copy"`
	Kind   string  `json:"kind"`
	Share  float64 `json:"share"`
	// Detail is the detector's full finding (edits, shared passages), as
	// JSON.
	Detail json.RawMessage `json:"detail"`
	// Found is when the relation was found; CheckedBy the article whose
	// check found it.
	Found     time.Time `json:"found"`
	CheckedBy string    `json:"checked_by"`
}

// CopyCheck is what checking one article for copies produced: its index
// keys and the relations found.
type CopyCheck struct {
	ArticleID   string
	ContentHash string
	Keys        []uint64
	Links       []CopyLink
}

// CopyStore keeps what copy detection needs between runs: an inverted index
// from signature keys to articles, which article revisions have been
// checked, and the relations found.
type CopyStore interface {
	// Unchecked returns up to limit articles whose current text has not
	// been checked for copies, oldest published first (undated last, in
	// the order they were added).
	Unchecked(ctx context.Context, limit int) ([]*article.Article, error)
	// CountUnchecked returns how many articles Unchecked would return
	// without a limit.
	CountUnchecked(ctx context.Context) (int, error)
	// CopyPostings returns, for each key, the ids of checked articles that
	// have it in the order they were checked: at most limit+1 per key.
	CopyPostings(ctx context.Context, keys []uint64, limit int) (map[uint64][]string, error)
	// SaveCopyChecks records checks in one transaction: each article's
	// keys replace those of its earlier revisions, its links replace the
	// ones its earlier check found, and it is marked checked. Keys are
	// stored as given: a caller that only ever reads the first n checks of
	// a key leaves out the keys that already have n.
	SaveCopyChecks(ctx context.Context, checks []CopyCheck) error
	// CopyLinks returns the relations involving an article, or all of them
	// when id is "", most shared first.
	CopyLinks(ctx context.Context, id string) ([]CopyLink, error)
	// CopiesOf returns the relations in which one of the given articles is
	// the copy, without their Detail: what grouping into stories needs.
	CopiesOf(ctx context.Context, copyIDs []string) ([]CopyLink, error)
}
