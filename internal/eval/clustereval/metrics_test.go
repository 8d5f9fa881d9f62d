package clustereval

import (
	"math"
	"testing"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestBCubedAndPairwise(t *testing.T) {
	cases := []struct {
		name       string
		pred, gold []string
		b3, pw     Scores
	}{
		{"perfect", []string{"x", "x", "y"}, []string{"a", "a", "b"},
			Scores{1, 1, 1}, Scores{1, 1, 1}},
		{"all singletons", []string{"1", "2", "3"}, []string{"a", "a", "b"},
			// B3 recall: (1/2 + 1/2 + 1)/3; pairwise: no predicted pairs, 1 gold pair.
			Scores{1, 2.0 / 3, 0.8}, Scores{1, 0, 0}},
		{"one cluster", []string{"x", "x", "x"}, []string{"a", "a", "b"},
			// B3 precision: (2/3 + 2/3 + 1/3)/3 = 5/9; pairwise: 1 of 3 pairs.
			Scores{5.0 / 9, 1, 2 * (5.0 / 9) / (5.0/9 + 1)}, Scores{1.0 / 3, 1, 0.5}},
		{"split and merge", []string{"x", "x", "y", "y"}, []string{"a", "b", "b", "b"},
			// B3 P: (1/2 + 1/2 + 1 + 1)/4 = 3/4; R: (1 + 1/3 + 2/3 + 2/3)/4 = 2/3.
			// Pairs: predicted {01, 23}, gold {12, 13, 23}: tp 1, P 1/2, R 1/3.
			Scores{0.75, 2.0 / 3, 2 * 0.75 * (2.0 / 3) / (0.75 + 2.0/3)}, Scores{0.5, 1.0 / 3, 0.4}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			b3, pw := BCubed(tc.pred, tc.gold), Pairwise(tc.pred, tc.gold)
			if !near(b3.Precision, tc.b3.Precision) || !near(b3.Recall, tc.b3.Recall) || !near(b3.F1, tc.b3.F1) {
				t.Errorf("BCubed %+v, want %+v", b3, tc.b3)
			}
			if !near(pw.Precision, tc.pw.Precision) || !near(pw.Recall, tc.pw.Recall) || !near(pw.F1, tc.pw.F1) {
				t.Errorf("pairwise %+v, want %+v", pw, tc.pw)
			}
		})
	}
}

func TestClusterStats(t *testing.T) {
	n, rate := clusterStats([]string{"x", "x", "y", "z"})
	if n != 3 || !near(rate, 2.0/3) {
		t.Errorf("clusters %d singleton rate %.3f, want 3 and 0.667", n, rate)
	}
	if BCubed(nil, nil) != (Scores{}) {
		t.Error("empty BCubed not zero")
	}
}
