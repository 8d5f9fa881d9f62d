// Package findingseval scores the comparison's findings and the analysis's
// entity types against a judged sample of real stories: the ABP events of
// internal/compare/testdata/abpjudged, whose findings were each labelled
// right, partly right or wrong by reading, and the entity mentions of
// internal/nlp/testdata/abp-entities.tsv, each with its true type, and
// the entity names of random articles in abp-entity-names.tsv (one line
// per name and article, so a rare wrongly typed name weighs as much as a
// frequent right one; see ScoreNames).
//
// The sample keeps no article text: stories are lists of article ids of
// the ABP corpus, findings are keyed by article ids and byte offsets (see
// Key), mentions by article id, paragraph and byte offsets. The articles
// come from a database built from ../shared/data/abp (parallax add);
// the test reads it from PARALLAX_ABP_DB and skips without it.
package findingseval
