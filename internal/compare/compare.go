package compare

import (
	"context"
	"errors"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/nlp"
)

// Compare compares how the articles tell one story. It is deterministic:
// the same articles in the same order give the same Report. ctx is
// checked between steps.
func Compare(ctx context.Context, arts []*article.Article, an *nlp.Analyzer) (*Report, error) {
	return CompareAnalyzed(ctx, arts, nil, an)
}

// CompareAnalyzed is Compare for articles some of which were analysed
// already: analyses[i], when present and not nil, is an.Analyze of
// arts[i] (analysis is deterministic, so the report is the same) and is
// not recomputed.
func CompareAnalyzed(ctx context.Context, arts []*article.Article, analyses []*nlp.Analysis, an *nlp.Analyzer) (*Report, error) {
	if len(arts) == 0 {
		return nil, errors.New("compare: no articles")
	}
	if an == nil {
		return nil, errors.New("compare: no analyzer")
	}
	docs, ents := prepare(arts, analyses, an)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	order := publishedOrder(docs)
	cps, err := copies(ctx, docs, order)
	if err != nil {
		return nil, err
	}
	r := &Report{Articles: make([]Article, len(docs))}
	for i, d := range docs {
		r.Articles[i] = Article{ID: d.art.ID, Outlet: d.label, Title: d.art.Title, Published: d.art.Published,
			Source: d.art.Source.Location, Words: d.art.Words()}
	}
	r.SameStory, r.Story = sameStory(docs, order, cps)
	r.Facts = facts(docs)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	r.Quotes = quoteGroups(docs, ents)
	r.Names = names(docs, ents, an.Naming(docs[0].an.Lang))
	r.Terms = terms(docs)
	r.Numbers = quantities(docs)
	r.Copies = append(cps, sharedQuotes(docs, order, cps, r.Quotes)...)
	r.Timeline = timeline(docs, order)
	nonNilSlices(r)
	return r, nil
}

// nonNilSlices makes empty lists print as [] rather than null.
func nonNilSlices(r *Report) {
	if r.Facts == nil {
		r.Facts = []Fact{}
	}
	if r.Quotes == nil {
		r.Quotes = []QuoteGroup{}
	}
	if r.Names == nil {
		r.Names = []Name{}
	}
	if r.Numbers == nil {
		r.Numbers = []Quantity{}
	}
}
