-- Outlets: the ways articles name their outlet (a name, the domain keys of
-- their URL and of their input's site, the ratings their input carried),
-- which way each article names it, the outlet records folded from them or
-- kept by the user, their names, domains and ratings, and a version that
-- every fold and edit raises.
CREATE TABLE outlets (
	id       TEXT PRIMARY KEY,
	name     TEXT NOT NULL,
	kind     TEXT NOT NULL DEFAULT '',
	country  TEXT NOT NULL DEFAULT '',
	language TEXT NOT NULL DEFAULT '',
	owner    TEXT NOT NULL DEFAULT '',
	pinned   INTEGER NOT NULL DEFAULT 0, -- 1: the user's record
	articles INTEGER NOT NULL DEFAULT 0,
	updated  TEXT NOT NULL
);
-- Names (by outlet.Key) and domains of outlets: pinned rows are the
-- user's; the others are rewritten by every fold.
CREATE TABLE outlet_names (
	key       TEXT NOT NULL,
	outlet_id TEXT NOT NULL REFERENCES outlets (id) ON DELETE CASCADE,
	name      TEXT NOT NULL,
	pinned    INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (key, outlet_id)
);
CREATE INDEX outlet_names_outlet ON outlet_names (outlet_id);
CREATE TABLE outlet_domains (
	domain    TEXT NOT NULL,
	outlet_id TEXT NOT NULL REFERENCES outlets (id) ON DELETE CASCADE,
	pinned    INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (domain, outlet_id)
);
CREATE INDEX outlet_domains_outlet ON outlet_domains (outlet_id);
CREATE TABLE outlet_ratings (
	outlet_id  TEXT NOT NULL REFERENCES outlets (id) ON DELETE CASCADE,
	kind       TEXT NOT NULL,
	section    TEXT NOT NULL DEFAULT '',
	provenance TEXT NOT NULL,
	source     TEXT NOT NULL DEFAULT '',
	label      TEXT NOT NULL,
	value      REAL,
	raw        TEXT NOT NULL DEFAULT '',
	date       TEXT NOT NULL DEFAULT '',
	articles   INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (outlet_id, kind, section, provenance, source, label)
);
CREATE TABLE outlet_sources (
	id         INTEGER PRIMARY KEY,
	name       TEXT NOT NULL,
	url_key    TEXT NOT NULL,
	site_key   TEXT NOT NULL,
	input      TEXT NOT NULL, -- outlet.InputRatings as JSON, '' for none
	first_seen TEXT NOT NULL,
	outlet_id  TEXT,          -- set by the fold
	section    TEXT NOT NULL DEFAULT '',
	alias      INTEGER NOT NULL DEFAULT 0,
	UNIQUE (name, url_key, site_key, input)
);
CREATE INDEX outlet_sources_outlet ON outlet_sources (outlet_id);
CREATE TABLE article_outlets (
	article_id TEXT PRIMARY KEY,
	source_id  INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX article_outlets_source ON article_outlets (source_id);
CREATE TABLE outlet_state (
	id      INTEGER PRIMARY KEY CHECK (id = 1),
	version INTEGER NOT NULL, -- raised by every fold and edit
	folded  INTEGER NOT NULL, -- article_outlets rows at the last fold
	dirty   INTEGER NOT NULL  -- 1: an edit waits for a fold
);
INSERT INTO outlet_state (id, version, folded, dirty) VALUES (1, 0, 0, 1);
