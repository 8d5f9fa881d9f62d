// Package eventeval measures story clustering on a real news stream
// against a judged sample of article pairs.
//
// A judged pair is two articles and a reader's verdict: the same event
// (one specific happening), the same topic (a related subject or one saga,
// but different happenings) or unrelated, and for same-topic pairs whether
// both belong to one storyline. The sample is drawn from a Parallax
// database in strata (pairs inside big stories, inside small stories, and
// look-alike pairs across stories on the same or adjacent days) by a
// seeded, documented procedure (Draw; see SAMPLING.md beside this file),
// and labelled by reading. Labels are keyed by the unordered pair of the
// articles' corpus ids (the external id, falling back to the URL), so that
// the same labels score any database built from the same articles and a
// new draw on another database emits only the pairs still to label.
//
// Score reports, per stratum, pairwise precision and recall of a system's
// grouping at the event level and at the storyline level. The commands
// under draw/, show/ and score/ wrap Draw, the reading aid and Score;
// pairfeat/ prints how the two articles of each judged pair compare part
// by part, for studies of the score (factfeat/ what the comparison engine
// finds in common, embfeat/ cosines of pretrained word vectors given on the
// command line, dayfeat/ the happenings of the day two articles tell in
// common); the tests score a database named by
// PARALLAX_EVENT_DB.
//
// The sample holds ids, URLs, labels and the labeller's own one-line
// reasons: never article text.
package eventeval
