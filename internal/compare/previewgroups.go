package compare

import (
	"unicode"

	"github.com/parallax-news/parallax/internal/nlp"
)

// previewGroups takes out of each group a preview's sentence that tells
// what is yet to come (a forecast, a plan, a question, see tellsAhead)
// when the group also holds a sentence of a report that tells nothing of
// the kind: a prediction is not the fact the report states (h/read59,
// the Indiana primary: Newsmax's "Cruz faces a high-stakes test" beside
// CNN's "Cruz suspends his campaign"). A preview's line of background
// both tell alike (who qualified, a poll) stays; a preview is
// article.Preview's (doc.preview).
func previewGroups(docs []*doc, al []aligned, groups []*factGroup) []*factGroup {
	preview := make([]bool, len(docs))
	any := false
	for i, d := range docs {
		preview[i] = d.preview
		any = any || d.preview
	}
	if !any {
		return groups
	}
	forecast := func(m int) bool {
		return tellsAhead(docs[al[m].s.doc].an.Sentences[al[m].s.pos].Tokens)
	}
	return withoutOdd(al, groups, func(members []int) (func(x, y int) bool, func(x, y int) int) {
		var ahead, told map[int]bool
		for _, m := range members {
			if preview[al[m].s.doc] && forecast(m) {
				if ahead == nil {
					ahead = map[int]bool{}
				}
				ahead[m] = true
			} else if !preview[al[m].s.doc] && !forecast(m) {
				if told == nil {
					told = map[int]bool{}
				}
				told[m] = true
			}
		}
		if len(ahead) == 0 || len(told) == 0 {
			return nil, nil
		}
		// Only a preview's forecast is at odds with a report's line, so
		// it is the one to leave; shares do not matter.
		return func(x, y int) bool { return ahead[x] && told[y] }, func(x, y int) int { return 0 }
	})
}

// forecastWords are words that tell a happening as still to come or as
// expected: a future or a modal, an expectation, a hope, a test ahead.
var forecastWords = map[string]bool{"will": true, "would": true, "could": true, "might": true, "may": true, "expected": true,
	"expects": true, "expect": true, "hopes": true, "hoping": true, "faces": true, "facing": true, "poised": true, "likely": true,
	"aims": true, "seeks": true, "tonight": true, "tomorrow": true, "upcoming": true, "expectations": true, "wo": true, "'ll": true}

// tellsAhead reports whether a sentence's tokens tell what is yet to
// come (see forecastWords) or ask it (a question mark). "May" and
// "Will" written with a capital are a name or a month ("Theresa May",
// "in May 2019", "Will Hurd"), no modal: in a body sentence a modal
// opening it asks a question, which its mark tells.
func tellsAhead(toks []nlp.Token) bool {
	for _, t := range toks {
		if t.Surface == "?" {
			return true
		}
		if t.Kind == nlp.KindWord && forecastWords[t.Norm] && !capitalModal(t) {
			return true
		}
	}
	return false
}

// capitalModal reports whether t is "may" or "will" written with a
// capital (see tellsAhead).
func capitalModal(t nlp.Token) bool {
	return (t.Norm == "may" || t.Norm == "will") && t.Surface != "" && unicode.IsUpper(rune(t.Surface[0]))
}
