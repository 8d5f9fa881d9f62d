-- Stories: which story each article joined and why, each story's summary,
-- the merges made (so that old story ids still resolve), and the
-- clusterer's state so that the next run goes on where this one stopped.
CREATE TABLE stories (
	id           TEXT PRIMARY KEY,
	title        TEXT NOT NULL,
	first        INTEGER,
	last         INTEGER,
	outlets      TEXT NOT NULL DEFAULT '[]',
	outlet_count INTEGER NOT NULL DEFAULT 0,
	articles     INTEGER NOT NULL DEFAULT 0,
	entities     TEXT NOT NULL DEFAULT '[]',
	terms        TEXT NOT NULL DEFAULT '[]',
	updated      TEXT NOT NULL
);
CREATE INDEX stories_last ON stories (last DESC);
CREATE INDEX stories_covered ON stories (outlet_count DESC, articles DESC);
CREATE TABLE story_articles (
	article_id TEXT PRIMARY KEY REFERENCES articles (id),
	story_id   TEXT NOT NULL,
	score      REAL NOT NULL,
	new        INTEGER NOT NULL,
	parts      TEXT NOT NULL DEFAULT '{}',
	top_terms  TEXT NOT NULL DEFAULT '[]',
	seq        INTEGER NOT NULL
);
CREATE INDEX story_articles_story ON story_articles (story_id, seq);
CREATE TABLE story_merges (
	from_id TEXT PRIMARY KEY,
	into_id TEXT NOT NULL,
	score   REAL NOT NULL,
	at      TEXT NOT NULL
);
CREATE TABLE story_state (
	id    INTEGER PRIMARY KEY CHECK (id = 1),
	state BLOB NOT NULL
);
