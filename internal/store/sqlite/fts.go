package sqlite

import (
	"strings"

	"github.com/parallax-news/parallax/internal/store"
)

// ftsQuery writes a query in FTS5's syntax: every term a quoted string
// (a phrase of its words), a prefix term followed by *, all of them
// required. Terms hold only letters and digits, so no input reaches FTS5
// as an operator.
func ftsQuery(q store.Query) string {
	parts := make([]string, len(q.Terms))
	for i, t := range q.Terms {
		parts[i] = `"` + strings.Join(t.Words, " ") + `"`
		if t.Prefix {
			parts[i] += "*"
		}
	}
	return strings.Join(parts, " ")
}
