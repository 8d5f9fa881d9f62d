-- Covering indexes for counting the articles copy detection has not
-- checked (each article's current content hash against the checked one):
-- without them the count read every article's row, text and all.
CREATE INDEX articles_id_hash ON articles (id, content_hash);
CREATE INDEX copy_checks_hash ON copy_checks (article_id, content_hash);
