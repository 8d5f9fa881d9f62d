// Package compare shows how several articles tell one story: whether they
// report one event, the facts they share and those one leaves out, how
// each quotes the people involved, the names, loaded words and numbers
// each chooses, who copied whom and who reported first.
//
// Compare returns a Report; its JSON fields are stable:
//
//	same_story  true when story clustering puts all the articles in one story
//	story       {score, reason, shared, groups}: why
//	articles    [{id, outlet (else the file name), title, published, source, words}]
//	facts       [{coverage: all|most|some|one, reported_by, missing_from,
//	              shared, sentences: [{article, text, only_here}]}]
//	quotes      [{speaker, kind: identical|altered|shortened|one-outlet,
//	              quotes: [{article, text, verb, mention, partial}],
//	              diffs: [{from, to, kind, from_text, to_text, ops: [{op, text}], inline}]}]
//	names       [{entity, type, forms_differ, roles_differ, uses: [{article, forms, roles}]}]
//	terms       [{article, lexicon: [{term, text, category, sentence}],
//	              distinctive: [{word, count, z}], distinctive_shown}]
//	numbers     [{what, kind, unit, discrepancy, reported_by,
//	              values: [{article, text, value, approx, sentence}]}]
//	copies      [{source, copy, kind, extent, share, basis, inserted, removed, substituted}]
//	timeline    [{article, published, first, after}]
//
// # Method
//
// Facts: every body sentence with at least four content words gets
// features (content stems, pairs of consecutive stems, linked entities,
// numbers) weighted by their inverse frequency in the story's sentences.
// Candidate pairs of sentences of different articles come from an inverted
// index of the rarer features; a pair matches on a weighted overlap (see
// align.go). Pairs are merged best first into groups holding at most one
// sentence per article, then a sentence left alone joins its best match's
// group. Quotes: grouped by linked speaker and word overlap (longest common
// subsequence), then classified pair by pair; an altered quote gets a
// word-level diff against the corresponding sentences of the other
// version. Numbers: matched by kind, unit, what they count and the words
// around them. Distinctive words: the log-odds ratio with an informative
// Dirichlet prior of Monroe, Colaresi and Quinn (2008).
package compare
