package view

import (
	"context"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/clean"
	"github.com/parallax-news/parallax/internal/nlp"
)

// Analysis is the analysis of one article as `analyze --json` prints it and
// the API returns it: the analysis of the article's cleaned text (page
// furniture blanked out, so offsets are still offsets into the stored
// paragraphs), with the cleaning's verdict on each paragraph beside it.
type Analysis struct {
	*nlp.Analysis
	// Paragraphs says, for each paragraph, whether it was read as article
	// text ("text"), set aside as furniture ("furniture") or read in part
	// ("mixed"), and for furniture what it is and why.
	Paragraphs []clean.Para `json:"paragraphs"`
}

// Analyze cleans an article with rd and analyses what is left.
func Analyze(ctx context.Context, an *nlp.Analyzer, rd *clean.Reader, a *article.Article) (Analysis, error) {
	masked, v, err := rd.Masked(ctx, a)
	if err != nil {
		return Analysis{}, err
	}
	res := an.Analyze(nlp.Input{Title: masked.Title, Paragraphs: masked.Paragraphs, Lang: masked.Language})
	return Analysis{Analysis: res, Paragraphs: v.Paras}, nil
}
