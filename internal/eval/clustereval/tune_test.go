package clustereval

import (
	"context"
	"fmt"
	"os"
	"testing"

	"github.com/parallax-news/parallax/internal/story"
)

// TestTune prints the grid used to choose story.DefaultConfig on the odd
// ECB+ topics, with the even topics shown for reference only. The rule:
// the highest BCubed F1 on the odd topics among settings with precision of
// at least 0.97 there (precision matters more than recall, and a margin is
// kept for denser streams). Run it with
// PARALLAX_CLUSTER_TUNE=1 go test ./internal/eval/clustereval -run Tune -v
func TestTune(t *testing.T) {
	if os.Getenv("PARALLAX_CLUSTER_TUNE") == "" {
		t.Skip("set PARALLAX_CLUSTER_TUNE=1 to print the tuning grid")
	}
	needFile(t, ecbPath)
	for _, th := range []float64{0.15, 0.2, 0.25, 0.3} {
		for _, mt := range []float64{0.3, 0.4} {
			for _, uf := range []float64{1, 0.85, 0.75} {
				cfg := story.DefaultConfig()
				cfg.Threshold, cfg.MergeThreshold, cfg.UndatedFactor = th, mt, uf
				tune, err := Run(context.Background(), ecbPath, "", Config{Story: cfg, KeepTopic: oddTopic})
				if err != nil {
					t.Fatal(err)
				}
				held, err := Run(context.Background(), ecbPath, "", Config{Story: cfg, KeepTopic: evenTopic})
				if err != nil {
					t.Fatal(err)
				}
				fmt.Printf("th=%.2f merge=%.2f undated=%.2f  tune P=%.3f R=%.3f F1=%.3f  held-out P=%.3f R=%.3f F1=%.3f\n",
					th, mt, uf, tune.BCubed.Precision, tune.BCubed.Recall, tune.BCubed.F1,
					held.BCubed.Precision, held.BCubed.Recall, held.BCubed.F1)
			}
		}
	}
}
