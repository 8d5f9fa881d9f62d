-- Copy detection's index becomes a log-structured one (see copyindex.go):
-- the keys of the latest checks, one record per check (copy_tail), and
-- sorted runs of (key, check) postings written in key order, in chunks
-- (copy_runs, copy_chunks), that the tail is folded into when it grows. It
-- replaces copy_keys, whose random inserts rewrote most of its pages at
-- every commit; copy_keys' rows move into a run on first use.
CREATE TABLE copy_tail (
	seq  INTEGER PRIMARY KEY, -- copy_checks.seq
	keys BLOB NOT NULL        -- the check's keys, 8 bytes each, little-endian
);
CREATE TABLE copy_runs (
	id        INTEGER PRIMARY KEY,
	first_seq INTEGER NOT NULL, -- the checks it holds: first_seq..last_seq
	last_seq  INTEGER NOT NULL,
	postings  INTEGER NOT NULL,
	directory BLOB NOT NULL     -- the first key of each chunk, 8 bytes each
);
CREATE TABLE copy_chunks (
	id   INTEGER PRIMARY KEY, -- run << 24 | chunk number
	data BLOB NOT NULL        -- postings sorted by key then check: key (8 bytes), seq (4 bytes)
);
CREATE TABLE copy_dead (
	id  INTEGER PRIMARY KEY,
	seq INTEGER NOT NULL      -- a check since replaced, whose postings runs may still hold
);
CREATE TABLE copy_index_state (
	id            INTEGER PRIMARY KEY CHECK (id = 1),
	generation    INTEGER NOT NULL, -- raised whenever the runs change
	tail_postings INTEGER NOT NULL
);
INSERT INTO copy_index_state (id, generation, tail_postings) VALUES (1, 0, 0);

-- Work queues: the articles waiting for copy detection (new, or revised
-- since their check) and for a story, keyed in the order they are taken,
-- so that taking the next batch reads only the batch.
CREATE TABLE copy_queue (
	article INTEGER PRIMARY KEY, -- articles.rowid
	undated INTEGER NOT NULL,
	at      INTEGER NOT NULL      -- published_unix, 0 when undated
);
CREATE INDEX copy_queue_order ON copy_queue (undated, at, article);
INSERT INTO copy_queue (article, undated, at)
	SELECT a.rowid, a.published_unix IS NULL, COALESCE(a.published_unix, 0) FROM articles a
	WHERE NOT EXISTS (SELECT 1 FROM copy_checks c WHERE c.article_id = a.id AND c.content_hash = a.content_hash);

CREATE TABLE story_queue (
	article INTEGER PRIMARY KEY, -- articles.rowid
	at      INTEGER NOT NULL      -- published_unix, or the time it was added when undated
);
CREATE INDEX story_queue_order ON story_queue (at, article);
INSERT INTO story_queue (article, at)
	SELECT a.rowid, COALESCE(a.published_unix, CAST(strftime('%s', a.added) AS INTEGER), 0) FROM articles a
	WHERE NOT EXISTS (SELECT 1 FROM story_articles sa WHERE sa.article_id = a.id);

-- The articles whose text is not yet in the full-text index: Put queues
-- them and IndexText (which Search runs first) indexes them in batches, so
-- that storing articles does not wait for the index.
CREATE TABLE fts_queue (
	article INTEGER PRIMARY KEY -- articles.rowid
);

-- SaveStories numbers assignments after the highest so far.
CREATE INDEX story_articles_seq ON story_articles (seq);
