package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/parallax-news/parallax/internal/article"
)

// goSteps are the parts of migrations that SQL cannot express, run in the
// migration's transaction right after its SQL, keyed by the migration's
// name without its number (so that renumbering keeps them).
var goSteps = map[string]func(ctx context.Context, tx *sql.Tx) error{
	"events.sql": backfillDates,
}

// backfillDates gives the stored articles without a publication date the
// day their URL or a date line says (article.InferDate), as Finish now
// does for new articles.
func backfillDates(ctx context.Context, tx *sql.Tx) error {
	rows, err := tx.QueryContext(ctx, `SELECT id, url, substr(body, 1, 2000) FROM articles WHERE published = ''`)
	if err != nil {
		return fmt.Errorf("infer dates: %w", err)
	}
	type dated struct {
		id   string
		date article.Date
		from string
	}
	var found []dated
	for rows.Next() {
		var id, u, body string
		if err := rows.Scan(&id, &u, &body); err != nil {
			rows.Close()
			return fmt.Errorf("infer dates: %w", err)
		}
		if d, from := article.InferDate(u, splitBody(body)); from != "" {
			found = append(found, dated{id, d, from})
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("infer dates: %w", err)
	}
	for _, d := range found {
		if _, err := tx.ExecContext(ctx, `UPDATE articles SET published = ?, published_unix = ?, date_source = ? WHERE id = ?`,
			d.date.String(), d.date.Unix(), d.from, d.id); err != nil {
			return fmt.Errorf("infer dates: article %s: %w", d.id, err)
		}
	}
	return nil
}
