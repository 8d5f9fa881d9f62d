package reuseeval

import (
	"context"
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/parallax-news/parallax/internal/sharedtest"
)

func reuseDir(t *testing.T) string {
	t.Helper()
	return filepath.Dir(sharedtest.Path(t, "data", "reuse", "file_information.csv"))
}

func TestRun(t *testing.T) {
	res, err := Run(context.Background(), reuseDir(t))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.MarshalIndent(res, "", "  ")
	t.Logf("%s", b)
	if res.Pairs != 95 {
		t.Errorf("pairs %d, want 95", res.Pairs)
	}
	if res.Accuracy <= 0.947 {
		t.Errorf("accuracy %.3f does not beat the 0.947 floor", res.Accuracy)
	}
}
