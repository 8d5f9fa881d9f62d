package clustereval

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeCorpus writes JSON Lines to a temporary file.
func writeCorpus(t *testing.T, lines ...string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "gold.jsonl")
	if err := os.WriteFile(p, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestRunSmallCorpus(t *testing.T) {
	gold := writeCorpus(t,
		`{"id":"a1","outlet":"one.example","title":"Flood closes Tarnwick bridge","published":"2030-04-02","body":"Floodwater closed the Tarnwick bridge on Monday, mayor Edda Kross said.\n\nThe river Sollen rose 3 metres overnight.","event":"flood"}`,
		`{"id":"a2","outlet":"two.example","title":"Tarnwick bridge shut as Sollen floods","published":"2030-04-02","body":"Mayor Edda Kross shut the Tarnwick bridge after the Sollen rose 3 metres.\n\nFloodwater reached the market square on Monday.","event":"flood"}`,
		`{"id":"b1","outlet":"one.example","title":"Orchestra names new conductor","published":"","body":"The Veldhaven Philharmonic named Aiko Brandt its principal conductor.\n\nBrandt starts next season.","event":"orchestra"}`,
	)
	res, err := Run(context.Background(), gold, "", Config{Story: defaultStory()})
	if err != nil {
		t.Fatal(err)
	}
	if res.BCubed.F1 != 1 || res.Clusters != 2 || res.GoldClusters != 2 || res.Articles != 3 {
		t.Errorf("result %+v", res)
	}
	if !near(res.SingletonRate, 0.5) {
		t.Errorf("singleton rate %.3f, want 0.5", res.SingletonRate)
	}
}

func TestRunErrors(t *testing.T) {
	bad := writeCorpus(t, `{"id":"a1","title":"x","body":"y"}`)
	if _, err := Run(context.Background(), bad, "", Config{Story: defaultStory()}); err == nil || !strings.Contains(err.Error(), "no event") {
		t.Errorf("gold without event: %v", err)
	}
	broken := writeCorpus(t, `{"id":`)
	if _, err := Run(context.Background(), broken, "", Config{Story: defaultStory()}); err == nil || !strings.Contains(err.Error(), "line 1") {
		t.Errorf("malformed line: %v", err)
	}
	date := writeCorpus(t, `{"id":"a","published":"04/02/2030","event":"e"}`)
	if _, err := Run(context.Background(), date, "", Config{Story: defaultStory()}); err == nil {
		t.Error("bad date accepted")
	}
	if _, err := Run(context.Background(), filepath.Join(t.TempDir(), "none.jsonl"), "", Config{}); err == nil {
		t.Error("missing file accepted")
	}
}
