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
// keys and the relations found, and the cleaned view of the article it
// computed.
type CopyCheck struct {
	ArticleID   string
	ContentHash string
	Keys        []uint64
	Links       []CopyLink
	// CleanView is the article's cleaned view as clean.Reader.Encode gives
	// it, kept for a later step to take (CleanViews) instead of cleaning
	// the article again; nil keeps none (and drops one kept before).
	CleanView []byte
}

// CopyCheckRef is a saved check: its number, in the order checks were
// saved, and the text it checked.
type CopyCheckRef struct {
	Seq         int64
	ContentHash string
}

// MaxCopyPostings is the most checks a CopyStore keeps under one key, the
// first ones: CopyHolders answers for limits below it. (Copy detection
// reads the first 65; a key held by more documents than that is
// boilerplate or a wire story.)
const MaxCopyPostings = 1024

// CopyHolders are the checked articles that have a key.
type CopyHolders struct {
	// N counts them, up to the limit asked for plus one.
	N int
	// IDs are the first of them, in the order they were checked: as many
	// as asked for.
	IDs []string
}

// CopyStore keeps what copy detection needs between runs: an inverted index
// from signature keys to articles, which article revisions have been
// checked, and the relations found. Its cost per article must not grow
// with the number of articles stored: taking the next unchecked articles
// reads only them, and saving checks writes in proportion to them.
type CopyStore interface {
	// Unchecked returns up to limit articles whose current text has not
	// been checked for copies, oldest published first (undated last, in
	// the order they were added).
	Unchecked(ctx context.Context, limit int) ([]*article.Article, error)
	// CountUnchecked returns how many articles Unchecked would return
	// without a limit.
	CountUnchecked(ctx context.Context) (int, error)
	// CopyHolders returns, for each of keys (in their order), how many
	// checked articles have it, counted up to limit+1 (limit is below
	// MaxCopyPostings), and the ids of the first want(key, n) of them in
	// the order they were checked (want returns at most n; nil wants them
	// all). Copy detection reads all the holders of a rare key but only the
	// first few, or none, of a common one. Callers pass many keys at once
	// (all the keys of a batch of articles, best sorted and distinct),
	// which is much cheaper than one call per article.
	CopyHolders(ctx context.Context, keys []uint64, limit int, want func(key uint64, n int) int) ([]CopyHolders, error)
	// SaveCopyChecks records checks in one transaction: each article's
	// keys replace those of its earlier revisions, its links replace the
	// ones its earlier check found, and it is marked checked (unless its
	// text changed since: ContentHash is the text that was checked). Keys
	// are stored as given: a caller that only ever reads the first n
	// checks of a key leaves out the keys that already have n.
	SaveCopyChecks(ctx context.Context, checks []CopyCheck) error
	// LastCopyCheck returns the number (seq) of the last check saved, 0
	// when none was: every check saved so far has a number up to it.
	LastCopyCheck(ctx context.Context) (int64, error)
	// CurrentCopyChecks returns the current check of each of ids that has
	// one (an earlier revision's check is replaced when the article is
	// checked again), by article id.
	CurrentCopyChecks(ctx context.Context, ids []string) (map[string]CopyCheckRef, error)
	// CopyShards returns how many shards hold the copy index (package
	// copyshard), 0 when the store holds it.
	CopyShards(ctx context.Context) (int, error)
	// SetCopyShards records how many shards hold the copy index. Callers
	// hold the copies lease and set it only while no check is saved: the
	// index cannot move.
	SetCopyShards(ctx context.Context, n int) error
	// CopyCheckArticles returns the article each of seqs checked, for the
	// checks still current, by seq.
	CopyCheckArticles(ctx context.Context, seqs []int64) (map[int64]string, error)
	// CopyLinks returns the relations involving an article, or all of them
	// when id is "", most shared first.
	CopyLinks(ctx context.Context, id string) ([]CopyLink, error)
	// CopyKinds counts the stored relations by kind.
	CopyKinds(ctx context.Context) (map[string]int, error)
	// CopiesOf returns the relations in which one of the given articles is
	// the copy, without their Detail: what grouping into stories needs.
	CopiesOf(ctx context.Context, copyIDs []string) ([]CopyLink, error)
	// CleanViews returns the cleaned views the last checks of the given
	// articles kept (CopyCheck.CleanView), by article; articles without
	// one are left out. The views are as they were saved: whether one is
	// still the view cleaning would compute is the reader's to judge
	// (clean.Memo.PutEncoded).
	CleanViews(ctx context.Context, ids []string) (map[string][]byte, error)
}
