package compare

import (
	"slices"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/nlp"
)

// TestDescribedFigureIsNoFact: two sentences that share a person's name
// and the figure that describes him ("Vell, 29,") but say different
// things of him state two facts; the fact both main clauses state is one
// group.
func TestDescribedFigureIsNoFact(t *testing.T) {
	r := run(t, mkArticles(
		"Harbour fire\nFire destroyed the fish market of Sorrel Bay on Sunday night.\n"+
			"Harbour master Tomas Vell, 29, admitted setting the blaze during a call to the brigade, the prosecutor said.\n"+
			"The market will reopen in a tent next month.",
		"Market burns\nFire destroyed the fish market of Sorrel Bay on Sunday night.\n"+
			"Police named the suspect as harbour master Tomas Vell, 29.\n"+
			"Traders counted their losses on Monday.",
	))
	checkFactGroups(t, r, "Harbour master Tomas Vell, 29, admitted", "Fire destroyed the fish market")
}

// TestSideClauseAfterInterjection: a relative clause whose relative word
// a phrase set off by commas follows ("who, during the strike, ran …")
// goes on after the phrase, with or without a comma before the relative
// word; what it says is no word of what the main clause says.
func TestSideClauseAfterInterjection(t *testing.T) {
	an := newAnalyzer(t)
	for _, c := range []struct{ text, want string }{
		{"Lind is a harbour veteran who, during the strike, ran the union.", "who during the strike ran the union ."},
		{"Lind, who, during the strike, ran the union, left.", "who during the strike ran the union"},
	} {
		ts := an.Analyze(nlp.Input{Paragraphs: []string{c.text}, Lang: "en"}).Sentences[0].Tokens
		side := sideClauses(ts)
		var got []string
		for i, t := range ts {
			if side[i] {
				got = append(got, t.Norm)
			}
		}
		if strings.Join(got, " ") != c.want {
			t.Errorf("side clauses of %q: %q, want %q", c.text, strings.Join(got, " "), c.want)
		}
	}
	r := run(t, mkArticles(
		"Harbour chief\nMira Lind, meanwhile, is a harbour veteran who, during the Orsk dock strike, ran the union.\n"+
			"The port council met on Friday to pick a new harbour master.",
		"Harbour vote\nAnd Mira Lind, a harbour veteran, withdrew from the race for port master in 2008 amid questions about her role during the Orsk dock strike.\n"+
			"The port council met on Friday to pick a new harbour master.",
	))
	checkFactGroups(t, r, "Mira Lind, meanwhile", "The port council met")
}

// TestParticipleDescribesName: an "-ed" word after a determiner or an
// "-ly" adverb before a role and a name ("the newly elected sheriff,
// Sheriff Ilsa Moren,") describes the name: a sentence that says
// something else of her is not the fact of her election.
func TestParticipleDescribesName(t *testing.T) {
	arts := mkArticles("Harbour jail\nBut the newly elected sheriff, Sheriff Ilsa Moren, said the night cells were voluntary.\n" +
		"Harbour master Tomas Vell fired the night guard.")
	docs, _ := prepare(arts, nil, newAnalyzer(t))
	if said := saidWords(docs[0], docs[0].sents[0].pos); slices.Contains(said, "elect") {
		t.Errorf("the description \"newly elected\" is said: %v", said)
	}
	if said := saidWords(docs[0], docs[0].sents[1].pos); !slices.Contains(said, "fire") {
		t.Errorf("the verb \"fired\" is not said: %v", said)
	}
	r := run(t, mkArticles(
		"Harbour jail\nThe harbour jail of Ostra closed its night cells on Friday.\n"+
			"But the newly elected sheriff, Sheriff Ilsa Moren, said the night cells were voluntary.",
		"Harbour vote\nThe harbour jail of Ostra closed its night cells on Friday.\n"+
			"Tam Brask lost the 2016 election to Sheriff Ilsa Moren.",
	))
	checkFactGroups(t, r, "But the newly elected sheriff", "The harbour jail of Ostra closed")
}
