-- Articles, their superseded revisions, and the full-text index.
CREATE TABLE articles (
	rowid           INTEGER PRIMARY KEY,
	id              TEXT NOT NULL UNIQUE,
	external_id     TEXT NOT NULL DEFAULT '',
	outlet          TEXT NOT NULL DEFAULT '',
	url             TEXT NOT NULL DEFAULT '',
	title           TEXT NOT NULL DEFAULT '',
	authors         TEXT NOT NULL DEFAULT '[]',
	published       TEXT NOT NULL DEFAULT '',
	published_unix  INTEGER,
	language        TEXT NOT NULL DEFAULT '',
	categories      TEXT NOT NULL DEFAULT '[]',
	tags            TEXT NOT NULL DEFAULT '[]',
	excerpt         TEXT NOT NULL DEFAULT '',
	image           TEXT NOT NULL DEFAULT '',
	body            TEXT NOT NULL,
	source_location TEXT NOT NULL DEFAULT '',
	source_format   TEXT NOT NULL DEFAULT '',
	added           TEXT NOT NULL,
	updated         TEXT NOT NULL,
	content_hash    TEXT NOT NULL,
	revision        INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX articles_order ON articles (published_unix DESC, added DESC);
CREATE INDEX articles_outlet ON articles (outlet, published_unix DESC);

CREATE TABLE revisions (
	article_id      TEXT NOT NULL REFERENCES articles (id),
	revision        INTEGER NOT NULL,
	content_hash    TEXT NOT NULL,
	title           TEXT NOT NULL,
	body            TEXT NOT NULL,
	source_location TEXT NOT NULL DEFAULT '',
	added           TEXT NOT NULL,
	PRIMARY KEY (article_id, revision)
);
CREATE INDEX revisions_hash ON revisions (article_id, content_hash);

CREATE VIRTUAL TABLE articles_fts USING fts5 (
	title, body,
	content = 'articles', content_rowid = 'rowid',
	tokenize = 'porter unicode61 remove_diacritics 2'
);
-- Buffer 32 MiB of index data in memory before writing a segment (the
-- default is 1 MiB).
INSERT INTO articles_fts (articles_fts, rank) VALUES ('hashsize', 33554432);
-- The index is kept by Put, not by triggers: a trigger would write the index
-- once per row, and FTS5 writes a segment to disk at every statement that
-- follows an index write in a transaction, which makes bulk adds merge
-- without end. Put writes the index for a whole batch in one statement.
