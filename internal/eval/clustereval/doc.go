// Package clustereval scores story clustering against gold events: it reads
// articles in the shared corpora format (JSON Lines, optionally gzip), mixes
// in distractor articles without gold, clusters everything in published
// order with internal/story and reports BCubed and pairwise precision,
// recall and F1 over the gold articles.
package clustereval
