package extracteval

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestTokens(t *testing.T) {
	got := Tokens("Kyiv's 20% — naïve_x, 東京 2024!")
	want := []string{"Kyiv", "s", "20", "naïve_x", "東京", "2024"}
	if !cmp.Equal(got, want) {
		t.Errorf("Tokens = %q, want %q", got, want)
	}
}

func TestShingles(t *testing.T) {
	tests := []struct {
		text string
		want map[string]int
	}{
		{"", map[string]int{}},
		{"one", map[string]int{"one": 1}},
		{"one two three", map[string]int{"one two three": 1}},
		{"a b c d", map[string]int{"a b c d": 1}},
		{"a b c d e", map[string]int{"a b c d": 1, "b c d e": 1}},
		{"x y x y x y x", map[string]int{"x y x y": 2, "y x y x": 2}},
	}
	for _, tc := range tests {
		if got := shingles(tc.text); !cmp.Equal(got, tc.want) {
			t.Errorf("shingles(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestScorePage(t *testing.T) {
	tests := []struct {
		name        string
		truth, pred string
		want        PageScore
		p, r        float64
		pOK, rOK    bool
	}{
		{
			// truth shingles: abcd bcde cdef; pred: abcd bcde cdeg
			// TP 2, FP 1, FN 1, sum 4.
			name: "partial overlap", truth: "a b c d e f", pred: "a b c d e g",
			want: PageScore{TP: 0.5, FP: 0.25, FN: 0.25}, p: 2.0 / 3, r: 2.0 / 3, pOK: true, rOK: true,
		},
		{
			// truth: abcd; pred: abcd bcde (extra text). TP 1, FP 1.
			name: "prediction too long", truth: "a b c d", pred: "a b c d e",
			want: PageScore{TP: 0.5, FP: 0.5}, p: 0.5, r: 1, pOK: true, rOK: true,
		},
		{
			name: "exact", truth: "Same words here, four.", pred: "Same  words\nhere four",
			want: PageScore{TP: 1}, p: 1, r: 1, pOK: true, rOK: true,
		},
		{
			// Empty prediction: recall 0, precision undefined.
			name: "empty prediction", truth: "a b c d e", pred: "",
			want: PageScore{FN: 1}, r: 0, pOK: false, rOK: true,
		},
		{
			name: "empty truth", truth: "", pred: "a b",
			want: PageScore{FP: 1}, p: 0, pOK: true, rOK: false,
		},
		{
			name: "both empty", truth: "", pred: "   ",
			want: PageScore{}, pOK: false, rOK: false,
		},
		{
			// 1–3 tokens make one short shingle: "a b" vs "a b c" differ.
			name: "short texts differ", truth: "a b", pred: "a b c",
			want: PageScore{FP: 0.5, FN: 0.5}, p: 0, r: 0, pOK: true, rOK: true,
		},
		{
			name: "short texts equal", truth: "Hello, world", pred: "Hello world!",
			want: PageScore{TP: 1}, p: 1, r: 1, pOK: true, rOK: true,
		},
		{
			// The soft hyphen is removed from the prediction only.
			name: "soft hyphen", truth: "an extraordinary long word", pred: "an extra\u00adordinary long word",
			want: PageScore{TP: 1}, p: 1, r: 1, pOK: true, rOK: true,
		},
		{
			// Multiset: truth has "x y x y" twice, pred once.
			// truth: xyxy×2 yxyx×2 (4); pred "x y x y x": xyxy, yxyx.
			// TP 2, FN 2.
			name: "multiset counts", truth: "x y x y x y x", pred: "x y x y x",
			want: PageScore{TP: 0.5, FN: 0.5}, p: 1, r: 0.5, pOK: true, rOK: true,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := ScorePage(tc.truth, tc.pred)
			if !near(got.TP, tc.want.TP) || !near(got.FP, tc.want.FP) || !near(got.FN, tc.want.FN) {
				t.Fatalf("ScorePage = %+v, want %+v", got, tc.want)
			}
			p, pOK := got.Precision()
			r, rOK := got.Recall()
			if pOK != tc.pOK || (pOK && !near(p, tc.p)) {
				t.Errorf("Precision = %v, %v; want %v, %v", p, pOK, tc.p, tc.pOK)
			}
			if rOK != tc.rOK || (rOK && !near(r, tc.r)) {
				t.Errorf("Recall = %v, %v; want %v, %v", r, rOK, tc.r, tc.rOK)
			}
		})
	}
}

func TestAggregate(t *testing.T) {
	pages := []PageScore{
		ScorePage("a b c d e f", "a b c d e g"), // P 2/3, R 2/3
		ScorePage("a b c d", "a b c d e"),       // P 1/2, R 1
		ScorePage("a b c d e", ""),              // P undefined, R 0
	}
	p, r, f1 := Aggregate(pages)
	wantP := (2.0/3 + 0.5) / 2 // 7/12
	wantR := (2.0/3 + 1 + 0) / 3
	wantF1 := 2 * wantP * wantR / (wantP + wantR)
	if !near(p, wantP) || !near(r, wantR) || !near(f1, wantF1) {
		t.Errorf("Aggregate = %v %v %v, want %v %v %v", p, r, f1, wantP, wantR, wantF1)
	}
	if p, r, f1 := Aggregate(nil); p != 0 || r != 0 || f1 != 0 {
		t.Errorf("Aggregate(nil) = %v %v %v, want zeros", p, r, f1)
	}
}
