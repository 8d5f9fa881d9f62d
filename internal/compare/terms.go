package compare

import (
	"strings"

	"github.com/parallax-news/parallax/internal/nlp"
)

// terms lists each article's lexicon terms and distinctive words.
func terms(docs []*doc) []ArticleTerms {
	dist := distinctive(docs)
	out := make([]ArticleTerms, len(docs))
	for i, d := range docs {
		at := ArticleTerms{Article: d.art.ID, Lexicon: []TermUse{}}
		for _, t := range d.an.Terms {
			at.Lexicon = append(at.Lexicon, TermUse{Term: t.Term, Text: t.Text, Category: string(t.Category), Sentence: sentenceText(d.an, t.Sentence)})
		}
		if dist != nil {
			at.Distinctive, at.DistinctiveShown = dist[i], true
		}
		out[i] = at
	}
	return out
}

// sentenceText returns the text of sentence i, or "".
func sentenceText(an *nlp.Analysis, i int) string {
	if i < 0 || i >= len(an.Sentences) {
		return ""
	}
	return shown(an.Sentences[i].Text)
}

// shown is a sentence as a reader sees it. Page furniture blanked out of
// an article's text (package clean keeps offsets by writing spaces over
// it) leaves runs of spaces inside a sentence; they are shown as one.
func shown(s string) string {
	if !strings.Contains(s, "  ") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}
