package compare

import (
	"testing"

	"github.com/parallax-news/parallax/internal/nlp"
)

// TestAddsAfterOpeningClause: a member that gives the others' point only
// in a clause opening its sentence has its own main clause, after the
// comma, marked as what it adds. Before, no point parted the sentence
// and the member was shown whole with nothing marked. Since session 69
// a member whose opening clause framingClauses reads as a frame ("When
// …,") is no member of the group at all (framedGroups): its news is its
// own main clause; the mark stays for an opening clause read as part of
// the main one (here "Since the council banned …").
func TestAddsAfterOpeningClause(t *testing.T) {
	checkMemberAdds(t, []addsCase{
		{"an opening since clause",
			"Since the Ostra council banned night ferries from the old harbour in March, Ada Lund has lost the backing of the esplanade traders.",
			"The Ostra council banned night ferries from the old harbour in March over the objections of Ada Lund.", "The Ostra council banned",
			"…Ada Lund has lost the backing of the esplanade traders"},
	}, true)
	member := "When the Ostra harbour board closed the north quay to fishing skippers last winter, Ivo Brenn moved his family across the strait to Halm."
	other := "The Ostra harbour board closed the north quay to Ivo Brenn and other fishing skippers last winter."
	r := run(t, mkArticles("Harbour\n"+member+"\nWork is due to start in March.", "Harbour news\n"+other+"\nThe council meets again next week."))
	if groupedTogether(r, "a0", "When the Ostra harbour board", "a1", "The Ostra harbour board closed") {
		t.Errorf("an opening when clause: the member whose own news follows it is in the group: %+v", r.Facts)
	}
}

// TestAddsAfterOpeningGuards: addsAfterOpening sentence by sentence
// (others: the other member's stems). Marked: the main clause after an
// opening "when" clause, past a participle phrase to the comma a clause
// follows, and past a quotation closed by the comma (",\""). Not marked:
// a sentence that opens with no subordinator, a
// main clause that shares the others' words, an opening clause that
// tells too little of the other sentence (toldMostly) or none of its
// verbs, a main clause of a speaker only ("…, Lund said"), a quotation
// in the main clause and a main clause of fewer than three plain words.
func TestAddsAfterOpeningGuards(t *testing.T) {
	an, err := nlp.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	other := "The Ostra harbour board closed the north quay to the fishing boats last winter."
	for _, c := range []struct{ member, other, want string }{
		{"When the harbour board closed the north quay to fishing boats last winter, several skippers moved their families to Halm.",
			other, "…several skippers moved their families to Halm"},
		{"When the harbour board closed the north quay to fishing boats last winter, moving them to the south quay, several skippers moved their families to Halm.",
			other, "…several skippers moved their families to Halm"},
		{"The harbour board closed the north quay to fishing boats last winter, several skippers moved their families to Halm.",
			other, ""},
		{"When the harbour board closed the north quay to fishing boats last winter, the fleet moved its boats to the south quay.",
			other, ""},
		{"When the harbour board closed the north quay to fishing boats last winter, several skippers moved their boats to Halm.",
			other, ""},
		{"When the harbour board closed the north quay, several skippers moved their families to Halm.",
			"The harbour board closed the north quay to fishing boats last winter after a long fight with the ferry operators and the pilots' union.", ""},
		{"After the harbour board's order on the north quay for fishing boats last winter, several skippers moved their families to Halm.",
			other, ""},
		{"When the harbour board closed the north quay to fishing boats last winter, several skippers moved, Mayor Lund said.",
			other, ""},
		{"When Lund told the board it \"must close the north quay to the fishing boats by winter,\" several skippers moved their families to Halm.",
			other, "…several skippers moved their families to Halm"},
		{"When the harbour board closed the north quay to fishing boats last winter, several skippers said \"we will all move to Halm.\"",
			other, ""},
		{"When the harbour board closed the north quay to fishing boats last winter, skippers left.",
			other, ""},
	} {
		m := an.Analyze(nlp.Input{Paragraphs: []string{c.member}, Lang: "en"}).Sentences[0]
		o := an.Analyze(nlp.Input{Paragraphs: []string{c.other}, Lang: "en"}).Sentences[0]
		others := map[string]bool{}
		for _, t := range o.Tokens {
			if content(t) {
				others[t.Stem] = true
			}
		}
		got, _ := addsAfterOpening(m, m.Text, others, [][]nlp.Token{o.Tokens})
		if got != c.want {
			t.Errorf("%q: marked %q, want %q", c.member, got, c.want)
		}
	}
}
