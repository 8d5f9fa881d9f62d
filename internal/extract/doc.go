// Package extract turns one HTML page into its main text and metadata.
//
// The page is read with a size limit, its character set is detected (byte
// order mark, then <meta charset> or http-equiv, then sniffing) and it is
// transcoded to UTF-8 and parsed once with golang.org/x/net/html. The main
// text comes from go-trafilatura run on that parsed tree (the extractor was
// chosen by measurement, see internal/eval/extracteval); the metadata comes
// from meta tags, JSON-LD and link elements, with trafilatura's own metadata
// filling the gaps.
package extract

import "time"

// Document is what extraction found in one HTML page.
type Document struct {
	// Title is the article's headline.
	Title string
	// Authors lists the article's authors, without duplicates.
	Authors []string
	// Published is the publication time; zero when unknown. It keeps the
	// zone when the page gives one.
	Published time.Time
	// HasZone is true when Published carried an explicit offset or zone.
	HasZone bool
	// Canonical is the absolute canonical URL (link rel=canonical, og:url,
	// JSON-LD url), or Options.URL when the page names none.
	Canonical string
	// SiteName is the outlet's name (og:site_name, JSON-LD publisher, ...).
	SiteName string
	// Language is the page's language, ISO 639-1 lower case when known.
	Language string
	// Description is the page's summary (og:description, meta description).
	Description string
	// Image is the absolute URL of the page's lead image.
	Image string
	// Categories holds sections and clear topic tags (article:section,
	// JSON-LD articleSection, the kind of piece its JSON-LD type or genre
	// says, "Opinion" for an OpinionNewsArticle, article:tag,
	// news_keywords).
	Categories []string
	// Paragraphs is the main text, one entry per paragraph, plain text with
	// whitespace normalised.
	Paragraphs []string
}

// Options tune extraction.
type Options struct {
	// URL is the page's own URL if known, for resolving relative links and
	// as the fallback canonical URL.
	URL string
	// MaxBytes refuses larger input; 0 means DefaultMaxBytes.
	MaxBytes int64
}

// DefaultMaxBytes is the input limit used when Options.MaxBytes is 0.
const DefaultMaxBytes int64 = 20 << 20

// maxBytes returns the effective input limit.
func (o Options) maxBytes() int64 {
	if o.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return o.MaxBytes
}
