package spin

import (
	"context"
	"encoding/json"
	"os"
	"testing"

	"github.com/parallax-news/parallax/internal/sharedtest"
)

// abpPath returns the shared ABP corpus, skipping the test when it is
// absent.
func abpPath(t *testing.T) string {
	t.Helper()
	return sharedtest.Path(t, "data", "abp", "articles.jsonl.gz")
}

func logReport(t *testing.T, rep Report) {
	b, _ := json.MarshalIndent(rep, "", "  ")
	t.Logf("%s", b)
}

// TestSpin runs the spin benchmark on the first 4,000 articles with 1,000
// copies with PARALLAX_LONG_TESTS=1, else on the first 1,000 with 250
// copies (both score 1.000 precision and about 1.000 recall today).
func TestSpin(t *testing.T) {
	if testing.Short() {
		t.Skip("spin benchmark skipped in -short mode")
	}
	opt := Options{Path: abpPath(t), Articles: 1000, Copies: 250, Seed: 1}
	if sharedtest.Long() {
		opt.Articles, opt.Copies = 4000, 1000
	}
	rep, err := Run(context.Background(), opt)
	if err != nil {
		t.Fatal(err)
	}
	logReport(t, rep)
	if rep.Scores.Precision < 0.98 || rep.Scores.Recall < 0.95 {
		t.Errorf("pair precision %.3f recall %.3f, want ≥ 0.98 and ≥ 0.95", rep.Scores.Precision, rep.Scores.Recall)
	}
}

// TestScale finds all related pairs among all articles and 10,000 copies.
// It runs only with PARALLAX_SCALE=1.
func TestScale(t *testing.T) {
	if os.Getenv("PARALLAX_SCALE") == "" {
		t.Skip("set PARALLAX_SCALE=1 to run the scale benchmark")
	}
	rep, err := Run(context.Background(), Options{Path: abpPath(t), Copies: 10000, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	logReport(t, rep)
}
