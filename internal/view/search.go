package view

import (
	"context"
	"strings"
	"unicode"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/clean"
	"github.com/parallax-news/parallax/internal/store"
)

// SearchHit is one result of a search over the stored articles.
type SearchHit struct {
	ID        string       `json:"id"`
	Title     string       `json:"title"`
	Outlet    string       `json:"outlet"`
	Published article.Date `json:"published"`
	URL       string       `json:"url,omitempty"`
	// Snippet is a passage of the article's text (page furniture left
	// out) with the matches marked with "**" on both sides.
	Snippet string  `json:"snippet"`
	Score   float64 `json:"score"`
}

// Search finds up to limit articles matching query (see store.Store.Search);
// a query with nothing to search for is store.ErrBadQuery. Snippets are
// taken from the text that cleaning keeps (rd): a snippet the index took
// from page furniture is replaced by one from the article's text.
func Search(ctx context.Context, st store.ArticleStore, rd *clean.Reader, query string, limit int) ([]SearchHit, error) {
	hits, err := st.Search(ctx, query, limit)
	if err != nil {
		return nil, err
	}
	out := make([]SearchHit, len(hits))
	for i, h := range hits {
		snippet := h.Snippet
		v, err := rd.View(ctx, h.Article)
		if err != nil {
			return nil, err
		}
		if v.Furniture() {
			snippet = keptSnippet(h.Snippet, v.Kept())
		}
		out[i] = SearchHit{ID: h.Article.ID, Title: h.Article.Title, Outlet: h.Article.Outlet,
			Published: h.Article.Published, URL: h.Article.URL, Snippet: snippet, Score: h.Score}
	}
	return out, nil
}

// snippetWords is about how many words a snippet has.
const snippetWords = 16

// keptSnippet returns the index's snippet when its text is in the kept
// paragraphs, else a snippet of the kept text around the first word the
// index marked (or its start), marked the same way.
func keptSnippet(snippet string, kept []string) string {
	plain := strings.Join(strings.Fields(strings.Trim(strings.ReplaceAll(snippet, "**", ""), "… ")), " ")
	text := strings.Join(strings.Fields(strings.Join(kept, " ")), " ")
	if plain != "" && strings.Contains(text, plain) {
		return snippet
	}
	marked := map[string]bool{}
	for i, part := range strings.Split(snippet, "**") {
		if i%2 == 1 {
			marked[strings.ToLower(part)] = true
		}
	}
	words := strings.Fields(text)
	if len(words) == 0 {
		return ""
	}
	first := -1
	for i, w := range words {
		if marked[bare(w)] {
			first = i
			break
		}
	}
	lo := max(0, first-snippetWords/4)
	hi := min(len(words), lo+snippetWords)
	var b strings.Builder
	if lo > 0 {
		b.WriteString("…")
	}
	for i, w := range words[lo:hi] {
		if i > 0 {
			b.WriteByte(' ')
		}
		core := strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if core == "" || !marked[strings.ToLower(core)] {
			b.WriteString(w)
			continue
		}
		at := strings.Index(w, core)
		b.WriteString(w[:at] + "**" + core + "**" + w[at+len(core):])
	}
	if hi < len(words) {
		b.WriteString("…")
	}
	return b.String()
}

// bare lower-cases a word without the punctuation around it.
func bare(w string) string {
	return strings.ToLower(strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }))
}
