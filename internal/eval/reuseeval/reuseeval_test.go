package reuseeval

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

func reuseDir(t *testing.T) string {
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
	p := filepath.Join(dir, "..", "shared", "data", "reuse")
	if _, err := os.Stat(filepath.Join(p, "file_information.csv")); err != nil {
		t.Skipf("%s absent: skipping the reuse evaluation", p)
	}
	return p
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
