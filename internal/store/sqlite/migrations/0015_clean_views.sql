-- The cleaned view of each checked article, as copy detection computed it
-- (clean.Reader.Encode: verdicts and paragraph keys, no text), for the
-- stories step to take instead of cleaning the article again. A view
-- names the article's text, its outlet's model and the cleaner's version,
-- so one of another text, model or cleaner is cleaned again, not taken.
-- A rowid table, whose rows go in the order checks are saved: over ABP
-- (views of about 470 bytes) it takes 21.5 MB with its index of ids, where
-- one clustered by id (WITHOUT ROWID) took 31.7 MB, its pages 58 % full.
CREATE TABLE clean_views (
	article_id TEXT PRIMARY KEY,
	view       BLOB NOT NULL
);
