package extract

import (
	"github.com/RadhiFadlillah/whatlanggo"
	"github.com/parallax-news/parallax/internal/extract/internal/trafilatura"
	"golang.org/x/net/html"
)

// fallback gives the metadata that trafilatura finds in a page's structure
// (a byline, a heading, categories in links) and the language of its main
// text, computed on first use: most pages declare what Parallax needs in
// meta tags and JSON-LD, and both searches cost as much as a third of the
// extraction.
type fallback struct {
	doc  *html.Node
	opts trafilatura.Options
	text string                    // the main text, for language detection
	want trafilatura.MetadataField // the fields to search the page for

	meta     *trafilatura.Metadata
	lang     string
	langDone bool
}

// metadata returns trafilatura's metadata of the page, with the fields it
// finds only by searching the page (title, author, site name, categories)
// filled only when they are in f.want.
func (f *fallback) metadata() trafilatura.Metadata {
	if f.meta == nil {
		m := trafilatura.ExtractMetadata(f.doc, f.opts, f.want)
		f.meta = &m
	}
	return *f.meta
}

// language returns the language detected in the main text or, when
// detection finds none, the one trafilatura's metadata declares: what
// upstream trafilatura reports as the page's language.
func (f *fallback) language() string {
	if !f.langDone {
		f.langDone = true
		f.lang = whatlanggo.DetectLang(f.text).Iso6391()
		if f.lang == "" {
			f.lang = f.metadata().Language
		}
	}
	return f.lang
}
