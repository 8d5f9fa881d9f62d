package nlp

import (
	"strings"
	"testing"
)

// benchAskedText is one sentence, no full stop, of n quotations after
// "whether", each of a few words: askedByWhether reads the sentence from
// its start for each.
func benchAskedText(n int) string {
	var b strings.Builder
	b.WriteString("Asked by one lawmaker, Rep. Tom Lee, whether \u201cthe port opens in May\u201d")
	for i := 0; i < n; i++ {
		b.WriteString(" and then whether \u201cthe port opens in May\u201d")
	}
	b.WriteString(" Ruiz said nothing.")
	return b.String()
}

// BenchmarkAskedLong analyses benchAskedText at two sizes (review57e:
// 201 quotations 7.6 ms, 801 quotations 384 ms, 50 times for 4 times the
// text; the cost is beforeAttr calling personBetween at each earlier
// closing mark, older than session 57, not askedByWhether, 1 % of it).
// h/speakers58: beforeAttr reads each token once for personBetween
// (cubic -> quadratic in the sentence's quotations): on a loaded machine
// 30-33 ms and 1.34-1.58 s before, 9.4-10.6 ms and 108-111 ms after, the
// 4 times longer text 11-12 times slower (was 44-52).
func BenchmarkAskedLong(b *testing.B) {
	a := newTestAnalyzer(b)
	for _, n := range []int{200, 800} {
		text := benchAskedText(n)
		b.Run(strings.Repeat("x", n/200), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				analyze(b, a, text)
			}
		})
	}
}
