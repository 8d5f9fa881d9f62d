-- A counter that every committed clustering step raises, so that readers
-- (the web server's caches) can tell cheaply whether stories changed, in
-- this process or another.
CREATE TABLE story_version (
	id INTEGER PRIMARY KEY CHECK (id = 1),
	n  INTEGER NOT NULL
);
INSERT INTO story_version (id, n) VALUES (1, 0);
