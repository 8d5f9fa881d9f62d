// Package furnitureeval holds the judged sample for measuring how well
// Parallax sets page furniture (captions, credits, promos, bios, widgets…)
// aside from article text: paragraphs of the ABP corpus drawn by a written
// random procedure (SAMPLING.md, Draw) and labelled by reading, kept as ids,
// paragraph indexes, labels and one-line reasons, never as text. It loads
// the labels and the drawing weights and scores a furniture predicate
// against them, on the raw sample and weighted to the corpus, per stratum.
package furnitureeval
