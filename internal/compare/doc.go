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
// numbers and what they count) weighted by their inverse frequency in the
// story's sentences. Candidate pairs of sentences of different articles
// come from an inverted index of the rarer features; a pair matches on a
// weighted overlap (see align.go; the thresholds are measured against the
// hand-labelled gold in testdata/factgold.txt). Pairs are merged best
// first into groups holding at most one sentence per article; a sentence
// may also join a second group whose fact it packs in with another, and a
// sentence restating a fact its article gives elsewhere gets a group with
// its matches rather than being shown as reported by its article alone.
// Quotes: grouped by linked speaker and word overlap (longest common
// subsequence), then classified pair by pair; an altered quote gets a
// word-level diff against the corresponding sentences of the other
// version. Numbers: one item per quantity and article (a title repeating
// the body counts once); two items are one quantity only when they have
// the same kind and unit and count the same thing (the counted noun, or a
// concept such as deaths read from "12 dead", "14 people had died" or
// "the number of dead at 14"), then by the words around them. Changes in
// percentage points ("a quarter of a percentage point", "25 basis
// points") have the unit "percentage point" and a value in points.
// Distinctive words: the log-odds ratio with an informative
// Dirichlet prior of Monroe, Colaresi and Quinn (2008).
package compare
