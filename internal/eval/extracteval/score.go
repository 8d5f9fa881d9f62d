// Package extracteval scores HTML main-text extractors the way the Article
// Extraction Benchmark (Scrapinghub/Zyte) does: 4-token shingle multisets
// compared per page, precision and recall averaged over pages, and F1 taken
// of the two averages.
package extracteval

import (
	"strings"
	"unicode"
)

// shingleSize is the number of tokens in one shingle.
const shingleSize = 4

// Tokens splits text into maximal runs of Unicode letters, digits and
// underscore, with no case folding.
func Tokens(text string) []string {
	return strings.FieldsFunc(text, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_')
	})
}

// shingles returns the multiset of the text's 4-token shingles. A text of one
// to three tokens gives one shorter shingle; a text without tokens gives none.
func shingles(text string) map[string]int {
	toks := Tokens(text)
	out := make(map[string]int)
	if len(toks) == 0 {
		return out
	}
	if len(toks) < shingleSize {
		out[strings.Join(toks, " ")]++
		return out
	}
	for i := 0; i+shingleSize <= len(toks); i++ {
		out[strings.Join(toks[i:i+shingleSize], " ")]++
	}
	return out
}

// PageScore is one page's normalised counts: TP, FP and FN divided by their
// sum, so that every page weighs the same. All three are zero when both texts
// have no tokens.
type PageScore struct {
	TP, FP, FN float64
}

// ScorePage compares a predicted text with the true text of one page. Soft
// hyphens (U+00AD) are removed from the prediction first.
func ScorePage(truth, pred string) PageScore {
	pred = strings.ReplaceAll(pred, "\u00ad", "")
	ts, ps := shingles(truth), shingles(pred)
	var tp, fp, fn int
	for sh, t := range ts {
		p := ps[sh]
		tp += min(t, p)
		fn += max(0, t-p)
	}
	for sh, p := range ps {
		fp += max(0, p-ts[sh])
	}
	sum := tp + fp + fn
	if sum == 0 {
		return PageScore{}
	}
	s := float64(sum)
	return PageScore{TP: float64(tp) / s, FP: float64(fp) / s, FN: float64(fn) / s}
}

// Precision is TP/(TP+FP). ok is false when the page has no predicted
// shingles (TP+FP = 0), so that an empty prediction does not lower average
// precision. A page with FP = FN = 0 and some tokens scores 1.
func (s PageScore) Precision() (p float64, ok bool) {
	if s.TP+s.FP == 0 {
		return 0, false
	}
	return s.TP / (s.TP + s.FP), true
}

// Recall is TP/(TP+FN). ok is false when the page has no true shingles
// (TP+FN = 0); an empty prediction of a non-empty truth scores 0.
func (s PageScore) Recall() (r float64, ok bool) {
	if s.TP+s.FN == 0 {
		return 0, false
	}
	return s.TP / (s.TP + s.FN), true
}

// Aggregate averages per-page precision and recall over the pages where each
// is defined and returns F1 of the two averages.
func Aggregate(pages []PageScore) (precision, recall, f1 float64) {
	var sumP, sumR float64
	var nP, nR int
	for _, s := range pages {
		if p, ok := s.Precision(); ok {
			sumP += p
			nP++
		}
		if r, ok := s.Recall(); ok {
			sumR += r
			nR++
		}
	}
	if nP > 0 {
		precision = sumP / float64(nP)
	}
	if nR > 0 {
		recall = sumR / float64(nR)
	}
	if precision+recall > 0 {
		f1 = 2 * precision * recall / (precision + recall)
	}
	return precision, recall, f1
}
