package clean

import (
	"strings"
	"testing"
)

// review57cPara is a long paragraph of the project's own words with no
// graphic's span and no chart rows.
var review57cPara = strings.Repeat("The council of Orvik met on Monday, and its members said the plan for the valley road would wait until spring. ", 20)

// BenchmarkReview57cByForm times the session-57 rules of byForm on a
// paragraph they do not match (review57c).
func BenchmarkReview57cByForm(b *testing.B) {
	n := len(strings.Fields(review57cPara))
	b.Run("graphicTitled", func(b *testing.B) {
		for b.Loop() {
			graphicTitled(review57cPara, n)
		}
	})
	b.Run("chartRows", func(b *testing.B) {
		for b.Loop() {
			chartRows(review57cPara)
		}
	})
	b.Run("updateLabel", func(b *testing.B) {
		for b.Loop() {
			updateLabel(review57cPara)
		}
	})
}
