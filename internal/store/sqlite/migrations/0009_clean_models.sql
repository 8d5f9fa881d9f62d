-- Cleaning (package clean): per outlet, in how many of its articles each
-- normalised paragraph occurs, kept as one encoded model per outlet, and
-- how far learning has read the articles: every article with a rowid up to
-- upto has been learned from. Put learns from the articles it adds when
-- learning is caught up; LearnPending catches up (a database from before
-- this migration learns from all its articles once).
CREATE TABLE clean_models (
	outlet   TEXT PRIMARY KEY,
	articles INTEGER NOT NULL,
	model    BLOB NOT NULL,
	updated  TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE clean_learned (
	id   INTEGER PRIMARY KEY CHECK (id = 1),
	upto INTEGER NOT NULL
);
INSERT INTO clean_learned (id, upto) VALUES (1, 0);
