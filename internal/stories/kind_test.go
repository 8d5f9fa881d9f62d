package stories

import (
	"testing"

	"github.com/parallax-news/parallax/internal/article"
)

// TestDocCarriesTheKind: the clusterer reads an article's kind as
// article.Kind gives it, from signals its own headline rules miss (a
// political-commentary section, an analysis byline), and none for a
// report.
func TestDocCarriesTheKind(t *testing.T) {
	for _, tc := range []struct {
		name string
		a    article.Article
		want string
	}{
		{"commentary section", article.Article{ID: "a", Title: "The mayor's ferry gamble",
			URL: "https://mag.example/politics/political-commentary/mayor-ferry-gamble-1234/"}, article.KindOpinion},
		{"analysis byline", article.Article{ID: "b", Title: "Mayor bets the town on the ferry vote",
			Authors: []string{"Analysis Tomas Vell"}}, article.KindAnalysis},
		{"report", article.Article{ID: "c", Title: "Sorn senate passes ferry ban",
			URL: "https://sorn-post.example/politics/2031/05/15/senate-passes-ferry-ban/", Authors: []string{"Tomas Vell"}}, ""},
	} {
		if got := Doc(&tc.a).Kind; got != tc.want {
			t.Errorf("%s: Doc kind %q, want %q", tc.name, got, tc.want)
		}
	}
}
