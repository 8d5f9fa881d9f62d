package clustereval

import (
	"context"
	"encoding/json"
	"os"
	"testing"

	"github.com/parallax-news/parallax/internal/story"
)

// Floors a little under the scores reached with story.DefaultConfig; a
// drop below them fails. Events are tuned for precision on a real stream
// (issue 14), which costs ECB+ recall: its gold events hold reports days
// or years apart and half its articles are undated (F1 0.875 at precision
// 0.980; all undated, in file order, archive events with no date merge
// only on strong evidence). The issue's
// target of F1 0.93 at precision 0.97 is not met: see the README. The
// new-day factor (story.Config.NewDayFactor) costs ECB+ a little recall
// for precision on the real stream: F1 0.874 -> 0.871 on all topics,
// 0.870 -> 0.866 on the held-out even topics. The growth margin
// (story.Config.GrowthStep), which parts the saga's next development or
// a column from a large event, takes all topics 0.872 -> 0.869 and the
// held-out half 0.866 -> 0.864. The bound on publication days for every
// event of two articles or more (story.Config.PubSpanFrom 2), chosen on a
// fresh judged sample of the real stream where joins two days apart or
// more were mostly wrong, takes all topics 0.869 -> 0.863 and the
// held-out half 0.864 -> 0.859.
const (
	floorECBF1        = 0.855
	floorECBPrecision = 0.97
	floorContentF1    = 0.55
)

func TestECBPlus(t *testing.T) {
	needFile(t, ecbPath)
	res, err := Run(context.Background(), ecbPath, "", Config{Story: story.DefaultConfig()})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(res)
	t.Logf("ECB+: %s", b)
	if res.BCubed.F1 < floorECBF1 || res.BCubed.Precision < floorECBPrecision {
		t.Errorf("BCubed P %.3f F1 %.3f, floors P %.2f F1 %.2f", res.BCubed.Precision, res.BCubed.F1, floorECBPrecision, floorECBF1)
	}
	if res.GoldClusters != 86 || res.Articles != 982 {
		t.Errorf("%d gold clusters in %d articles, want 86 in 982", res.GoldClusters, res.Articles)
	}
}

func TestECBPlusHeldOutHalf(t *testing.T) {
	needFile(t, ecbPath)
	res, err := Run(context.Background(), ecbPath, "", Config{Story: story.DefaultConfig(), KeepTopic: evenTopic})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(res)
	t.Logf("ECB+ even topics (held out): %s", b)
	if res.BCubed.F1 < floorECBF1 || res.BCubed.Precision < floorECBPrecision {
		t.Errorf("BCubed P %.3f F1 %.3f, floors P %.2f F1 %.2f", res.BCubed.Precision, res.BCubed.F1, floorECBPrecision, floorECBF1)
	}
}

func TestECBPlusWithDistractors(t *testing.T) {
	if testing.Short() {
		t.Skip("clusters 38,000 articles; skipped with -short")
	}
	needFile(t, ecbPath)
	needFile(t, abpPath)
	// 5,000 ABP articles keep the default run short; PARALLAX_CLUSTER_TUNE
	// style full runs use MaxDistractors 0.
	res, err := Run(context.Background(), ecbPath, abpPath, Config{Story: story.DefaultConfig(), MaxDistractors: 5000})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(res)
	t.Logf("ECB+ with 5,000 ABP distractors: %s", b)
	if res.BCubed.F1 < floorECBF1-0.02 || res.BCubed.Precision < floorECBPrecision-0.02 {
		t.Errorf("BCubed P %.3f F1 %.3f with distractors", res.BCubed.Precision, res.BCubed.F1)
	}
}

func TestECBPlusContentOnly(t *testing.T) {
	needFile(t, ecbPath)
	// Every article undated, in file order: each topic's two look-alike
	// events arrive back to back, and only content tells them apart.
	res, err := Run(context.Background(), ecbPath, "", Config{Story: story.DefaultConfig(), IgnoreTime: true})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(res)
	t.Logf("ECB+ without dates, file order: %s", b)
	if res.BCubed.F1 < floorContentF1 {
		t.Errorf("BCubed F1 %.3f, floor %.2f", res.BCubed.F1, floorContentF1)
	}
}

func TestECBPlusAllDistractors(t *testing.T) {
	if os.Getenv("PARALLAX_CLUSTER_FULL") == "" {
		t.Skip("set PARALLAX_CLUSTER_FULL=1 to mix in all 37,554 ABP articles")
	}
	needFile(t, ecbPath)
	needFile(t, abpPath)
	res, err := Run(context.Background(), ecbPath, abpPath, Config{Story: story.DefaultConfig()})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(res)
	t.Logf("ECB+ with all ABP distractors: %s", b)
	if res.BCubed.F1 < floorECBF1-0.02 || res.BCubed.Precision < floorECBPrecision-0.02 {
		t.Errorf("BCubed P %.3f F1 %.3f with distractors", res.BCubed.Precision, res.BCubed.F1)
	}
}
