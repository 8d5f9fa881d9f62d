package store

import (
	"context"
	"fmt"
	"time"

	"github.com/parallax-news/parallax/internal/article"
)

// Story is a stored story: the articles that report one event.
type Story struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	// First and Last are the first and last article times; zero (JSON
	// null) when no article is dated.
	First    OptionalTime `json:"first"`
	Last     OptionalTime `json:"last"`
	Outlets  []string     `json:"outlets"`
	Articles int          `json:"articles"`
	// Entities and Terms are the story's main names and content words.
	Entities []string `json:"entities"`
	Terms    []string `json:"terms"`
	// Storyline is the id of the storyline the event belongs to, with the
	// storyline's title and number of events (when read back).
	Storyline        string    `json:"storyline"`
	StorylineTitle   string    `json:"storyline_title,omitempty"`
	StorylineStories int       `json:"storyline_stories,omitempty"`
	Updated          time.Time `json:"updated"`
}

// Storyline is a stored storyline: a thread of related events over weeks
// or months.
type Storyline struct {
	ID string `json:"id"`
	// Title is the title of its most covered event.
	Title string `json:"title"`
	// First and Last span its dated articles; zero (JSON null) when none is
	// dated.
	First OptionalTime `json:"first"`
	Last  OptionalTime `json:"last"`
	// Stories counts its events and Articles their articles.
	Stories  int      `json:"stories"`
	Articles int      `json:"articles"`
	Outlets  []string `json:"outlets"`
	// Entities and Terms are its main names and content words.
	Entities []string  `json:"entities"`
	Terms    []string  `json:"terms"`
	Updated  time.Time `json:"updated"`
}

// Assignment records why an article joined its story: the score and its
// main parts.
type Assignment struct {
	Article  string             `json:"article"`
	Story    string             `json:"story"`
	New      bool               `json:"new"`
	Score    float64            `json:"score"`
	Parts    map[string]float64 `json:"parts,omitempty"`
	TopTerms []string           `json:"top_terms,omitempty"`
}

// StoryMerge records that story (or storyline) From turned out to be Into.
type StoryMerge struct {
	From  string    `json:"from"`
	Into  string    `json:"into"`
	Score float64   `json:"score"`
	At    time.Time `json:"at"`
}

// StorySplit records that Articles left story From for the new story Into.
type StorySplit struct {
	From     string    `json:"from"`
	Into     string    `json:"into"`
	Articles []string  `json:"articles"`
	Score    float64   `json:"score"`
	At       time.Time `json:"at"`
}

// StoryRepair is one merge or split of stories.
type StoryRepair struct {
	Merge *StoryMerge `json:"merge,omitempty"`
	Split *StorySplit `json:"split,omitempty"`
}

// StoryUpdate is what one clustering step changed.
type StoryUpdate struct {
	// Assignments are the articles assigned in the step, each to the
	// story it joined or started.
	Assignments []Assignment
	// Repairs are the merges and splits made in the step, in order; they
	// apply after the assignments.
	Repairs []StoryRepair
	// Stories are the summaries of the stories that changed.
	Stories []Story
	// Storylines are the summaries of the storylines that changed, and
	// StorylineMerges the storylines merged away.
	Storylines      []Storyline
	StorylineMerges []StoryMerge
	// State is the clusterer's state after the step.
	State []byte
	// LaterState, when not nil and State is nil, gives the state after
	// the step instead: SaveStories calls it once, after it wrote the
	// step's other rows and before it commits, so that the clusterer can
	// draw the state up while those rows are written. When it fails,
	// SaveStories saves nothing of the step and returns its error.
	LaterState func() ([]byte, error)
	// Version is the stories' version that the step started from (what
	// StoryState returned, or StoryVersion after the last step saved): the
	// step is saved only if no other was saved since.
	Version int64
}

// StateBytes returns u's state: State, or when that is nil and
// LaterState is set, what LaterState gives (see LaterState). A store
// calls it once per save, after it wrote the step's other rows.
func (u StoryUpdate) StateBytes() ([]byte, error) {
	if u.State != nil || u.LaterState == nil {
		return u.State, nil
	}
	b, err := u.LaterState()
	if err != nil {
		return nil, fmt.Errorf("story state: %w", err)
	}
	return b, nil
}

// StoryIDs returns the ids of u's stories, in order (never nil).
func (u StoryUpdate) StoryIDs() []string {
	ids := make([]string, len(u.Stories))
	for i, st := range u.Stories {
		ids[i] = st.ID
	}
	return ids
}

// StorylineIDs returns the ids of u's storylines, in order (never nil).
func (u StoryUpdate) StorylineIDs() []string {
	ids := make([]string, len(u.Storylines))
	for i, l := range u.Storylines {
		ids[i] = l.ID
	}
	return ids
}

// StoryState is the clusterer's saved state and the stories' version it
// belongs to.
type StoryState struct {
	// Data is the state, nil when none was saved.
	Data []byte
	// Version is StoryVersion when the state was read.
	Version int64
}

// StoryQuery filters and orders a listing of stories. Zero values do not
// filter.
type StoryQuery struct {
	Outlet string
	// Entity matches a story's main entities (case-insensitive, part of
	// a name).
	Entity string
	// Text is a full-text query over the stories' articles (as Search).
	Text         string
	Since, Until time.Time
	// Storyline keeps the events of one storyline (an exact id).
	Storyline string
	// Covered orders by the number of outlets, then articles; otherwise
	// newest first.
	Covered       bool
	Limit, Offset int
}

// StorylineQuery filters and orders a listing of storylines. Zero values
// do not filter.
type StorylineQuery struct {
	// Entity matches a storyline's main entities (part of a name).
	Entity       string
	Since, Until time.Time
	// Covered orders by the number of events, then articles; otherwise
	// newest first.
	Covered       bool
	Limit, Offset int
}

// Grouping is where an article stands: its story (event) and the story's
// storyline; empty when it has not been grouped yet.
type Grouping struct {
	Story     string `json:"story"`
	Storyline string `json:"storyline"`
}

// QueueMark is a position in the queue of unassigned articles: the
// queue's order key (the time an article is clustered at, then its row)
// of the last article a batch took. The zero mark is the head.
type QueueMark struct {
	At, Article int64
	// Set reports that the mark is past the head.
	Set bool
}

// UnassignedReader is a StoryStore that also reads unassigned articles
// from a position of the queue, so that the next batch can be read while
// the one before is still being clustered and saved (its articles are
// still queued then).
type UnassignedReader interface {
	// UnassignedAfter returns what Unassigned returns, from the articles
	// queued after mark (all when mark is zero), and the mark of the last
	// queued article it took (mark itself when it took none).
	UnassignedAfter(ctx context.Context, limit int, mark QueueMark) ([]*article.Article, QueueMark, error)
}

// StoryStore keeps stories.
type StoryStore interface {
	// Unassigned returns up to limit articles that have no story yet and
	// whose current text has been checked for copies (a copy joins the
	// story of its source, so clustering waits for copy detection), in
	// the order clustering takes them: by publication time, an undated
	// article at the time it was added.
	Unassigned(ctx context.Context, limit int) ([]*article.Article, error)
	// CountUnassigned counts the articles Unassigned would return without
	// a limit.
	CountUnassigned(ctx context.Context) (int, error)
	// StoryState returns the clusterer's saved state with the stories'
	// version, read together.
	StoryState(ctx context.Context) (StoryState, error)
	// SaveStories records one clustering step in one transaction: the
	// assignments, then the repairs in order (the articles of a merged
	// story move to the story it merged into; a split moves the articles
	// it names), the summaries and the state; and raises the stories'
	// version by one. It compares and swaps: when the version is no
	// longer u.Version (another clusterer saved a step since this one read
	// the state) it saves nothing and fails with ErrConflict.
	SaveStories(ctx context.Context, u StoryUpdate) error
	// Stories lists stories.
	Stories(ctx context.Context, q StoryQuery) ([]Story, error)
	// Story returns one story by id or unique prefix, following merges,
	// with its assignments in the order the articles joined.
	Story(ctx context.Context, id string) (Story, []Assignment, error)
	// Storylines lists storylines.
	Storylines(ctx context.Context, q StorylineQuery) ([]Storyline, error)
	// Storyline returns one storyline by id or unique prefix, following
	// merges, with its stories in the order of their first articles
	// (undated last).
	Storyline(ctx context.Context, id string) (Storyline, []Story, error)
	// StoryVersion returns a number that changes whenever SaveStories
	// commits, in this process or another: a cheap test of whether
	// anything read before may be stale.
	StoryVersion(ctx context.Context) (int64, error)
	// StoryOf returns the story an article belongs to; ErrNotFound when it
	// has none yet.
	StoryOf(ctx context.Context, articleID string) (string, error)
	// Groupings returns the story and storyline of each of the given
	// articles that has one.
	Groupings(ctx context.Context, articleIDs []string) (map[string]Grouping, error)
}

// OptionalTime is a time that may be unknown: the zero time, which JSON
// writes as null (and reads back from null), as article.Date does for an
// unknown publication date. A known time is written as RFC 3339.
type OptionalTime struct{ time.Time }

// OptionalTimeOf returns t as an OptionalTime (unknown when t is zero).
func OptionalTimeOf(t time.Time) OptionalTime { return OptionalTime{t} }

// MarshalJSON writes the time as RFC 3339, or null when it is zero.
func (t OptionalTime) MarshalJSON() ([]byte, error) {
	if t.IsZero() {
		return []byte("null"), nil
	}
	return t.Time.MarshalJSON()
}
