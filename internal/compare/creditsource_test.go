package compare

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/nlp"
)

// TestCreditSourceKeepsNames: the source a What differs line cites
// keeps the capitals of a name that opens its sentence ("CNN reports",
// not "cNN reports"), writes a common word that opens it in small
// letters ("media reports"), and never cuts a letter of more than one
// byte in two (review58b).
func TestCreditSourceKeepsNames(t *testing.T) {
	for _, c := range []struct{ who, want string }{
		{"CNN reports", "CNN reports"}, {"Orvik Post reports", "Orvik Post reports"}, {"Reuters reports", "Reuters reports"},
		{"Local news reports", "local news reports"}, {"Media reports", "media reports"}, {"’Tis reports", "’ Tis reports"},
	} {
		r := run(t, mkArticles(
			"Orvik mill deal\nThe Orvik mill will keep nearly 1,000 jobs in Tarn under a deal announced on Tuesday.",
			"Orvik mill deal struck\nThe owners of the Orvik mill reached a deal on Tuesday to keep nearly 1,000 jobs in Tarn.",
			"Orvik mill stays\n"+c.who+" said the Orvik mill deal would keep about 850 jobs in Tarn, with tax breaks for the owners.",
		))
		got := ""
		for _, d := range r.Differences {
			if d.Kind == DiffNumbers {
				got = d.Text
			}
		}
		if !strings.Contains(got, "(citing "+c.want+")") || !utf8.ValidString(got) {
			t.Errorf("%q: got %q, want it cited as %q", c.who, got, c.want)
		}
	}
}

// TestAdvertisementSlotsNoSections: the "ADVERTISEMENT" lines a page
// sets inside an article (419 of the 635 articles of ABP with two lines
// or more in capitals alone) are no headings of sections on other news:
// the article's own paragraphs between two of them, naming none of the
// event's participants, keep their facts (review58b).
func TestAdvertisementSlotsNoSections(t *testing.T) {
	event := "Harbour Board chair Ola Berg resigned on Monday after the audit of the quay contracts led by Ines Varga, the council auditor."
	arts := mkArticles(
		"Berg resigns\n"+event+"\nOla Berg said in a statement that the audit had been unfair to the board and its staff.\nADVERTISEMENT\nThe quay contracts had been signed without a tender in eleven cases over the past four years.\nADVERTISEMENT\nThe board will meet on Friday to choose an interim chair.",
		"Board chair quits\n"+event+"\nOla Berg will stay until the board names a successor, and Ines Varga will present the audit to the council on Thursday.",
		"Berg out\n"+event+"\nIt will meet on Friday, and Ines Varga told the council that Ola Berg had signed the quay contracts himself.",
	)
	got := factTextsOf(run(t, arts), "a0")
	if !strings.Contains(got, "without a tender") {
		t.Errorf("the article's own paragraph between two advertisement slots lost its fact: %s", got)
	}
}

// TestCreditSourceStopsAtVerbs: the source of a figure ends at a verb
// that denies, confirms or cites the reports: "media reports", not
// "dismissed media reports" (review58b).
func TestCreditSourceStopsAtVerbs(t *testing.T) {
	an := newAnalyzer(t)
	for _, c := range []struct{ text, want string }{
		{"Officials dismissed media reports that about 850 jobs would go.", "media reports"},
		{"The mayor denied reports that the mill would keep about 850 jobs.", "reports"},
		{"Officials confirmed local news reports that about 850 jobs would go.", "local news reports"},
		{"Media reports suggested the mill would keep about 850 jobs.", "media reports"},
	} {
		a := an.Analyze(nlp.Input{Paragraphs: []string{c.text}})
		s := a.Sentences[a.Numbers[0].Sentence]
		first, _ := numberTokens(s, a.Numbers[0])
		if got := creditSource(s, first, nil); got != c.want {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}
