package compare

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/nlp"
)

// factGroupWith returns the sentences of the fact group of two articles or
// more that holds a sentence starting with prefix, or nil.
func factGroupWith(r *Report, prefix string) []FactSentence {
	for _, f := range r.Facts {
		if len(f.ReportedBy) < 2 {
			continue
		}
		for _, s := range f.Sentences {
			if strings.HasPrefix(s.Text, prefix) {
				return f.Sentences
			}
		}
	}
	return nil
}

// checkFactGroups fails unless the sentence opening with apart is in no
// fact group and the one opening with one is in a group of the two
// articles' sentences.
func checkFactGroups(t *testing.T, r *Report, apart, one string) {
	t.Helper()
	if g := factGroupWith(r, apart); g != nil {
		t.Errorf("%q and another article's sentence are one fact: %+v", apart, g)
	}
	if g := factGroupWith(r, one); len(g) != 2 {
		t.Errorf("%q is not one fact of the two articles: %+v", one, r.Facts)
	}
}

// TestTwoQuotedLinesAreTwoFacts: two outlets quoting two different lines
// of one speaker that share a phrase ("conversations with the unions take place") do not report
// one fact; two outlets quoting one line, one of them shortened, do.
func TestTwoQuotedLinesAreTwoFacts(t *testing.T) {
	r := run(t, mkArticles(
		"Harbour talks stall\nThe harbour strike in Ostra entered its third week on Monday.\n"+
			"\"We will keep up the pressure on the shipping firms for as long as these conversations with the unions take place,\" harbour minister Ilse Brandt told Radio Ostra.\n"+
			"\"Nobody in this government will sign a deal that sells out the dockers of Ostra,\" Brandt said.\n"+
			"Dockers picketed the container terminal through the night.",
		"Minister silent on talks\nShipping in Ostra stayed idle as the strike went on.\n"+
			"\"I refuse to comment on conversations with the unions that might be taking place behind closed doors,\" Brandt told Radio Ostra on Monday.\n"+
			"\"Nobody in this government will sign a deal that sells out the dockers,\" the minister said.\n"+
			"Ferry services to the islands were cancelled.",
	))
	checkFactGroups(t, r, "\"We will keep up the pressure", "\"Nobody in this government")
}

// TestTranscriptLinesAreQuotes: a transcript's paragraph ("VORD: …") is
// the speaker's words, so its line that shares an opening with another
// outlet's quote of another line is not that line; a line both give is
// one fact.
func TestTranscriptLinesAreQuotes(t *testing.T) {
	r := run(t, mkArticles(
		"Council debate transcript\nThe council of Ostra met for its budget debate on Thursday.\n"+
			"VORD: So let me say this. I'm sick and tired of the council blaming my party. "+
			"(APPLAUSE) VORD: And my party built the new harbour wall while the mayor was cutting ribbons.\n"+
			"MAYOR KELLS: The wall was late and over budget.\n"+
			"Ticket prices for the ferry rose again in March. Fishing quotas were cut for the winter season. The old lighthouse will close for repairs.",
		"Vord lashes out at mayor\nCouncillor Tomas Vord clashed with the mayor of Ostra at Thursday's budget debate.\n"+
			"\"I'm sick and tired of him attacking my family,\" Vord said.\n"+
			"\"My party built the new harbour wall while the mayor was cutting ribbons,\" he added.\n"+
			"The budget vote is due next week. Ticket prices for the ferry rose again in March. School meals will cost more from April.",
	))
	checkFactGroups(t, r, "I'm sick and tired of the council", "\"My party built")
}

// TestTranscriptLabel: a paragraph opening with a speaker label in
// capitals and a colon is a transcript's; a dateline, an acronym
// opening a sentence or a colon after a mixed-case name is not.
func TestTranscriptLabel(t *testing.T) {
	an := newAnalyzer(t)
	for text, want := range map[string]bool{
		"VORD: So let me say this.":                         true,
		"ANNA MARTA VORD: We will not give up the harbour.": true,
		"(APPLAUSE) VORD: And we built the harbour wall.":   true,
		"OSTRA (Reuters) — The harbour strike went on.":     false,
		"NATO ministers met in Ostra on Monday.":            false,
		"Vord said: we will not give up the harbour.":       false,
		"The minister had one message: no deal.":            false,
	} {
		a := an.Analyze(nlp.Input{Paragraphs: []string{text}, Lang: "en"})
		if got := transcriptLabel(a.Sentences[0].Tokens); got != want {
			t.Errorf("transcriptLabel(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestQuoteOpeningSentenceIsStatement: a sentence that opens inside a
// quote is a speaker's words even when the quote's attribution is not
// read (a party in parentheses after the name), so two lines that open
// alike ("I don't think anybody …") stay two facts.
func TestQuoteOpeningSentenceIsStatement(t *testing.T) {
	r := run(t, mkArticles(
		"Harbour deal signed\nThe harbour minister of Ostra signed a deal with the dockers' union on Friday. The union and the minister met for a week.\n"+
			"“I don't think anybody really believes the union will keep the deal. Maybe a pause,” Sen. Anna Vord (R-Ostra) told Radio Ostra.\n"+
			"Ferries will run again from Monday. The deal gives the union a raise.",
		"Minister surprises union\nThe harbour minister of Ostra signed a deal with the dockers' union on Friday. The minister said the deal was fair.\n"+
			"“I don't think anybody expected the minister to sign the deal, but she did,” a senior official said.\n"+
			"The union will vote on the deal next week.",
	))
	checkFactGroups(t, r, "“I don't think anybody really", "The harbour minister of Ostra signed")
}
