package outlets

import (
	"context"
	"fmt"
	"io"

	"github.com/parallax-news/parallax/internal/outlet"
	"github.com/parallax-news/parallax/internal/store"
)

// ImportSummary is what importing an outlets file did: `outlets import
// --json` prints it and the API returns it.
type ImportSummary struct {
	Rows     int           `json:"rows"`
	Outlets  int           `json:"outlets"`
	Created  int           `json:"created"`
	Updated  int           `json:"updated"`
	Failed   int           `json:"failed"`
	Errors   []ImportError `json:"errors"`
	Warnings []string      `json:"warnings"`
}

// ImportError is a row that was not imported: where it is and why.
type ImportError struct {
	Input string `json:"input"`
	Error string `json:"error"`
}

// Import reads an outlets file (see outlet.Read) named name and applies
// its rows to st, one edit per outlet: rows are gathered by id, else by
// name. A row that cannot be read, or an outlet whose edit is refused, is
// reported in the summary and the others are imported. The error is for
// a file that cannot be read at all, or a store that fails.
func Import(ctx context.Context, st store.OutletStore, name string, r io.Reader, f outlet.Format) (ImportSummary, error) {
	sum := ImportSummary{Errors: []ImportError{}, Warnings: []string{}}
	rows, bad, warnings, err := outlet.Read(r, f)
	if err != nil {
		return sum, fmt.Errorf("%s: %w", name, err)
	}
	sum.Rows = len(rows) + len(bad)
	sum.Warnings = append(sum.Warnings, warnings...)
	fail := func(line int, err error) {
		sum.Failed++
		sum.Errors = append(sum.Errors, ImportError{Input: fmt.Sprintf("%s:%d", name, line), Error: err.Error()})
	}
	for _, b := range bad {
		fail(b.Line, b.Err)
	}
	edits, lines := editsOf(rows)
	if len(edits) == 0 {
		return sum, nil
	}
	res, err := st.EditOutlets(ctx, edits)
	if err != nil {
		return sum, err
	}
	for i, r := range res {
		switch {
		case r.Err != nil:
			fail(lines[i], r.Err)
		case r.Created:
			sum.Created++
		default:
			sum.Updated++
		}
	}
	sum.Outlets = sum.Created + sum.Updated
	return sum, nil
}

// editsOf gathers rows into one edit per outlet (by id, else by name), in
// the order they first appear, with the line of each edit's first row.
func editsOf(rows []outlet.Row) ([]store.OutletEdit, []int) {
	index := map[string]int{}
	var edits []store.OutletEdit
	var lines []int
	for _, r := range rows {
		key := "id:" + r.ID
		if r.ID == "" {
			key = "name:" + outlet.Key(r.Name)
		}
		i, ok := index[key]
		if !ok {
			i = len(edits)
			index[key] = i
			e := store.OutletEdit{Ref: r.Name, ID: r.ID}
			if r.ID != "" {
				e.Ref = r.ID
			}
			edits = append(edits, e)
			lines = append(lines, r.Line)
		}
		e := &edits[i]
		if r.ID != "" && r.Name != "" && e.Name == "" {
			e.Name = r.Name // an id's row names it
		}
		e.Aliases = append(e.Aliases, r.Aliases...)
		e.Domains = append(e.Domains, r.Domains...)
		for _, fv := range []struct {
			dst **string
			v   string
		}{{&e.Kind, r.Kind}, {&e.Country, r.Country}, {&e.Language, r.Language}, {&e.Owner, r.Owner}} {
			if fv.v != "" {
				v := fv.v
				*fv.dst = &v
			}
		}
		for _, rt := range []*outlet.Rating{r.Lean, r.Fact} {
			if rt != nil {
				e.Ratings = append(e.Ratings, *rt)
			}
		}
	}
	return edits, lines
}
