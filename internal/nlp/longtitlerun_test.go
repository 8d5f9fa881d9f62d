package nlp

import (
	"fmt"
	"strings"
	"testing"
)

// longTitleRun is one sentence of our own whose capitalised run repeats
// a body's head word and a title n times before a given name and a
// surname ("Deputy Justice Department Inspector General … John Velt"):
// the title readings (modifiedTitle, bodyThenTitle, innerTitle) peel
// it.
func longTitleRun(n int) Input {
	var sb strings.Builder
	sb.WriteString("In the capital, Deputy")
	for range n {
		sb.WriteString(" Justice Department Inspector General")
	}
	sb.WriteString(" John Velt said the report was late.")
	return Input{Title: "Report", Paragraphs: []string{sb.String()}}
}

func BenchmarkLongTitleRun(b *testing.B) {
	az, err := NewAnalyzer()
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{10, 100, 400} {
		in := longTitleRun(n)
		b.Run(fmt.Sprint("n=", n), func(b *testing.B) {
			for b.Loop() {
				az.Analyze(in)
			}
		})
	}
}
