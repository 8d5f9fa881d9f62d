package ingest

import (
	"context"
	"fmt"
	"testing"

	"github.com/parallax-news/parallax/internal/article"
)

// genrePage is an invented page whose JSON-LD gives its type and genre
// (ld) and whose address names no section of commentary.
func genrePage(ld string) string {
	body := ""
	for i := range 6 {
		body += fmt.Sprintf("<p>The Wrenmouth ferry has crossed the estuary for ninety years, and paragraph %d of this piece says why the council should keep it in public hands rather than sell it to a private operator.</p>\n", i+1)
	}
	return `<!doctype html><html lang="en"><head><title>Keep the Wrenmouth ferry public</title>
<link rel="canonical" href="https://courier.example/2025/05/14/keep-the-ferry-public/">
<script type="application/ld+json">` + ld + `</script></head>
<body><article><h1>Keep the Wrenmouth ferry public</h1>` + body + `</article></body></html>`
}

// TestKindFromPageGenre: a page whose own JSON-LD says it is an opinion or
// an analysis piece (schema.org's OpinionNewsArticle, AnalysisNewsArticle,
// or a "genre" named for commentary) is read as one, though neither its
// address nor its headline nor its text carries a mark; a news article's
// genre marks nothing.
func TestKindFromPageGenre(t *testing.T) {
	tests := []struct {
		name, ld, want string
	}{
		{"opinion type", `{"@type":"OpinionNewsArticle","headline":"Keep the Wrenmouth ferry public","datePublished":"2025-05-14"}`, article.KindOpinion},
		{"analysis type", `{"@type":"AnalysisNewsArticle","headline":"Keep the Wrenmouth ferry public","datePublished":"2025-05-14"}`, article.KindAnalysis},
		{"commentary genre", `{"@type":"NewsArticle","genre":"Commentary","headline":"Keep the Wrenmouth ferry public","datePublished":"2025-05-14"}`, article.KindOpinion},
		{"news genre", `{"@type":"NewsArticle","genre":"News","headline":"Keep the Wrenmouth ferry public","datePublished":"2025-05-14"}`, ""},
		{"no genre", `{"@type":"NewsArticle","headline":"Keep the Wrenmouth ferry public","datePublished":"2025-05-14"}`, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			it := readHTML(context.Background(), "page.html", []byte(genrePage(tc.ld)), Options{})
			if it.Err != nil {
				t.Fatal(it.Err)
			}
			if got := article.Kind(it.Article); got != tc.want {
				t.Errorf("Kind = %q, want %q (categories %q)", got, tc.want, it.Article.Categories)
			}
		})
	}
}
