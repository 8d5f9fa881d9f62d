package compare

import (
	"fmt"
	"testing"

	"github.com/parallax-news/parallax/internal/article"
)

// longNumbersParagraph is one long article of the project's own text: n
// paragraphs, each a whole counted and broken down ("42 delegates — 15
// … and 24 …") and a named person's age.
func longNumbersParagraph(n int) *article.Article {
	ps := make([]string, n)
	for i := range ps {
		ps[i] = fmt.Sprintf("The Orvik council %d has 42 delegates — 15 to the north ward and 24 to the south ward. Lorne Tarn%c%c, %d, spoke.",
			i, 'a'+rune(i%26), 'a'+rune(i/26%26), 20+i%60)
	}
	return &article.Article{ID: "long", Outlet: "Outlet long", Title: "Orvik council", Paragraphs: ps}
}

// BenchmarkNumbers times collectNumbers and quantities on one long
// article and on many articles (review57c: wholeNoun scanned every
// number of the article for each part; joinAges every group for each age
// group).
func BenchmarkNumbers(b *testing.B) {
	an := newAnalyzer(b)
	for _, n := range []int{250, 1000} {
		arts := []*article.Article{longNumbersParagraph(n)}
		docs, _ := prepare(arts, nil, an)
		b.Run(fmt.Sprintf("collect/paras=%d", n), func(b *testing.B) {
			for b.Loop() {
				collectNumbers(docs)
			}
		})
	}
	for _, n := range []int{20, 80} {
		var arts []*article.Article
		for i := range n {
			a := longNumbersParagraph(60)
			a.ID, a.Outlet = fmt.Sprintf("a%d", i), fmt.Sprintf("Outlet %d", i)
			arts = append(arts, a)
		}
		docs, _ := prepare(arts, nil, an)
		b.Run(fmt.Sprintf("quantities/arts=%d", n), func(b *testing.B) {
			for b.Loop() {
				_, _ = quantities(docs)
			}
		})
	}
}
