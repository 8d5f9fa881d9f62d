package story

import "time"

// Doc is one article as the clusterer sees it.
type Doc struct {
	// ID identifies the article; it must be unique within a run.
	ID string
	// Outlet is the publisher (a domain or a name); it may be empty.
	Outlet string
	// URL is the article's address; it may be empty. Its path tells
	// opinion from news ("/opinion/").
	URL string
	// Title is the headline; it may be empty.
	Title string
	// Authors are the bylines, as the article gives them; a headline
	// that opens with its own writer's name ("KIBBE: …") is a column.
	Authors []string
	// Kind is what the article's outlet says it is (article.Kind, the one
	// classifier of it): "opinion" for a column, "analysis" for an
	// analysis, "" for a report. A piece with a kind is commentary (see
	// Marked): it joins an event as a column does, and its headline is
	// never an event's title while the event has a piece without one.
	Kind string
	// Styled reports whether the article's text reads as a commentary by
	// its voice (nlp.Voice.Commentary: the writer's first person, second
	// person, questions and argument against few attributions) though
	// nothing marks it as one. Its headline then ranks as a column's
	// (Opinion) for an event's title where its form is a report's or a
	// label's (see VoiceRanks); joins do not read it.
	Styled bool
	// Paragraphs is the body text: the paragraphs the caller gives.
	Paragraphs []string
	// Published is the publication time; it is meaningful only when HasTime.
	Published time.Time
	// HasTime reports whether Published is known. An undated article
	// joins only events whose dated articles span a few days at most, and
	// never sets an event's time.
	HasTime bool
	// Offset is the publisher's offset from UTC in seconds, when its date
	// gave a time of day with a non-zero offset
	// ("2026-03-02T21:40:00-05:00"); else 0. The days an article reports
	// on, and its publication day (an event's publication span, see
	// MaxPubSpan), are read on that clock (see Doc.localTime): an evening
	// piece from New York reports the same day as the morning's pieces
	// there, not the next UTC day. The clock is read when the article
	// joins: a saved state keeps its members' days, not the offset.
	Offset int
	// Added is when the article was stored (zero when unknown). An
	// undated article added within a few days of the latest publication
	// time seen is current news, and may join the events of those days; an
	// undated article added long after (an archive imported late) may only
	// join other undated articles.
	Added time.Time
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
	// classified is its headline's kind when WithVoice found it (see
	// headlineOf).
	classified classified
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
	// Story is the ID of the event the article joined or started.
	Story string `json:"story"`
	// New reports that the article started a new event.
	New bool `json:"new"`
	// Score is the combined similarity to the chosen event; for a new
	// event it is the best candidate's score, which fell below the
	// threshold, raised for a large event (see Config.GrowthStep); 0 when
	// there was no candidate.
	Score float64 `json:"score"`
	// Parts holds the components of Score for the best candidate: the
	// similarities "words", "entities", "numbers", "title" and "actions"
	// with the event's centroid (present when both sides have such
	// features), "members" (the mean similarity with its closest
	// articles), and the factors "time" (decay with the gap in days
	// between the day the article reports on and the event's; the
	// undated factor when either side is undated) and "years" (below 1
	// when both mention years and share none), "head" (the headline
	// gate) and, when below 1, "cross" (see Config.CrossMin). Score = the
	// blend of the centroid and member similarities × time × years ×
	// head × cross.
	Parts map[string]float64 `json:"parts,omitempty"`
	// TopTerms are the shared terms and names that contributed most.
	TopTerms []string `json:"top_terms,omitempty"`
	// Candidates is the number of events scored.
	Candidates int `json:"candidates"`
}

// Merge records that story (or storyline) From was merged into Into.
type Merge struct {
	// From is the ID that no longer exists.
	From string `json:"from"`
	// Into is the ID that absorbed it.
	Into string `json:"into"`
	// Score is the similarity that justified the merge.
	Score float64 `json:"score"`
	// At is the publication time of the latest dated article added when
	// the merge happened (Clusterer.windowAt): on a backfill, the time
	// the backfill had reached, not the latest publication time seen.
	At time.Time `json:"at"`
	// Seq is the number of articles added when the merge happened.
	Seq int64 `json:"seq"`
	// FromArticles and IntoArticles are the articles of the two events
	// just before a merge of events (empty for storylines). Stores do
	// not keep them, nor does the JSON form; they let an evaluation tell
	// which articles a merge put together (stories.Updater.MergeTrace):
	// nil unless Clusterer.RecordMergeMembers is on.
	FromArticles []string `json:"-"`
	IntoArticles []string `json:"-"`
}

// Split records that the articles Articles left event From for the new
// event Into, because the two groups did not report one happening. From
// keeps its id and its other articles.
type Split struct {
	From     string   `json:"from"`
	Into     string   `json:"into"`
	Articles []string `json:"articles"`
	// Score is the similarity of the two groups, below the split threshold.
	Score float64 `json:"score"`
	// At is the publication time of the latest dated article added when
	// the split happened, as Merge's.
	At  time.Time `json:"at"`
	Seq int64     `json:"seq"`
}

// Story is the summary of one event.
type Story struct {
	// ID is stable and deterministic: derived from the first article's ID.
	ID string `json:"id"`
	// Title is the headline of the event's most central straight-news
	// article (an opinion, question or first-person headline only when
	// there is no other).
	Title string `json:"title"`
	// TitleArticle is the article whose headline is the title.
	TitleArticle string `json:"title_article"`
	// First and Last are the earliest and latest publication times of its
	// dated articles; both are zero when no article is dated.
	First time.Time `json:"first"`
	Last  time.Time `json:"last"`
	// Day is the day the event happened, as its articles tell it (zero
	// when undated).
	Day time.Time `json:"day"`
	// Outlets are the distinct non-empty outlets, sorted.
	Outlets []string `json:"outlets"`
	// Articles are the article IDs in the order they joined.
	Articles []string `json:"articles"`
	// Entities are the main names or entities, strongest first.
	Entities []string `json:"entities"`
	// Terms are the main content words (stems), strongest first.
	Terms []string `json:"terms"`
	// Storyline is the ID of the storyline the event belongs to.
	Storyline string `json:"storyline"`
}

// Storyline is the summary of a thread of related events.
type Storyline struct {
	ID string `json:"id"`
	// Title is the title of its most covered event whose title is a
	// news headline (a report, not an opinion piece's, a question's or an
	// explainer's), of its most covered event when none is; between
	// events of as many outlets, a plain report's.
	Title string `json:"title"`
	// First and Last span its dated articles.
	First time.Time `json:"first"`
	Last  time.Time `json:"last"`
	// Stories are its events' IDs, in the order of their days.
	Stories []string `json:"stories"`
	// Articles counts the articles of its events.
	Articles int `json:"articles"`
	// Outlets are the distinct outlets of its events, sorted.
	Outlets []string `json:"outlets"`
	// Entities and Terms are its main names and words.
	Entities []string `json:"entities"`
	Terms    []string `json:"terms"`
}

// localTime returns d's publication time on the publisher's clock (see
// Doc.Offset), as a UTC time whose calendar day and weekday are the
// publisher's: what the day functions (dayOf, mentionedDays) read.
func (d Doc) localTime() time.Time {
	return d.Published.UTC().Add(time.Duration(d.Offset) * time.Second)
}
