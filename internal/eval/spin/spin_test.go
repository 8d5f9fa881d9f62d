package spin

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// abpPath returns ../shared/data/abp/articles.jsonl.gz next to the module
// root, skipping the test when it is absent.
func abpPath(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("module root not found")
		}
		dir = parent
	}
	p := filepath.Join(dir, "..", "shared", "data", "abp", "articles.jsonl.gz")
	if _, err := os.Stat(p); err != nil {
		t.Skipf("%s absent: skipping the spin benchmark", p)
	}
	return p
}

func logReport(t *testing.T, rep Report) {
	b, _ := json.MarshalIndent(rep, "", "  ")
	t.Logf("%s", b)
}

// TestSpin runs the spin benchmark on the first 4,000 articles with 1,000
// copies.
func TestSpin(t *testing.T) {
	if testing.Short() {
		t.Skip("spin benchmark skipped in -short mode")
	}
	rep, err := Run(context.Background(), Options{Path: abpPath(t), Articles: 4000, Copies: 1000, Seed: 1})
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
