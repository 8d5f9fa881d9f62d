package furnitureeval

import (
	"fmt"
	"io"
	"math"
)

// Counts is a confusion matrix of furniture predictions against gold
// labels. A paragraph labelled furniture or mixed is a gold positive (it
// holds furniture to set aside); a predicted positive is one the predicate
// calls furniture. Raw counts are paragraphs of the sample; weighted counts
// estimate paragraphs of the corpus.
type Counts struct {
	TP, FP, FN, TN float64
	// Mixed counts gold mixed paragraphs, and MixedFlagged those of them
	// predicted furniture (a whole-paragraph cleaner that flags one drops
	// article text with the furniture).
	Mixed, MixedFlagged float64
}

// Precision is TP / (TP + FP): the share of paragraphs set aside that hold
// furniture. It is NaN when nothing was set aside.
func (c Counts) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall is TP / (TP + FN): the share of furniture paragraphs set aside. It
// is NaN when there is no furniture.
func (c Counts) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

func ratio(a, b float64) float64 {
	if b == 0 {
		return math.NaN()
	}
	return a / b
}

func (c *Counts) add(gold, pred, mixed bool, w float64) {
	switch {
	case gold && pred:
		c.TP += w
	case pred:
		c.FP += w
	case gold:
		c.FN += w
	default:
		c.TN += w
	}
	if mixed {
		c.Mixed += w
		if pred {
			c.MixedFlagged += w
		}
	}
}

// Scores is the raw and the weighted confusion matrix of one set of
// paragraphs.
type Scores struct {
	Raw, Weighted Counts
}

// Report is the outcome of Score: over all paragraphs and per stratum.
type Report struct {
	All    Scores
	Strata map[Stratum]Scores
}

// Score compares isFurniture with the gold labels. drawn gives each
// labelled paragraph its stratum and weight (testdata/*.strata.tsv); every
// label must have one.
func Score(labels []Label, drawn []Drawn, isFurniture func(abpID string, para int) bool) (Report, error) {
	design := make(map[key]Drawn, len(drawn))
	for _, d := range drawn {
		design[key{d.ABPID, d.Para}] = d
	}
	r := Report{Strata: map[Stratum]Scores{}}
	for _, l := range labels {
		d, ok := design[key{l.ABPID, l.Para}]
		if !ok {
			return Report{}, fmt.Errorf("score: paragraph %s#%d has a label but was not drawn", l.ABPID, l.Para)
		}
		gold, mixed := l.Label != Text, l.Label == Mixed
		pred := isFurniture(l.ABPID, l.Para)
		s := r.Strata[d.Stratum]
		for _, c := range []*Scores{&r.All, &s} {
			c.Raw.add(gold, pred, mixed, 1)
			c.Weighted.add(gold, pred, mixed, d.Weight)
		}
		r.Strata[d.Stratum] = s
	}
	return r, nil
}

// WriteTable writes the report as a plain-text table: one row per stratum
// and one for all paragraphs, with raw and weighted precision and recall.
func (r Report) WriteTable(w io.Writer) error {
	if _, err := fmt.Fprintf(w, "%-8s %5s %5s %4s %4s %4s %9s %9s %9s %9s\n",
		"stratum", "n", "gold", "tp", "fp", "fn", "raw P", "raw R", "wtd P", "wtd R"); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	row := func(name string, s Scores) error {
		c := s.Raw
		_, err := fmt.Fprintf(w, "%-8s %5.0f %5.0f %4.0f %4.0f %4.0f %9.3f %9.3f %9.3f %9.3f\n",
			name, c.TP+c.FP+c.FN+c.TN, c.TP+c.FN, c.TP, c.FP, c.FN,
			c.Precision(), c.Recall(), s.Weighted.Precision(), s.Weighted.Recall())
		if err != nil {
			return fmt.Errorf("write report: %w", err)
		}
		return nil
	}
	for _, st := range []Stratum{First, Last, Cue, Body} {
		if s, ok := r.Strata[st]; ok {
			if err := row(string(st), s); err != nil {
				return err
			}
		}
	}
	return row("all", r.All)
}
