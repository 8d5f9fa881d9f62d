package compare

import (
	"strings"
	"testing"
)

// TestNoCommentOfOthersNotOneFact: two outlets' stock no-comment lines
// about different people are two facts, not agreement; the same person's
// line in both stays one group.
func TestNoCommentOfOthersNotOneFact(t *testing.T) {
	r := run(t, mkArticles(
		"Ostra ferry deal\nThe Ostra council approved the ferry contract with Dalmar Ports on Tuesday. "+
			"The contract runs for ten years. "+
			"Harbour director Marko Velan did not immediately reply to our comment request. "+
			"Lena Brask declined to comment on the vote.",
		"Ostra council backs ferry deal\nThe Ostra council approved the ferry contract with Dalmar Ports on Tuesday. "+
			"The contract runs for ten years. "+
			"Dalmar Ports and the Kestrel Group did not immediately reply to our comment request. "+
			"Lena Brask declined to comment on the vote.",
		"Ferry vote in Ostra\nCouncillors in Ostra voted on the ferry contract on Tuesday. Officials praised the volunteers.",
	))
	var others, same bool
	for _, f := range r.Facts {
		if len(f.ReportedBy) < 2 {
			continue
		}
		var texts []string
		for _, s := range f.Sentences {
			texts = append(texts, s.Text)
		}
		all := strings.Join(texts, " | ")
		switch {
		case strings.Contains(all, "Velan") || strings.Contains(all, "Kestrel"):
			others = true
		case strings.Contains(all, "Brask"):
			same = true
		}
	}
	if others {
		t.Error("Velan's no-comment line and the two firms' are one fact group, want two facts")
	}
	if !same {
		t.Error("Brask's no-comment line in both is no fact group, want one")
	}
}

func TestOthersAsked(t *testing.T) {
	c := func(words []string, names ...int) clauseWords {
		out := clauseWords{words: map[string]bool{}, names: map[int]bool{}, nameWords: map[string]bool{}}
		for _, w := range words {
			out.words[w] = true
		}
		for _, n := range names {
			out.names[n] = true
			out.nameWords[string(rune('a'+n))] = true
		}
		return out
	}
	if !othersAsked(c([]string{"respond", "request", "comment"}, 1), c([]string{"respond", "request", "comment"}, 2, 3)) {
		t.Error("the no-comment line of different people: want at odds")
	}
	if othersAsked(c([]string{"respond", "request", "comment"}, 1), c([]string{"respond", "request", "comment"}, 1)) {
		t.Error("the no-comment line of one person: want not at odds")
	}
	if othersAsked(c([]string{"respond", "strike", "comment"}, 1), c([]string{"respond", "strike", "comment"}, 2)) {
		t.Error("a shared word outside the no-comment line: want not at odds")
	}
	if othersAsked(c([]string{"call", "noon"}, 1), c([]string{"call", "noon"}, 2)) {
		t.Error("a call, no request for comment: want not at odds")
	}
	x, y := c([]string{"respond", "request", "comment"}, 1), c([]string{"respond", "request", "comment"}, 2)
	x.nameWords["rifle"], y.nameWords["rifle"] = true, true
	if othersAsked(x, y) {
		t.Error("one name linked apart in two articles (a word of it in common): want not at odds")
	}
}
