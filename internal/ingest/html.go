package ingest

import (
	"bytes"
	"context"
	"fmt"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/extract"
)

// readHTML extracts the main text and metadata of an HTML page.
func readHTML(ctx context.Context, name string, data []byte, opt Options) Item {
	doc, err := extract.HTML(ctx, bytes.NewReader(data), extract.Options{MaxBytes: opt.maxSize()})
	if err != nil {
		return Item{Input: name, Err: fmt.Errorf("html: %w", err)}
	}
	return finish(name, string(HTML), FromDocument(doc), nil, opt)
}

// FromDocument turns an extracted HTML document into an article, before
// Finish.
func FromDocument(doc *extract.Document) *article.Article {
	a := &article.Article{
		Title:      doc.Title,
		Authors:    doc.Authors,
		URL:        doc.Canonical,
		Outlet:     doc.SiteName,
		Language:   doc.Language,
		Excerpt:    doc.Description,
		Image:      doc.Image,
		Categories: doc.Categories,
		Paragraphs: doc.Paragraphs,
	}
	if !doc.Published.IsZero() {
		a.Published = article.Date{Time: doc.Published, Precision: article.Zoned}
		if !doc.HasZone {
			a.Published.Precision = article.Local
			if h, m, s := doc.Published.Clock(); h == 0 && m == 0 && s == 0 {
				a.Published.Precision = article.Day
			}
		}
	}
	return a
}
