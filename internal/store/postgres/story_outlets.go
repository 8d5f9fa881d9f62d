package postgres

// storyOutletsSet sets stories' outlets to the display names of their
// articles' outlet records (an article of no record yet by the name it
// gives), sorted, and outlet_count to their number, so that listings and
// "Most covered" count a story's outlets as its page does: two sections or
// names of one outlet are one. The clusterer names outlets as articles
// do; SaveStories (for the stories it saves, $1) and every fold (for all,
// $1 NULL) queue this after it.
const storyOutletsSet = `WITH o AS (
	SELECT sa.story_id, array_agg(DISTINCT COALESCE(r.name, a.outlet COLLATE "C") ORDER BY COALESCE(r.name, a.outlet COLLATE "C")) AS names
	FROM story_articles sa
	JOIN articles a ON a.id = sa.article_id
	LEFT JOIN article_outlets ao ON ao.article_id = sa.article_id
	LEFT JOIN outlet_sources os ON os.id = ao.source_id
	LEFT JOIN outlets r ON r.id = os.outlet_id
	WHERE ($1::text[] IS NULL OR sa.story_id = ANY($1)) AND COALESCE(r.name, a.outlet COLLATE "C") <> ''
	GROUP BY sa.story_id)
UPDATE stories s SET outlets = COALESCE(o.names, '{}'), outlet_count = COALESCE(cardinality(o.names), 0)
FROM stories t LEFT JOIN o ON o.story_id = t.id
WHERE s.id = t.id AND ($1::text[] IS NULL OR t.id = ANY($1))`

// storylineOutletsSet sets storylines' outlets to those of their events
// (see storyOutletsSet) and outlet_count to their number: for the
// storylines $1, or all when $1 is NULL.
const storylineOutletsSet = `WITH o AS (
	SELECT s.storyline_id, array_agg(DISTINCT n ORDER BY n) AS names
	FROM stories s, unnest(s.outlets) n
	WHERE ($1::text[] IS NULL OR s.storyline_id = ANY($1))
	GROUP BY s.storyline_id)
UPDATE storylines l SET outlets = COALESCE(o.names, '{}'), outlet_count = COALESCE(cardinality(o.names), 0)
FROM storylines t LEFT JOIN o ON o.storyline_id = t.id
WHERE l.id = t.id AND ($1::text[] IS NULL OR t.id = ANY($1))`
