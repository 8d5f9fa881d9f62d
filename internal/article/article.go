// Package article defines the Article, Parallax's unit of news, and how an
// article gets its identity: a stable id from its canonical URL when it has
// one, else from its normalised text, and a content hash that changes
// whenever what a reader sees changes.
package article

import (
	"time"
)

// Article is one news article as Parallax stores it. Text is kept as
// paragraphs of plain, whitespace-normalised text; no markup survives.
type Article struct {
	// ID is stable: derived from the canonical URL when there is one, else
	// from the normalised text (see Identify).
	ID string `json:"id"`
	// ExternalID is the identifier the input gave the article (e.g. a
	// corpus record id), kept for tracing results back to their source.
	ExternalID string `json:"external_id,omitempty"`
	Outlet     string `json:"outlet"`
	// URL is the canonical URL, empty when unknown.
	URL       string   `json:"url,omitempty"`
	Title     string   `json:"title"`
	Authors   []string `json:"authors"`
	Published Date     `json:"published"`
	// DateSource says where Published came from when the input did not
	// give it: DateFromURL or DateFromText (see InferDate); empty when the
	// input gave the date, or when there is none.
	DateSource string   `json:"date_source,omitempty"`
	Language   string   `json:"language,omitempty"`
	Categories []string `json:"categories,omitempty"`
	Tags       []string `json:"tags,omitempty"`
	Excerpt    string   `json:"excerpt,omitempty"`
	Image      string   `json:"image,omitempty"`
	Paragraphs []string `json:"paragraphs"`
	// WireCredits names the news agencies the article credits in lines a
	// cleaned copy blanks out (a credit line "The Associated Press
	// contributed to this report."): set on such a copy by who cleaned it
	// (compare.WireCredits of the uncleaned article), never stored.
	WireCredits []string `json:"-"`
	// Source says where the article was read from.
	Source Source `json:"source"`
	// Added is when the article (its first revision) was first stored.
	Added time.Time `json:"added"`
	// Updated is when the current revision was stored.
	Updated time.Time `json:"updated"`
	// ContentHash is the hex SHA-256 of the normalised title and text.
	ContentHash string `json:"content_hash"`
	// Revision counts the versions of this article seen so far, from 1.
	Revision int `json:"revision"`
	// OutletInput is what the input said of the outlet besides its name,
	// nil when nothing.
	OutletInput *OutletInput `json:"outlet_input,omitempty"`
}

// OutletInput is what an article's input said about its outlet besides
// its name: the address of the outlet's site and ratings of the outlet.
// Parallax links the article to its outlet by the site when its URL does
// not, and keeps the ratings with provenance "input".
type OutletInput struct {
	// Site is the outlet's address (a host or URL).
	Site string `json:"site,omitempty"`
	// Lean is a lean label (left … right) or a number on -1..+1.
	Lean string `json:"lean,omitempty"`
	// LeanRaw is a lean number on the input's own scale, as given.
	LeanRaw    string `json:"lean_raw,omitempty"`
	Factuality string `json:"factuality,omitempty"`
	// Field names the input field the lean came from ("bias").
	Field string `json:"field,omitempty"`
}

// Source records where an article came from.
type Source struct {
	// Location is a file path (with ":LINE" for a record of a JSON Lines
	// file), "-" for standard input, or a URL.
	Location string `json:"location"`
	// Format is the reader that produced the article: text, markdown,
	// html, jsonl, warc or feed.
	Format string `json:"format"`
}

// Text returns the paragraphs joined by blank lines.
func (a *Article) Text() string {
	return JoinParagraphs(a.Paragraphs)
}

// Words returns an approximate count of the words of the article's text.
func (a *Article) Words() int {
	n := 0
	for _, p := range a.Paragraphs {
		n += countWords(p)
	}
	return n
}

func countWords(s string) int {
	n, in := 0, false
	for _, r := range s {
		space := r == ' ' || r == '\t' || r == '\n'
		if !space && !in {
			n++
		}
		in = !space
	}
	return n
}
