package story

import "time"

// Doc is one article as the clusterer sees it.
type Doc struct {
	// ID identifies the article; it must be unique within a run.
	ID string
	// Outlet is the publisher (a domain or a name); it may be empty.
	Outlet string
	// Title is the headline; it may be empty.
	Title string
	// Paragraphs is the body text.
	Paragraphs []string
	// Published is the publication time; it is meaningful only when HasTime.
	Published time.Time
	// HasTime reports whether Published is known.
	HasTime bool
	// Entities are optional canonical entities from the analysis stage.
	// When present they replace the names the default extractor derives
	// from capitalised words.
	Entities []Entity
	// CopyOf is the ID of an article this one copies (from copy
	// detection), and SourceStory that article's story when the caller
	// knows it. A copy joins the story of its source when that story is
	// still active, whatever its text scores: a wire story and its
	// reprints are one story.
	CopyOf      string
	SourceStory string
}

// Entity is a named entity mentioned by an article, as the analysis stage
// provides it.
type Entity struct {
	// Key is the canonical, cross-article identifier of the entity.
	Key string
	// Type is person, org, place or other.
	Type string
	// Count is the number of mentions in the article.
	Count int
}

// Decision explains how one article was assigned.
type Decision struct {
	// Article is the ID of the article.
	Article string `json:"article"`
	// Story is the ID of the story the article joined or started.
	Story string `json:"story"`
	// New reports that the article started a new story.
	New bool `json:"new"`
	// Score is the combined similarity to the chosen story; for a new
	// story it is the best candidate's score, which fell below the
	// threshold (0 when there was no candidate).
	Score float64 `json:"score"`
	// Parts holds the components of Score for the best candidate: the
	// cosine similarities "words", "entities", "numbers" and "title"
	// (present when both sides have such features), and the factors
	// "time" (decay with the gap in days; 1 when either side is undated)
	// and "years" (below 1 when both mention years and share none).
	// Score = weighted mean of the similarities × time × years.
	Parts map[string]float64 `json:"parts,omitempty"`
	// TopTerms are the shared terms and names that contributed most.
	TopTerms []string `json:"top_terms,omitempty"`
	// Candidates is the number of stories scored.
	Candidates int `json:"candidates"`
}

// Merge records that story From was merged into story Into.
type Merge struct {
	// From is the ID of the story that no longer exists.
	From string `json:"from"`
	// Into is the ID of the story that absorbed it.
	Into string `json:"into"`
	// Score is the centroid similarity that justified the merge.
	Score float64 `json:"score"`
	// At is the clusterer's clock (latest published time seen) at the merge.
	At time.Time `json:"at"`
	// Seq is the number of articles added when the merge happened.
	Seq int64 `json:"seq"`
}

// Story is the summary of one story.
type Story struct {
	// ID is stable and deterministic: derived from the first article's ID.
	ID string `json:"id"`
	// Title is the representative title: the one closest to the story's
	// title centroid when it was added.
	Title string `json:"title"`
	// First and Last are the earliest and latest publication times of its
	// dated articles; both are zero when no article is dated.
	First time.Time `json:"first"`
	Last  time.Time `json:"last"`
	// Outlets are the distinct non-empty outlets, sorted.
	Outlets []string `json:"outlets"`
	// Articles are the article IDs in the order they joined.
	Articles []string `json:"articles"`
	// Entities are the main names or entities, strongest first.
	Entities []string `json:"entities"`
	// Terms are the main content words (stems), strongest first.
	Terms []string `json:"terms"`
}
