package nlp

import (
	"fmt"
	"testing"
)

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

// BenchmarkPronounsManyHeadings: a pronoun after thousands of headline
// paragraphs (headingPara) whose antecedent sits before them. The walk
// back sets aside at most maxHeadingsSkipped of them, so the cost grows
// with the text, not with its square (the session 55 review measured
// 2.8 s for this text before the bound, 0.2 s after).
func BenchmarkPronounsManyHeadings(b *testing.B) {
	a := newTestAnalyzer(b)
	var paras []string
	for range 3 {
		paras = append(paras, "Tomas Berg arrived in the capital on Monday to meet the harbour panel.")
		for i := range 6000 {
			paras = append(paras, fmt.Sprintf("Harbour Panel Faults Critics Over Budget Plan Number %d Again", i))
		}
		paras = append(paras, `"The plan will work," he said.`)
	}
	b.ResetTimer()
	for range b.N {
		a.Analyze(Input{Paragraphs: paras})
	}
}
