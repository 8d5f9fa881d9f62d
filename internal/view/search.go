package view

import (
	"context"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/store"
)

// SearchHit is one result of a search over the stored articles.
type SearchHit struct {
	ID        string       `json:"id"`
	Title     string       `json:"title"`
	Outlet    string       `json:"outlet"`
	Published article.Date `json:"published"`
	URL       string       `json:"url,omitempty"`
	// Snippet is a passage of the article with the matches marked with
	// "**" on both sides.
	Snippet string  `json:"snippet"`
	Score   float64 `json:"score"`
}

// Search finds up to limit articles matching query (see store.Store.Search);
// a query with nothing to search for is store.ErrBadQuery.
func Search(ctx context.Context, st store.ArticleStore, query string, limit int) ([]SearchHit, error) {
	hits, err := st.Search(ctx, query, limit)
	if err != nil {
		return nil, err
	}
	out := make([]SearchHit, len(hits))
	for i, h := range hits {
		out[i] = SearchHit{ID: h.Article.ID, Title: h.Article.Title, Outlet: h.Article.Outlet,
			Published: h.Article.Published, URL: h.Article.URL, Snippet: h.Snippet, Score: h.Score}
	}
	return out, nil
}
