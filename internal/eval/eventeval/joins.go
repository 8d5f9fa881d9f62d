package eventeval

import (
	"context"
	"fmt"
)

// Join is the clusterer's stored decision for one article
// (`story_articles`): the event it sits in, the score and parts of its
// decision, whether it started an event, and its place in the order of
// decisions.
type Join struct {
	Event string
	Score float64
	New   bool
	Parts string
	Seq   int64
}

// ReadJoins reads the stored decision of every grouped article of the
// Parallax SQLite database at path, by system id, read-only.
func ReadJoins(ctx context.Context, path string) (map[string]Join, error) {
	db, err := openRO(path)
	if err != nil {
		return nil, err
	}
	defer db.Close()
	rows, err := db.QueryContext(ctx, `SELECT article_id, story_id, score, new, parts, seq FROM story_articles`)
	if err != nil {
		return nil, fmt.Errorf("read joins of %s: %w", path, err)
	}
	defer rows.Close()
	out := map[string]Join{}
	for rows.Next() {
		var id string
		var j Join
		if err := rows.Scan(&id, &j.Event, &j.Score, &j.New, &j.Parts, &j.Seq); err != nil {
			return nil, fmt.Errorf("read joins of %s: %w", path, err)
		}
		out[id] = j
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read joins of %s: %w", path, err)
	}
	return out, nil
}
