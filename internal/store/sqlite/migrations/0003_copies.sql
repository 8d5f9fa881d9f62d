-- Copy detection: which article revisions have been checked (seq orders
-- the checks), the inverted index from signature keys to checks, and the
-- relations found.
CREATE TABLE copy_checks (
	seq          INTEGER PRIMARY KEY AUTOINCREMENT, -- never reused: orphaned keys stay orphaned
	article_id   TEXT NOT NULL UNIQUE REFERENCES articles (id),
	content_hash TEXT NOT NULL,
	checked      TEXT NOT NULL
);
CREATE TABLE copy_keys (
	key INTEGER NOT NULL,
	seq INTEGER NOT NULL,
	PRIMARY KEY (key, seq)
) WITHOUT ROWID;
CREATE TABLE copy_links (
	source     TEXT NOT NULL REFERENCES articles (id),
	copy       TEXT NOT NULL REFERENCES articles (id),
	kind       TEXT NOT NULL,
	share      REAL NOT NULL,
	detail     TEXT NOT NULL,
	found      TEXT NOT NULL,
	checked_by TEXT NOT NULL,
	PRIMARY KEY (source, copy)
);
CREATE INDEX copy_links_copy ON copy_links (copy);
CREATE INDEX copy_links_checked_by ON copy_links (checked_by);
