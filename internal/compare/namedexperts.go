package compare

import (
	"strings"

	"github.com/parallax-news/parallax/internal/nlp"
)

// An outlet that writes "experts said" and then quotes a named expert in
// its next sentences has not hidden who spoke: fresh19's Bloomberg event
// (h/fresh19) flagged the New York Post as crediting unnamed sources
// alone where its next sentence quotes a political science professor by
// name.

// expertNouns are the vague attributions' nouns that a named expert
// right after them makes specific.
var expertNouns = []string{"experts", "analysts", "observers", "critics"}

// expertRoles are the descriptions that make a quoted person one of
// those experts.
var expertRoles = []string{"professor", "analyst", "expert", "strategist", "economist", "scholar", "pollster", "historian",
	"fellow", "researcher", "director", "political scientist", "lecturer", "critic"}

// namedRightAfter reports whether the vague attribution term t of an is
// one of the expert kind and a quotation that opens in one of the two
// sentences after its own is attributed to a named person described by
// an expert's role in the sentence that names them ("“…,” University of Virginia political science
// professor Larry Sabato told The Post").
func namedRightAfter(an *nlp.Analysis, t nlp.Term) bool {
	low := strings.ToLower(t.Term)
	expert := false
	for _, n := range expertNouns {
		if strings.Contains(low, n) {
			expert = true
		}
	}
	if !expert {
		return false
	}
	for _, q := range an.Quotes {
		sp := q.Speaker
		if sp == nil || sp.Entity < 0 || sp.Entity >= len(an.Entities) || an.Entities[sp.Entity].Type != nlp.Person {
			continue
		}
		if q.FirstSentence <= t.Sentence || q.FirstSentence > t.Sentence+2 {
			continue
		}
		si := sentenceOfSpan(an, sp.Span)
		if si < 0 {
			continue
		}
		s := strings.ToLower(an.Sentences[si].Text)
		for _, r := range expertRoles {
			if strings.Contains(s, r) {
				return true
			}
		}
	}
	return false
}

// sentenceOfSpan returns the index of the sentence that holds sp, or -1.
func sentenceOfSpan(an *nlp.Analysis, sp nlp.Span) int {
	for i, s := range an.Sentences {
		if s.Para == sp.Para && s.Start <= sp.Start && sp.Start < s.End {
			return i
		}
	}
	return -1
}
