package compare

import "github.com/parallax-news/parallax/internal/nlp"

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
	return an.Sentences[i].Text
}
