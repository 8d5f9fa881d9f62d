package compare

import (
	"context"
	"os"
	"testing"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/ingest"
	"github.com/parallax-news/parallax/internal/nlp"
)

// readArticles reads the articles of the files or folders at paths.
func readArticles(t testing.TB, paths ...string) []*article.Article {
	t.Helper()
	ins, bad := ingest.Expand(paths)
	if len(bad) > 0 {
		t.Fatalf("%s: %v", bad[0].Input, bad[0].Err)
	}
	var arts []*article.Article
	for _, in := range ins {
		err := ingest.ReadFile(context.Background(), in, nil, ingest.Options{}, func(it ingest.Item) error {
			if it.Err != nil {
				return it.Err
			}
			arts = append(arts, it.Article)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return arts
}

// run compares arts with a fresh analyzer.
func run(t testing.TB, arts []*article.Article) *Report {
	t.Helper()
	an, err := nlp.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	r, err := Compare(context.Background(), arts, an)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// needDir skips the test when dir is absent.
func needDir(t testing.TB, dir string) {
	t.Helper()
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("%s is absent: %v", dir, err)
	}
}

// newAnalyzer returns a fresh analyzer.
func newAnalyzer(t testing.TB) *nlp.Analyzer {
	t.Helper()
	an, err := nlp.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	return an
}
