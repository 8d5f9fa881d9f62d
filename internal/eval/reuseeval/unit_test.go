package reuseeval

import (
	"math"
	"slices"
	"testing"
)

func TestDecodeAndParagraphs(t *testing.T) {
	// "café – naïve" in Windows-1252, with CRLF line ends.
	raw := []byte("caf\xe9 \x96 na\xefve\r\nsecond line\r\n\r\nnext paragraph\r\n")
	s, err := decode(raw)
	if err != nil {
		t.Fatal(err)
	}
	got := paragraphs(s)
	want := []string{"café – naïve second line", "next paragraph"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if s, _ := decode([]byte("\xef\xbb\xbfplain ütf-8")); s != "plain ütf-8" {
		t.Errorf("UTF-8 with BOM: %q", s)
	}
}

func TestMetrics(t *testing.T) {
	gold := []string{"a", "a", "b", "b"}
	pred := []string{"a", "b", "b", "b"}
	if got := accuracy(gold, pred); got != 0.75 {
		t.Errorf("accuracy %v", got)
	}
	// F1(a) = 2/3, F1(b) = 0.8
	if got := macroF1(gold, pred, []string{"a", "b", "c"}); math.Abs(got-(2.0/3+0.8)/2) > 1e-9 {
		t.Errorf("macro-F1 %v", got)
	}
	if c := confusion(gold, pred, []string{"a", "b"}); c[0][1] != 1 || c[1][1] != 2 {
		t.Errorf("confusion %v", c)
	}
}

func TestTree(t *testing.T) {
	x := [][]float64{{0.1}, {0.2}, {0.3}, {0.7}, {0.8}, {0.9}}
	y := []string{"no", "no", "no", "yes", "yes", "yes"}
	tr := fitTree(x, y, []string{"yes", "no"}, treeParams{maxDepth: 1, minLeaf: 2})
	if tr.leaf || tr.threshold != 0.5 {
		t.Fatalf("tree %+v", tr)
	}
	if tr.predict([]float64{0.45}) != "no" || tr.predict([]float64{0.55}) != "yes" {
		t.Error("wrong predictions")
	}
}
