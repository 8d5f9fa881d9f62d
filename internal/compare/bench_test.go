package compare

import (
	"context"
	"fmt"
	"testing"

	"github.com/parallax-news/parallax/internal/nlp"
)

// BenchmarkCompare compares n real articles of ../shared/data/ecbplus
// (skipped when absent), analysis included. Run on one core with
// go test ./internal/compare -run - -bench Compare -cpu 1 -benchtime 3x;
// n=400 shows how the time grows.
func BenchmarkCompare(b *testing.B) {
	const path = "../../../shared/data/ecbplus/articles.jsonl"
	needDir(b, path)
	all := readArticles(b, path)
	an, err := nlp.NewAnalyzer()
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{25, 50, 100, 200, 400} {
		arts := all[:min(n, len(all))]
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			for b.Loop() {
				if _, err := Compare(context.Background(), arts, an); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
