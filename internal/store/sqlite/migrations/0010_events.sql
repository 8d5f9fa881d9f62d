-- Events and storylines. A story is now an event (one specific happening),
-- and events that continue one saga form a storyline. Stories are regrouped
-- from scratch by the new clusterer: the old groups, merges and state are
-- dropped (the next `parallax stories` rebuilds them). Articles remember
-- where a publication date that their input lacked came from.
DELETE FROM story_articles;
DELETE FROM story_merges;
DELETE FROM story_state;
DELETE FROM stories;
ALTER TABLE stories ADD COLUMN storyline_id TEXT NOT NULL DEFAULT '';
CREATE INDEX stories_storyline ON stories (storyline_id, first);
CREATE TABLE story_splits (
	from_id  TEXT NOT NULL,
	into_id  TEXT NOT NULL,
	articles TEXT NOT NULL DEFAULT '[]',
	score    REAL NOT NULL,
	at       TEXT NOT NULL,
	PRIMARY KEY (from_id, into_id)
);
CREATE INDEX story_splits_into ON story_splits (into_id);
CREATE TABLE storylines (
	id           TEXT PRIMARY KEY,
	title        TEXT NOT NULL,
	first        INTEGER,
	last         INTEGER,
	stories      INTEGER NOT NULL DEFAULT 0,
	articles     INTEGER NOT NULL DEFAULT 0,
	outlets      TEXT NOT NULL DEFAULT '[]',
	outlet_count INTEGER NOT NULL DEFAULT 0,
	entities     TEXT NOT NULL DEFAULT '[]',
	terms        TEXT NOT NULL DEFAULT '[]',
	updated      TEXT NOT NULL
);
CREATE INDEX storylines_newest ON storylines (last IS NULL, last DESC, articles DESC, id);
CREATE INDEX storylines_covered ON storylines (stories DESC, articles DESC, last IS NULL, last DESC, id);
CREATE TABLE storyline_merges (
	from_id TEXT PRIMARY KEY,
	into_id TEXT NOT NULL,
	score   REAL NOT NULL,
	at      TEXT NOT NULL
);
ALTER TABLE articles ADD COLUMN date_source TEXT NOT NULL DEFAULT '';
UPDATE story_version SET n = n + 1 WHERE id = 1;
