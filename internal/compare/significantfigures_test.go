package compare

import (
	"fmt"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/nlp"
)

// TestSignificantFiguresScaled: a sum's figures are those it is written
// with, whatever the float product of its numeral and its multiplier
// word carries: the reader multiplies "8.2" by 1e9 and gets
// 8200000000.000001, which is no sum of 16 figures (review60c).
func TestSignificantFiguresScaled(t *testing.T) {
	for _, c := range []struct {
		v, mult float64
		want    int
	}{{4.1, 1e9, 2}, {8.2, 1e9, 2}, {8.3, 1e6, 2}, {8.7, 1e12, 2}, {2.01, 1e3, 3}, {12.35, 1e9, 4}, {15.25, 1e9, 4}} {
		if got := significantFigures(c.v * c.mult); got != c.want {
			t.Errorf("%v × %v: got %d, want %d", c.v, c.mult, got, c.want)
		}
	}
}

// TestNumbersTwoFigureSumTwoRows: "$8.2 billion" given for two funds
// is two sums, as "$4.2 billion" is (TestNumbersOneSumOneRow); its
// float value made it a sum of many figures and joined them (review60c).
func TestNumbersTwoFigureSumTwoRows(t *testing.T) {
	r := run(t, mkArticles(
		"Senate passes Tarvel flood bill\nThe Senate on Friday passed a $12.35 billion flood relief package for Tarvel. The bill adds $8.2 billion for the farm fund.",
		"Tarvel aid clears Senate\nThe bill hands out $12.35 billion in disaster money to Tarvel and its ports. It also sets $8.2 billion for road repair.",
		"Flood aid for Tarvel\nLawmakers voted on Friday for the Tarvel measure, which still needs the governor's signature.",
	))
	q := quantityOf(r, "a0", "$8.2 billion")
	if q == nil {
		t.Fatal("$8.2 billion of a0: no quantity")
	}
	if quantityOf(r, "a1", "$8.2 billion") == q {
		t.Errorf("$8.2 billion for two funds in one row: %+v", q)
	}
}

// longQuotedParagraph is one paragraph of n sentences, each a quote of
// its own with its speaker after it, as a transcript runs.
func longQuotedParagraph(n int) string {
	var b strings.Builder
	b.WriteString("Port hearing\n")
	for i := range n {
		if i > 0 {
			b.WriteString(" ")
		}
		fmt.Fprintf(&b, "\"The docks were shut for %d days and nobody called us back,\" Tomas Varga said.", i+2)
	}
	return b.String()
}

// BenchmarkQuotedShareLongParagraph: quotedShare of every sentence of
// one long paragraph; notSpeaker (since moved into nlp) read every
// word before each speaker (review60c).
func BenchmarkQuotedShareLongParagraph(b *testing.B) {
	ar := mkArticles(longQuotedParagraph(400))[0]
	d := &doc{art: ar, an: newAnalyzer(b).Analyze(nlp.Input{Title: ar.Title, Paragraphs: ar.Paragraphs, Lang: ar.Language})}
	for b.Loop() {
		for k := range d.an.Sentences {
			quotedShare(d, k)
		}
	}
}
