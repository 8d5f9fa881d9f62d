-- The cleaned view of each checked article, as copy detection computed it
-- (clean.Reader.Encode: verdicts and paragraph keys, no text), for the
-- stories step to take instead of cleaning the article again. A view
-- names the article's text, its outlet's model and the cleaner's version,
-- so one of another text, model or cleaner is cleaned again, not taken.
CREATE TABLE clean_views (
	article_id text COLLATE "C" PRIMARY KEY REFERENCES articles (id),
	view       bytea NOT NULL
);
