// Package compare shows how several articles tell one story: whether they
// report one event, the facts they share and those one leaves out, how
// each quotes the people involved, the names, loaded words and numbers
// each chooses, who copied whom and who reported first.
//
// Compare returns a Report; its JSON fields are stable:
//
//	same_story  true when story clustering puts all the articles in one story
//	story       {score, reason, shared, groups}: why
//	articles    [{id, outlet (else the file name), title, published, source, words, only_names, kind}]
//	differences [{kind, text, ops, from, to, articles, section, index, score}]: what differs, best first
//	facts       [{coverage: all|most|some|one, reported_by, missing_from,
//	              shared, sentences: [{article, text, whole, paragraph, only_here}], conflict, stated_by}]
//	quotes      [{speaker, kind: identical|altered|shortened|one-outlet,
//	              quotes: [{article, text, verb, mention, partial}],
//	              diffs: [{from, to, kind, from_text, to_text, ops: [{op, text}], inline}]}]
//	names       [{entity, type, flagged, significance, forms_differ, roles_differ,
//	              variants: [{kind, flagged, forms, articles}], uses: [{article, forms, roles}]}]
//	terms       [{article, lexicon: [{term, text, category, sentence}],
//	              distinctive: [{word, count, z}], distinctive_shown}]
//	numbers     [{what, kind, unit, discrepancy, reported_by,
//	              values: [{article, text, value, approx, sentence}]}]
//	copies      [{source, copy, kind (or shares-quotes), extent, share, basis, inserted, removed, substituted}]
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
// Every pair in a fact group matches (complete linkage); a group whose
// sentences state opposite outcomes ("passed"/"dropped") carries the
// conflict; a fact lists in stated_by the articles outside its group
// that state it in other words (a looser match, see differ.go). Quotes:
// grouped by linked speaker and word overlap (longest common
// subsequence, a run of common words, mostly the same words where they
// overlap), every quote of a group matching every other and never two known speakers, then classified pair
// by pair: different ends, an ellipsis, square brackets or a break around
// the attribution make a shortened quote; only words changed inside both
// make it altered, with a word-level diff. Names: every pair of forms or
// roles two articles use differently is classified (names.go); charged
// naming pairs (the lexicon's "naming" sets), transliterations and
// stance-bearing descriptors are flagged. Numbers: one item per quantity and article (a title repeating
// the body counts once); two items are one quantity only when they have
// the same kind and unit and count the same thing (the counted noun, or a
// concept such as deaths read from "12 dead", "14 people had died" or
// "the number of dead at 14"), then by the words around them; different
// values are one quantity only with the same subject and time (see
// sameQuantity), never for ages. Copies: dedup's decisions, and
// shares-quotes for articles that only quote the same statements. Changes in
// percentage points ("a quarter of a percentage point", "25 basis
// points") have the unit "percentage point" and a value in points.
// Differences: candidates from every finding above, each scored by its
// kind and weight (see differences.go), ranked by RankDifferences.
// Distinctive words: the log-odds ratio with an informative
// Dirichlet prior of Monroe, Colaresi and Quinn (2008).
package compare
