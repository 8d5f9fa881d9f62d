package sqlite

import (
	"context"
	"database/sql"
	"fmt"
)

// storyOutletsSet sets stories' outlets to the display names of their
// articles' outlet records (an article of no record yet by the name it
// gives), sorted, so that listings and "Most covered" count a story's
// outlets as its page does: two sections or names of one outlet are one.
// The clusterer names outlets as articles do; SaveStories and every fold
// call this after it.
const storyOutletsSet = `UPDATE stories SET outlets = (SELECT json_group_array(n) FROM (
	SELECT DISTINCT COALESCE(o.name, a.outlet) AS n FROM story_articles sa
	JOIN articles a ON a.id = sa.article_id
	LEFT JOIN article_outlets ao ON ao.article_id = sa.article_id
	LEFT JOIN outlet_sources os ON os.id = ao.source_id
	LEFT JOIN outlets o ON o.id = os.outlet_id
	WHERE sa.story_id = stories.id AND COALESCE(o.name, a.outlet) <> '' ORDER BY n))`

// storyOutletCount sets outlet_count to the length of outlets.
const storyOutletCount = `UPDATE stories SET outlet_count = json_array_length(outlets)`

// refreshStoryOutlets recounts the outlets of stories ids under their
// outlet records, or of every story when ids is nil.
func refreshStoryOutlets(ctx context.Context, tx *sql.Tx, ids []string) error {
	if ids == nil {
		for _, q := range []string{storyOutletsSet, storyOutletCount} {
			if _, err := tx.ExecContext(ctx, q); err != nil {
				return fmt.Errorf("story outlets: %w", err)
			}
		}
		return nil
	}
	for _, q := range []string{storyOutletsSet, storyOutletCount} {
		stmt, err := tx.PrepareContext(ctx, q+` WHERE id = ?`)
		if err != nil {
			return fmt.Errorf("story outlets: %w", err)
		}
		for _, id := range ids {
			if _, err := stmt.ExecContext(ctx, id); err != nil {
				stmt.Close()
				return fmt.Errorf("story outlets of %s: %w", id, err)
			}
		}
		stmt.Close()
	}
	return nil
}
