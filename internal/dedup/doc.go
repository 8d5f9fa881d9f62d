// Package dedup finds copies between news articles: exact and near
// duplicates, articles derived wholly or partly from another one, and
// revisions of one article by its own outlet.
//
// It works in three steps. Sign turns a document into a Signature (exact
// hashes of the normalised text and paragraphs, a MinHash sketch over word
// shingles and winnowed shingle fingerprints called marks). An Index finds,
// in sub-linear time, the earlier documents that share LSH bands or marks
// with a new one. Compare verifies a candidate pair by aligning the two texts
// word by word, and decides the kind of copy, the likely source and the edits
// the copier made.
//
// Detector runs the three steps online, one document at a time; CheckAll
// runs them in parallel for a batch of new documents against an index of
// earlier ones, with the same results as the Detector; Batch runs them in
// parallel over a whole corpus held in memory. The package depends on no other
// package of the project: callers convert their articles to Doc.
package dedup

import (
	"strings"
	"time"
)

// ParagraphSeparator joins the paragraphs of a Doc into the text that all
// byte offsets reported by this package refer to.
const ParagraphSeparator = "\n\n"

// Doc is one article as copy detection sees it.
type Doc struct {
	// ID identifies the document; it is reported back in matches.
	ID string
	// Outlet names the publisher; with URL it tells revisions from copies.
	Outlet string
	// URL is where the document was published (canonicalised internally).
	URL string
	// Published is the publication time; the zero time means unknown.
	Published time.Time
	// Paragraphs hold the body text, one paragraph per element.
	Paragraphs []string
}

// Text returns the paragraphs joined by ParagraphSeparator.
func (d Doc) Text() string {
	return strings.Join(d.Paragraphs, ParagraphSeparator)
}
