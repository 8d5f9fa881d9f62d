-- Indexes in exactly the orders the stories listing asks for, so that the
-- first page of stories is read from an index instead of sorting every
-- story on each request.
CREATE INDEX stories_newest ON stories (last IS NULL, last DESC, articles DESC, id);
CREATE INDEX stories_covered_order ON stories (outlet_count DESC, articles DESC, last IS NULL, last DESC, id);
DROP INDEX stories_last;
DROP INDEX stories_covered;
