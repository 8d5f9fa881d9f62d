package nlp

import (
	"fmt"
	"strings"
	"testing"
)

// BenchmarkSurnameAfterSuffixed: an invented article that names a son
// with his suffix late, after a long opening, then gives his bare
// surname many times: each bare surname read the opening again
// (surnameBeforeSuffixed).
func BenchmarkSurnameAfterSuffixed(b *testing.B) {
	a := newTestAnalyzer(b)
	for _, n := range []int{100, 400, 1600} {
		var sb strings.Builder
		sb.WriteString("The campaign met on Monday.\n\n")
		for i := range n {
			fmt.Fprintf(&sb, "The harbour board met again on day %d and the crews waited.\n\n", i)
		}
		sb.WriteString("Ivo Lund Jr. spoke later.\n\n")
		for i := range n {
			fmt.Fprintf(&sb, "Lund spoke to the crews on day %d.\n\n", i)
		}
		text := sb.String()
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for range b.N {
				analyze(b, a, text)
			}
		})
	}
}
