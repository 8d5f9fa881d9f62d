package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
)

// storyOutlets selects, as a row of outlet_list (a JSON list) and
// outlet_n (their count), the display names of the outlet records of the articles of the
// story whose id is the SQL expression story (an article of no record yet
// by the name it gives), sorted, so that listings and "Most covered"
// count a story's outlets as its page does: two sections or names of one
// outlet are one. The clusterer names outlets as articles do; SaveStories
// and every fold take a story's outlets from this.
//
// SaveStories reads it as a CTE of a one-row INSERT ... VALUES (WITH c AS
// MATERIALIZED (...) INSERT ... VALUES (..., (SELECT outlet_list FROM c),
// (SELECT outlet_n FROM c), ...)), not as the source of an INSERT ...
// SELECT: SQLite keeps a statement journal (the original of every page the
// statement changes, so that a failing statement can be undone alone) for
// a statement that may write several rows and may abort, and an INSERT ...
// SELECT is one even when it selects one row. Once one statement of a
// transaction has journaled more than 64 KiB, the journal is a temporary
// file, so on a full run every event and storyline saved wrote its pages
// there (pwrite calls, about 3 % of the stories command's CPU). The row
// written is the same.
func storyOutlets(story string) string {
	return `SELECT json_group_array(n) AS outlet_list, count(*) AS outlet_n FROM (
	SELECT DISTINCT COALESCE(o.name, a.outlet) AS n FROM story_articles sa
	JOIN articles a ON a.id = sa.article_id
	LEFT JOIN article_outlets ao ON ao.article_id = sa.article_id
	LEFT JOIN outlet_sources os ON os.id = ao.source_id
	LEFT JOIN outlets o ON o.id = os.outlet_id
	WHERE sa.story_id = ` + story + ` AND COALESCE(o.name, a.outlet) <> '' ORDER BY n)`
}

// storylineOutlets selects, as storyOutlets does, the outlets of the
// events of the storyline whose id is the SQL expression line.
func storylineOutlets(line string) string {
	return `SELECT json_group_array(n) AS outlet_list, count(*) AS outlet_n FROM (
	SELECT DISTINCT o.value AS n FROM stories s, json_each(s.outlets) o WHERE s.storyline_id = ` + line + ` ORDER BY n)`
}

// storyOutletsSet and storylineOutletsSet set the outlets and
// outlet_count of stories and storylines in one statement, so that each
// row is rewritten once (a second UPDATE of outlet_count rewrote every
// row again).
var (
	storyOutletsSet     = `UPDATE stories SET (outlets, outlet_count) = (` + storyOutlets("stories.id") + `)`
	storylineOutletsSet = `UPDATE storylines SET (outlets, outlet_count) = (` + storylineOutlets("storylines.id") + `)`
)

// refreshStoryOutlets recounts the outlets of stories ids under their
// outlet records, or of every story when ids is nil.
func refreshStoryOutlets(ctx context.Context, tx *sql.Tx, ids []string) error {
	return refreshOutlets(ctx, tx, ids, storyOutletsSet)
}

// refreshStorylineOutlets recounts the outlets of storylines ids from
// their events', or of every storyline when ids is nil.
func refreshStorylineOutlets(ctx context.Context, tx *sql.Tx, ids []string) error {
	return refreshOutlets(ctx, tx, ids, storylineOutletsSet)
}

// refreshOutlets runs the statement set, for the rows ids or for all when
// ids is nil, once over all of ids (a JSON list): one execution per row
// cost more than the updates themselves.
func refreshOutlets(ctx context.Context, tx *sql.Tx, ids []string, set string) error {
	if ids == nil {
		if _, err := tx.ExecContext(ctx, set); err != nil {
			return fmt.Errorf("outlets: %w", err)
		}
		return nil
	}
	if len(ids) == 0 {
		return nil
	}
	list, _ := json.Marshal(ids) // a []string always marshals
	if _, err := tx.ExecContext(ctx, set+` WHERE id IN (SELECT value FROM json_each(?))`, string(list)); err != nil {
		return fmt.Errorf("outlets: %w", err)
	}
	return nil
}
