-- Leases: which process does a job that only one may do at a time (the
-- story clusterer, copy detection), until when. A released lease keeps its
-- row, expired, so that its token goes on rising.
CREATE TABLE leases (
	name       TEXT PRIMARY KEY,
	holder     TEXT NOT NULL,
	expires_ms INTEGER NOT NULL,
	token      INTEGER NOT NULL
);
