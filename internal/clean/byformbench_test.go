package clean

import (
	"strings"
	"testing"
)

// plainByFormParagraph is a long paragraph of the project's own words with no
// graphic's span and no chart rows.
var plainByFormParagraph = strings.Repeat("The council of Orvik met on Monday, and its members said the plan for the valley road would wait until spring. ", 20)

// BenchmarkByForm times the session-57 rules of byForm on a
// paragraph they do not match (review57c).
func BenchmarkByForm(b *testing.B) {
	n := len(strings.Fields(plainByFormParagraph))
	b.Run("graphicTitled", func(b *testing.B) {
		for b.Loop() {
			graphicTitled(plainByFormParagraph, n)
		}
	})
	b.Run("chartRows", func(b *testing.B) {
		for b.Loop() {
			chartRows(plainByFormParagraph)
		}
	})
	b.Run("updateLabel", func(b *testing.B) {
		for b.Loop() {
			updateLabel(plainByFormParagraph)
		}
	})
}
