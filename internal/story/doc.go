// Package story groups articles that report the same real-world event into
// stories, online and in one pass.
//
// A Clusterer takes articles in published order (undated ones in the order
// they arrive; see SortPublished). Each article is turned into Features
// (stemmed content words, names or entities, numbers and title words) by a
// FeatureExtractor, weighted by an inverse document frequency learnt online
// from the articles seen so far, and compared with the compact centroids of
// the active stories that share at least one of its top terms or names in an
// inverted index. It joins the best story whose score reaches the threshold,
// or starts a new story. Every assignment is returned as a Decision that
// explains its score.
//
// Stories idle for longer than a window of published time are evicted, so
// memory and the cost per article depend on the number of active stories,
// not on the size of the archive. Stories that turn out to report one event
// are merged by a periodic repair pass, and each Merge is recorded so that
// old story ids still resolve.
//
// The state of the active window (stories with their centroids, merges and
// the document-frequency sketch) is serialisable with Snapshot and restored
// with Resume, so a store can persist it and clustering can continue later
// with the same result as an uninterrupted run.
package story
