package compare

import (
	"fmt"
	"strings"
	"testing"
)

// benchCreditedText is one paragraph of one sentence holding n figures
// credited to reports: the worst case of the session-58 credit scans
// (creditedFigure and creditSource read the sentence once per figure).
func benchCreditedText(n int) string {
	var b strings.Builder
	b.WriteString("Media reports said the mills would keep")
	for i := range n {
		fmt.Fprintf(&b, " about %d jobs in Tarn,", 100+i)
	}
	b.WriteString(" according to the Orvik Fire Department.")
	return b.String()
}

// BenchmarkCreditedFigures: collectNumbers on one sentence of
// n credited figures (n = 200, 800), and the credit scans alone (the
// part session 58 added): both grow as n², the credit scans a small
// share of collectNumbers (review58b).
func BenchmarkCreditedFigures(b *testing.B) {
	an := newAnalyzer(b)
	for _, n := range []int{200, 800} {
		docs, _ := prepare(mkArticles("Mills\n"+benchCreditedText(n)), nil, an)
		b.Run(fmt.Sprintf("collect%d", n), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				collectNumbers(docs)
			}
		})
		d := docs[0]
		b.Run(fmt.Sprintf("credit%d", n), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				for _, num := range d.an.Numbers {
					s := d.an.Sentences[num.Sentence]
					first, _ := numberTokens(s, num)
					if creditedFigure(s, first) {
						creditSource(s, first, d.mentions[num.Sentence])
					}
				}
			}
		})
	}
}
