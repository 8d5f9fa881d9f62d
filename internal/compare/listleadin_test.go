package compare

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/nlp"
)

// TestListLeadIn: a paragraph that opens with "Here's", "Here is" or
// "Here are" and ends with a colon leads into the lines below it; a
// sentence that goes on in its paragraph, one that ends with a full stop
// and one that opens otherwise are not lead-ins.
func TestListLeadIn(t *testing.T) {
	an := newAnalyzer(t)
	long := "The council met on Tuesday and voted to keep the old ferry running until spring."
	for _, tc := range []struct {
		name string
		ps   []string
		want int // the paragraph that is a lead-in, -1 for none
	}{
		{"here's what", []string{long, "Here's what we learned from the ferry vote in Ostra on Tuesday night:", long}, 1},
		{"curly apostrophe", []string{long, "Here’s what we learned from the ferry vote in Ostra on Tuesday night:", long}, 1},
		{"here are", []string{long, "Here are the main points of the ferry plan the council backed:", long}, 1},
		{"full stop", []string{long, "Here's what we learned from the ferry vote in Ostra on Tuesday night.", long}, -1},
		{"goes on", []string{long, "Here's what the mayor said: the ferry stays until spring.", long}, -1},
		{"other opening", []string{long, "The mayor told the council three things about the ferry:", long}, -1},
	} {
		a := an.Analyze(nlp.Input{Title: "Ferry vote", Paragraphs: tc.ps, Lang: "en"})
		got := -1
		for i, s := range a.Sentences {
			if listLeadIn(a.Sentences, i) {
				got = s.Para
			}
		}
		if got != tc.want {
			t.Errorf("%s: lead-in in paragraph %d, want %d", tc.name, got, tc.want)
		}
	}
}

// TestListLeadInNoFact: a lead-in that names the vote another outlet
// reports the result of is no member of that fact's group.
func TestListLeadInNoFact(t *testing.T) {
	r := run(t, mkArticles(
		"Ostra ferry vote too close to call\nThe special vote on the Ostra ferry was too close to call on Tuesday night, with councillor Mara Lind holding a narrow lead over Piet Oren.\n"+
			"Officials said the count of postal ballots would take until Friday.",
		"What the Ostra ferry vote told us\nHere's what we learned from the special vote on the Ostra ferry on Tuesday night:\n"+
			"Turnout in the harbour wards was the highest in a decade.",
	))
	for _, f := range r.Facts {
		if len(f.Sentences) < 2 {
			continue
		}
		for _, s := range f.Sentences {
			if strings.HasPrefix(s.Text, "Here's what we learned") {
				t.Errorf("a lead-in to a list stands in a fact group: %+v", f.Sentences)
			}
		}
	}
}
