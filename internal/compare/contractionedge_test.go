package compare

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// trimmedEdgeQuadratic is trimmedEdge's search for a spelled-out
// contraction as session 57 wrote it (the keys of both edges made again
// for each length tried): the reference the linear search must agree
// with.
func trimmedEdgeQuadratic(short, long []string, end bool) (int, bool) {
	keysOf := func(ws []string) []string {
		out := make([]string, len(ws))
		for i, w := range ws {
			out[i] = diffKey(w)
		}
		return out
	}
	for n := 1; n < len(long); n++ {
		part := long[len(long)-n:]
		if end {
			part = long[:n]
		}
		if sameUncontracted(keysOf(short), keysOf(part)) {
			return n, true
		}
	}
	return 0, false
}

// longEdgeWords is an invented run of n words, a few of them
// contractions, that ends (or, with end, starts) with the spelled-out
// tail when tail is set.
func longEdgeWords(n int, tail []string, end bool) []string {
	vocab := []string{"we", "built", "the", "dock", "it's", "they've", "harbour", "can't", "crews", "won't", "again"}
	ws := make([]string, 0, n+len(tail))
	for i := range n {
		ws = append(ws, vocab[(i*7+3)%len(vocab)])
	}
	if end {
		return append(slices.Clone(tail), ws...)
	}
	return append(ws, tail...)
}

// TestContractionEdgeLinear: the linear search finds the same part of
// the longer edge as the quadratic one, whether a contraction spelled
// out ends it, starts it or stands nowhere, for short and long edges.
func TestContractionEdgeLinear(t *testing.T) {
	cases := []struct {
		short, tail []string
	}{
		{[]string{"I've"}, []string{"I", "have"}},
		{[]string{"we're", "done"}, []string{"we", "are", "done"}},
		{[]string{"it", "can't", "wait"}, []string{"it", "cannot", "wait"}},
		{[]string{"he's", "here"}, []string{"he", "is", "here"}},
		{[]string{"he's", "here"}, []string{"he", "has", "here"}},
		{[]string{"nothing", "alike"}, nil},
		{[]string{"it's"}, []string{"it", "is"}},
		{[]string{"won't"}, []string{"will", "not"}},
	}
	found := 0
	for _, c := range cases {
		for _, end := range []bool{false, true} {
			for _, n := range []int{0, 1, 2, 5, 40} {
				long := longEdgeWords(n, c.tail, end)
				if len(long) <= len(c.short) {
					continue
				}
				wantN, wantOK := trimmedEdgeQuadratic(c.short, long, end)
				edge := []DiffOp{{Op: OpDelete, Text: strings.Join(c.short, " ")}, {Op: OpInsert, Text: strings.Join(long, " ")}}
				got, ok := trimmedEdge(edge, end)
				if ok != wantOK {
					t.Fatalf("%v / %v end=%v n=%d: ok %v, want %v", c.short, long, end, n, ok, wantOK)
				}
				if !ok {
					continue
				}
				found++
				part := long[len(long)-wantN:]
				kept := got[1]
				if end {
					part, kept = long[:wantN], got[0]
				}
				if kept.Text != strings.Join(part, " ") {
					t.Errorf("%v / %v end=%v: kept %q, want %q", c.short, long, end, kept.Text, strings.Join(part, " "))
				}
			}
		}
	}
	if found == 0 {
		t.Fatal("no case found a spelled-out contraction: the test compares nothing")
	}
}

// BenchmarkContractionEdge: a version that opens with a long passage the
// other does not quote, against a few words of its own: the search for
// a spelled-out contraction read the longer edge once per length tried.
func BenchmarkContractionEdge(b *testing.B) {
	for _, n := range []int{50, 400, 2000} {
		long := longEdgeWords(n, nil, false)
		edge := []DiffOp{{Op: OpDelete, Text: "so we've said it twice"}, {Op: OpInsert, Text: strings.Join(long, " ")}}
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for range b.N {
				trimmedEdge(edge, false)
			}
		})
	}
}
