-- How many shards hold the copy index (package copyshard); no row, or 0:
-- the database itself. Set by the first sharded copy check of an empty
-- index; a database checked one way is always checked that way.
CREATE TABLE copy_shards (
	id     int PRIMARY KEY CHECK (id = 1),
	shards int NOT NULL
);
