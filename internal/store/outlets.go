package store

import (
	"context"
	"time"

	"github.com/parallax-news/parallax/internal/outlet"
)

// OutletEdit changes an outlet record, or makes one. The record becomes
// the user's: its names and domains stay its own whatever later articles
// say (see outlet.Pin).
type OutletEdit struct {
	// Ref names the outlet to change: its id, a name or alias, a domain
	// or a URL. When nothing matches, a new outlet is made (unless
	// MustExist), with ID when given, else an id from its name.
	Ref       string
	ID        string
	MustExist bool
	// Name renames the outlet (its old name stays an alias).
	Name string
	// Aliases and Domains are added (domains as outlet.DomainKey gives
	// them); the Remove lists take names and domains away.
	Aliases, Domains             []string
	RemoveAliases, RemoveDomains []string
	// Kind, Country, Language and Owner are set when not nil ("" clears).
	Kind, Country, Language, Owner *string
	// Ratings are added; each replaces the rating of the same kind,
	// section and source (whatever its provenance, except input).
	Ratings []outlet.Rating
	// RemoveRatings takes away the user's and imported ratings that match
	// (kind and section; source too unless "").
	RemoveRatings []outlet.Rating
}

// EditResult is what became of one OutletEdit.
type EditResult struct {
	Outlet outlet.Outlet
	// Created is true when the edit made a new record.
	Created bool
	// Err says why the edit was refused (nothing of it was applied).
	Err error
}

// OutletArticle is one article of an outlet.
type OutletArticle struct {
	ID      string
	Section string
	// Published is the article's publication time (zero when undated).
	Published time.Time
	// Story is the article's story, "" when it has none yet.
	Story string
}

// CopyCount counts the copy relations between one outlet's articles and
// another outlet's.
type CopyCount struct {
	// Outlet is the other outlet's id ("" for articles of no outlet).
	Outlet string `json:"outlet"`
	Copies int    `json:"copies"`
	// Share is the mean share of the copies' words taken.
	Share float64 `json:"share"`
}

// OutletStore keeps outlet records: the ways articles name their outlet
// (a name, the domains of their URL and of their input's site, and the
// ratings their input carried), which outlet each article belongs to, and
// the records and ratings users keep. Put records how each article names
// its outlet; SyncOutlets folds that into outlet records (see
// outlet.Fold).
type OutletStore interface {
	// SyncOutlets folds articles' outlet names into outlet records when
	// there is something new: a new name or site, many more articles
	// than at the last fold, or an edit. It reports whether it folded.
	SyncOutlets(ctx context.Context) (bool, error)
	// OutletVersion returns a number that changes whenever outlet
	// records, their ratings or the articles' outlets change.
	OutletVersion(ctx context.Context) (int64, error)
	// Outlets returns every outlet record, most articles first.
	Outlets(ctx context.Context) ([]outlet.Outlet, error)
	// Outlet returns one outlet record by id, name or alias, domain or
	// URL; ErrNotFound when none matches, ErrAmbiguous when a name names
	// several.
	Outlet(ctx context.Context, ref string) (outlet.Outlet, error)
	// EditOutlets applies edits in one transaction, each whole or not at
	// all, folds again, and returns for each edit the record as it now
	// is or why the edit was refused. The error is for a failure of the
	// whole.
	EditOutlets(ctx context.Context, edits []OutletEdit) ([]EditResult, error)
	// MergeOutlets makes outlet from part of outlet into: its names,
	// domains and ratings (into's own win where both have one).
	MergeOutlets(ctx context.Context, into, from string) (outlet.Outlet, error)
	// OutletRatings returns every outlet's ratings (input ratings too),
	// by outlet id.
	OutletRatings(ctx context.Context) (map[string][]outlet.Rating, error)
	// ArticleOutlets returns the outlet and section of articles, in the
	// order given; an article of no known outlet has Outlet "".
	ArticleOutlets(ctx context.Context, ids []string) ([]outlet.Member, error)
	// StoryMembers returns the articles of stories with their outlets,
	// in the order they joined; all stories when ids is nil.
	StoryMembers(ctx context.Context, ids []string) (map[string][]outlet.Member, error)
	// OutletStories returns the ids of the stories an outlet's articles
	// are in.
	OutletStories(ctx context.Context, id string) ([]string, error)
	// OutletArticles lists an outlet's articles, newest first.
	OutletArticles(ctx context.Context, id string) ([]OutletArticle, error)
	// OutletCopies counts copy relations between an outlet's articles and
	// other outlets': the copies it took from them, and those they took
	// from it; most copies first. Only relations whose direction is known
	// count (their basis is one of KnownDirectionSQL): on the others no
	// outlet can be said to have taken from the other.
	OutletCopies(ctx context.Context, id string) (taken, given []CopyCount, err error)
}

// KnownDirectionSQL lists, as SQL string literals, the copy bases that tell
// which article came first (dedup.DirectionKnown; a test keeps the two in
// step): the stores count a relation as taken or given only on these.
const KnownDirectionSQL = "'published', 'wire', 'credit', 'inserted-lead', 'embedded', 'compound'"
