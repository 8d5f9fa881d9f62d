// Package reuseeval scores copy detection on graded text reuse: the Corpus
// of Plagiarised Short Answers (Clough and Stevenson, 2011), laid out as in
// ../shared/data/reuse (file_information.csv and texts/).
//
// Each answer is compared with the source text of its task by the dedup
// package. Two decisions are scored: derived or not (cut, light and heavy
// against non) and the grade (cut, light, heavy, non). Both come from a
// small classification tree over alignment features whose thresholds are
// fitted by leave-one-writer-out cross-validation: an answer is always
// judged by thresholds fitted on the other writers' answers. The untuned
// decision of dedup.DefaultConfig (any kind but unrelated counts as derived)
// is reported beside it.
package reuseeval

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/parallax-news/parallax/internal/dedup"
)

// Grade labels, in order of decreasing reuse.
var gradeLabels = []string{catCut, catLight, catHeavy, catNon}

// Derived-decision labels.
const (
	labelDerived    = "derived"
	labelNotDerived = "not-derived"
)

var derivedLabels = []string{labelDerived, labelNotDerived}

// Result holds the scores of one run. JSON field names are stable.
type Result struct {
	// Pairs counts the answers scored.
	Pairs int `json:"pairs"`
	// Accuracy and MacroF1 score the derived/not-derived decision.
	Accuracy float64 `json:"accuracy"`
	MacroF1  float64 `json:"macro_f1"`
	// GradeAccuracy and GradeMacroF1 score the cut/light/heavy/non grade.
	GradeAccuracy float64 `json:"grade_accuracy"`
	GradeMacroF1  float64 `json:"grade_macro_f1"`
	// DetectorAccuracy and DetectorMacroF1 score the derived decision of
	// the detector's default configuration, which is tuned for news and
	// not fitted to this corpus.
	DetectorAccuracy float64 `json:"detector_accuracy"`
	DetectorMacroF1  float64 `json:"detector_macro_f1"`
	// GradeLabels name the rows (gold) and columns (predicted) of
	// GradeConfusion.
	GradeLabels    []string `json:"grade_labels"`
	GradeConfusion [][]int  `json:"grade_confusion"`
	// Missed lists the answers whose derived decision is wrong.
	Missed []string `json:"missed"`
	// Method describes how thresholds were set.
	Method string `json:"method"`
}

// answer is one scored answer.
type answer struct {
	file, writer, grade string
	x                   []float64
	detector            bool
}

// Run scores the corpus in dir.
func Run(ctx context.Context, dir string) (Result, error) {
	answers, err := load(ctx, dir)
	if err != nil {
		return Result{}, fmt.Errorf("reuse eval %s: %w", dir, err)
	}
	if len(answers) == 0 {
		return Result{}, fmt.Errorf("reuse eval %s: no answers", dir)
	}
	gold := make([]string, len(answers))
	goldD := make([]string, len(answers))
	det := make([]string, len(answers))
	for i, a := range answers {
		gold[i], goldD[i] = a.grade, derivedLabel(a.grade != catNon)
		det[i] = derivedLabel(a.detector)
	}
	grade, derived := crossValidate(answers)
	res := Result{
		Pairs:            len(answers),
		Accuracy:         accuracy(goldD, derived),
		MacroF1:          macroF1(goldD, derived, derivedLabels),
		GradeAccuracy:    accuracy(gold, grade),
		GradeMacroF1:     macroF1(gold, grade, gradeLabels),
		DetectorAccuracy: accuracy(goldD, det),
		DetectorMacroF1:  macroF1(goldD, det, derivedLabels),
		GradeLabels:      gradeLabels,
		GradeConfusion:   confusion(gold, grade, gradeLabels),
		Missed:           []string{},
		Method: fmt.Sprintf("leave-one-writer-out cross-validation (%d folds) of classification trees (depth %d for derived, %d for grade, at least %d answers per leaf) over %s",
			countWriters(answers), derivedTree.maxDepth, gradeTree.maxDepth, gradeTree.minLeaf, strings.Join(featureNames, ", ")),
	}
	for i, a := range answers {
		if derived[i] != goldD[i] {
			res.Missed = append(res.Missed, a.file)
		}
	}
	return res, nil
}

func derivedLabel(b bool) string {
	if b {
		return labelDerived
	}
	return labelNotDerived
}

// load compares every answer with its task's source.
func load(ctx context.Context, dir string) ([]answer, error) {
	items, err := readIndex(dir)
	if err != nil {
		return nil, err
	}
	cmp, err := dedup.NewComparer(dedup.DefaultConfig())
	if err != nil {
		return nil, err
	}
	sources := map[string][]string{}
	for _, it := range items {
		if it.Category == catOrig {
			paras, err := readText(filepath.Join(dir, "texts", it.File))
			if err != nil {
				return nil, err
			}
			sources[it.Task] = paras
		}
	}
	var out []answer
	for _, it := range items {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if it.Category == catOrig {
			continue
		}
		if !isGrade(it.Category) {
			return nil, fmt.Errorf("%s: unknown category %q", it.File, it.Category)
		}
		src, ok := sources[it.Task]
		if !ok {
			return nil, fmt.Errorf("%s: no source text for task %q", it.File, it.Task)
		}
		paras, err := readText(filepath.Join(dir, "texts", it.File))
		if err != nil {
			return nil, err
		}
		m := cmp.Compare(dedup.Doc{ID: "source", Paragraphs: src}, dedup.Doc{ID: "answer", Paragraphs: paras})
		out = append(out, answer{
			file:     it.File,
			writer:   writerOf(it.File),
			grade:    it.Category,
			x:        features(m),
			detector: m.Related(),
		})
	}
	return out, nil
}

func isGrade(c string) bool {
	for _, g := range gradeLabels {
		if c == g {
			return true
		}
	}
	return false
}

// writerOf returns the writer part of a file name ("g0pA" of
// "g0pA_taska.txt").
func writerOf(file string) string {
	w, _, _ := strings.Cut(file, "_")
	return w
}

func countWriters(as []answer) int {
	seen := map[string]bool{}
	for _, a := range as {
		seen[a.writer] = true
	}
	return len(seen)
}
