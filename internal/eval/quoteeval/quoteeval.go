// Package quoteeval measures quotation and speaker extraction against the
// annotated quotes corpus (../shared/data/quotes, PolNeAR in JSON Lines).
//
// Scoring, as issue 3 defines it: offsets count code points of the body. A
// found quotation (one that the analyzer does not mark partial) matches a
// gold direct quotation when the text inside their marks overlaps by at
// least half of the gold span (one to one, greedily in text order). A found
// quotation that matches no direct quotation but overlaps a "mixed" item
// (paraphrase with a partial quote; by half of either span) counts neither
// way. Only quotations opened by a double mark are scored (see
// corpusMark). Precision is matches over the found quotations that are not
// neutral; recall is matches over gold direct quotations. Speaker accuracy
// is, over matches, the share whose speaker mention overlaps the gold
// source span (pronouns included); a gold quotation with no source is
// right when no speaker was found.
package quoteeval

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/parallax-news/parallax/internal/nlp"
)

// Result holds the figures of one evaluation run.
type Result struct {
	Precision       float64 `json:"precision"`
	Recall          float64 `json:"recall"`
	F1              float64 `json:"f1"`
	SpeakerAccuracy float64 `json:"speaker_accuracy"`
	// Gold is the number of gold direct quotations.
	Gold int `json:"gold"`
	// Predicted is the number of found quotations scored (neutral ones
	// excluded).
	Predicted int `json:"predicted"`
	// Matched, SpeakerCorrect and Neutral are the counts behind the rates.
	Matched        int `json:"matched"`
	SpeakerCorrect int `json:"speaker_correct"`
	Neutral        int `json:"neutral"`
	Articles       int `json:"articles"`
}

// Run scores the analyzer on the corpus file at goldPath.
func Run(ctx context.Context, goldPath string, a *nlp.Analyzer) (Result, error) {
	f, err := os.Open(goldPath)
	if err != nil {
		return Result{}, err
	}
	defer f.Close()
	res, err := Score(ctx, f, a, nil)
	if err != nil {
		return res, fmt.Errorf("%s: %w", goldPath, err)
	}
	return res, nil
}

// Score scores the analyzer on a corpus read from r. When report is not
// nil it is called with every scored item, for error analysis.
func Score(ctx context.Context, r io.Reader, a *nlp.Analyzer, report func(Outcome)) (Result, error) {
	if report == nil {
		report = func(Outcome) {}
	}
	var res Result
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	line := 0
	for sc.Scan() {
		line++
		if err := ctx.Err(); err != nil {
			return res, err
		}
		var rec Record
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return res, fmt.Errorf("line %d: %w", line, err)
		}
		res.Articles++
		art := split(&rec)
		an := a.Analyze(art.input)
		var fs []found
		for _, q := range an.Quotes {
			if q.Partial || !corpusMark(q.Mark) {
				continue
			}
			f := found{}
			for _, p := range q.Parts {
				f.spans = append(f.spans, art.runeSpan(p))
			}
			// The corpus annotates a publication that reported the
			// words ("according to CNN") as their source: the
			// analyzer's reporting source stands for the speaker.
			if sp := q.Speaker; sp != nil || q.Source != nil {
				if sp == nil {
					sp = q.Source
				}
				s := art.runeSpan(sp.Span)
				f.speaker = &s
			}
			fs = append(fs, f)
		}
		var gs []goldItem
		for _, g := range rec.Quotes {
			it := goldItem{}
			switch g.QuoteType {
			case "direct":
				it.direct = true
				it.spans = g.QuoteSpans
				if len(it.spans) == 0 {
					it.spans = g.ContentSpans
				}
			case "mixed":
				it.spans = g.ContentSpans
			default:
				continue
			}
			if len(it.spans) == 0 {
				it.spans = [][2]int{{g.ContentStart, g.ContentEnd}}
			}
			if g.SourceStart != nil && g.SourceEnd != nil && !g.NoSource {
				it.source = &[2]int{*g.SourceStart, *g.SourceEnd}
			}
			gs = append(gs, it)
		}
		scoreArticle(rec.ID, fs, gs, &res, report)
	}
	if err := sc.Err(); err != nil {
		return res, err
	}
	res.finish()
	return res, nil
}

// corpusMark reports whether a quotation opened by mark can be a direct
// quotation in the corpus, which defines those by double marks only
// (" “ ” „ « »): its single-quoted and ”-quoted passages are annotated as
// paraphrase, so scoring them would measure that convention, not the
// extractor.
func corpusMark(mark string) bool {
	switch mark {
	case "\"", "\u201c", "\u201d", "\u201e", "\u00ab", "\u00bb":
		return true
	}
	return false
}

func (r *Result) finish() {
	if r.Predicted > 0 {
		r.Precision = float64(r.Matched) / float64(r.Predicted)
	}
	if r.Gold > 0 {
		r.Recall = float64(r.Matched) / float64(r.Gold)
	}
	if r.Precision+r.Recall > 0 {
		r.F1 = 2 * r.Precision * r.Recall / (r.Precision + r.Recall)
	}
	if r.Matched > 0 {
		r.SpeakerAccuracy = float64(r.SpeakerCorrect) / float64(r.Matched)
	}
}
