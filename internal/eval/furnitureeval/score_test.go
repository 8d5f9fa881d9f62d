package furnitureeval

import (
	"bytes"
	"math"
	"strings"
	"testing"
)

func TestScore(t *testing.T) {
	labels := []Label{
		{ABPID: "a", Para: 0, Label: Furniture, Kind: "caption"},
		{ABPID: "a", Para: 1, Label: Text, Kind: "-"},
		{ABPID: "a", Para: 2, Label: Mixed, Kind: "related-links"},
		{ABPID: "b", Para: 0, Label: Furniture, Kind: "byline"},
		{ABPID: "b", Para: 4, Label: Text, Kind: "-"},
	}
	drawn := []Drawn{
		{ABPID: "a", Para: 0, Stratum: First, Weight: 2},
		{ABPID: "a", Para: 1, Stratum: Body, Weight: 10},
		{ABPID: "a", Para: 2, Stratum: Cue, Weight: 4},
		{ABPID: "b", Para: 0, Stratum: First, Weight: 2},
		{ABPID: "b", Para: 4, Stratum: Last, Weight: 3},
	}
	// The predicate flags a#0 (right), a#1 (wrong), a#2 (right, mixed) and misses b#0.
	flag := map[key]bool{{"a", 0}: true, {"a", 1}: true, {"a", 2}: true}
	r, err := Score(labels, drawn, func(id string, p int) bool { return flag[key{id, p}] })
	if err != nil {
		t.Fatal(err)
	}
	raw := Counts{TP: 2, FP: 1, FN: 1, TN: 1, Mixed: 1, MixedFlagged: 1}
	if r.All.Raw != raw {
		t.Errorf("raw counts %+v, want %+v", r.All.Raw, raw)
	}
	if p, rc := r.All.Raw.Precision(), r.All.Raw.Recall(); math.Abs(p-2.0/3) > 1e-9 || math.Abs(rc-2.0/3) > 1e-9 {
		t.Errorf("raw precision %g recall %g, want 2/3 and 2/3", p, rc)
	}
	w := r.All.Weighted
	if p, rc := w.Precision(), w.Recall(); math.Abs(p-6.0/16) > 1e-9 || math.Abs(rc-6.0/8) > 1e-9 {
		t.Errorf("weighted precision %g recall %g, want 6/16 and 6/8", p, rc)
	}
	if f := r.Strata[First].Raw; f.TP != 1 || f.FN != 1 {
		t.Errorf("first stratum %+v, want one hit and one miss", f)
	}
	if !math.IsNaN(r.Strata[Last].Raw.Precision()) {
		t.Error("precision with nothing flagged is not NaN")
	}
	var b bytes.Buffer
	if err := r.WriteTable(&b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "all") || strings.Count(b.String(), "\n") != 6 {
		t.Errorf("table:\n%s", b.String())
	}
	if _, err := Score(append(labels, Label{ABPID: "c", Label: Text}), drawn, func(string, int) bool { return false }); err == nil {
		t.Error("a label that was not drawn was accepted")
	}
}
