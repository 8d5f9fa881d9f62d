package nlp

import "testing"

// BenchmarkPronounsLongArticle analyses a long article of short
// paragraphs, each naming a person, a role nobody holds and a "she" who
// speaks: the speaker's search (otherRoleBetween, hasTitle, personsIn)
// once read every mention of the article for every pronoun (session 54's
// review: 4,000 paragraphs 0.13 s before its rules, 1.4 s after; 0.15 s
// with the indexes by position).
//
//	go test -run - -bench PronounsLongArticle ./internal/nlp
func BenchmarkPronounsLongArticle(b *testing.B) {
	a := newTestAnalyzer(b)
	paras := make([]string, 4000)
	for i := range paras {
		paras[i] = `Ana Ruiz signed the rules on Monday. The inspector general, who reviewed them, agreed. "We will keep the berth closed," she said.`
	}
	b.ResetTimer()
	for range b.N {
		a.Analyze(Input{Paragraphs: paras})
	}
}
