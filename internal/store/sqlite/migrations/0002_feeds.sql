-- Followed feeds and their polling state; the items each feed has shown.
CREATE TABLE feeds (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    url           TEXT    NOT NULL UNIQUE,
    title         TEXT    NOT NULL DEFAULT '',
    site_url      TEXT    NOT NULL DEFAULT '',
    added         TEXT    NOT NULL,
    etag          TEXT    NOT NULL DEFAULT '',
    last_modified TEXT    NOT NULL DEFAULT '',
    last_polled   TEXT    NOT NULL DEFAULT '',
    next_poll     TEXT    NOT NULL DEFAULT '',
    interval_ms   INTEGER NOT NULL DEFAULT 0,
    failures      INTEGER NOT NULL DEFAULT 0,
    last_error    TEXT    NOT NULL DEFAULT '',
    articles      INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE feed_items (
    feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    key     TEXT    NOT NULL,
    seen    TEXT    NOT NULL,
    PRIMARY KEY (feed_id, key)
) WITHOUT ROWID;
