package web

import (
	"strings"

	"github.com/parallax-news/parallax/internal/compare"
)

// partBasisLine is what made fact f told in part elsewhere
// (compare.Fact.PartBasis) as a sentence of the fact's page, the other
// article named by its outlet's label in cols ("A sentence of Harbour
// Post shares words with it (“relief fund”)."), or "" when f is not
// told in part elsewhere or its basis is unknown.
func partBasisLine(f compare.Fact, cols map[string]col) string {
	b := f.PartBasis
	if !f.PartElsewhere || b == nil {
		return ""
	}
	named := b.Article
	if c, ok := cols[b.Article]; ok {
		named = c.Label
	}
	st := b.Statement(named)
	return strings.ToUpper(st[:1]) + st[1:] + "."
}
