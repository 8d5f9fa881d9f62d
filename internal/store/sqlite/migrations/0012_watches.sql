-- Watches (saved searches over new articles, events and copies), what each
-- matched, and the webhook deliveries of those matches with a log of every
-- attempt. A match is unique per watch by its key, so that one thing is
-- matched (and delivered) once however often it is seen; a watch's cursors
-- say how far into the story assignments and copy checks it has looked.
CREATE TABLE watches (
	id         INTEGER PRIMARY KEY AUTOINCREMENT,
	title      TEXT    NOT NULL DEFAULT '',
	spec       TEXT    NOT NULL,
	webhook    TEXT    NOT NULL DEFAULT '',
	secret     TEXT    NOT NULL DEFAULT '',
	created    TEXT    NOT NULL,
	story_seq  INTEGER NOT NULL DEFAULT 0,
	check_seq  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE watch_matches (
	id       INTEGER PRIMARY KEY AUTOINCREMENT,
	watch_id INTEGER NOT NULL REFERENCES watches (id) ON DELETE CASCADE,
	key      TEXT    NOT NULL,
	kind     TEXT    NOT NULL,
	found    TEXT    NOT NULL,
	article  TEXT    NOT NULL DEFAULT '',
	story    TEXT    NOT NULL DEFAULT '',
	title    TEXT    NOT NULL DEFAULT '',
	summary  TEXT    NOT NULL DEFAULT '',
	url      TEXT    NOT NULL DEFAULT '',
	payload  TEXT    NOT NULL,
	UNIQUE (watch_id, key)
);
CREATE INDEX watch_matches_recent ON watch_matches (watch_id, id DESC);

-- One row per match of a watch that has a webhook: pending until it is
-- delivered (a 2xx answer) or given up. lease_until is set while one
-- process is sending it, so that two processes never send it at once.
CREATE TABLE watch_deliveries (
	match_id     INTEGER PRIMARY KEY REFERENCES watch_matches (id) ON DELETE CASCADE,
	watch_id     INTEGER NOT NULL REFERENCES watches (id) ON DELETE CASCADE,
	state        TEXT    NOT NULL DEFAULT 'pending',
	attempts     INTEGER NOT NULL DEFAULT 0,
	next_attempt INTEGER NOT NULL,
	lease_until  INTEGER NOT NULL DEFAULT 0,
	lease_owner  TEXT    NOT NULL DEFAULT '',
	done         TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX watch_deliveries_due ON watch_deliveries (state, next_attempt);

CREATE TABLE watch_attempts (
	id          INTEGER PRIMARY KEY AUTOINCREMENT,
	watch_id    INTEGER NOT NULL REFERENCES watches (id) ON DELETE CASCADE,
	match_id    INTEGER NOT NULL,
	attempt     INTEGER NOT NULL,
	at          TEXT    NOT NULL,
	status      INTEGER NOT NULL DEFAULT 0,
	error       TEXT    NOT NULL DEFAULT '',
	duration_ms INTEGER NOT NULL DEFAULT 0,
	outcome     TEXT    NOT NULL
);
CREATE INDEX watch_attempts_recent ON watch_attempts (watch_id, id DESC);
